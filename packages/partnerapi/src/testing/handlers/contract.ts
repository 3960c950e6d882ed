import type { HandlersOf } from '@x/core/testing';
import type { contractOperations, contractServiceOperations } from '../../operations/contract.js';
import { EmulatorFault, type Handler, day, matching, moscowNow, required, rows } from '../context.js';
import type { ContractRecord, ContractServiceRecord } from '../state.js';
import { serviceTypeOf } from './common.js';

/** One handler per entry of `contractOperations`, under the same key. */
export const contractHandlers = {
  read: (a, ctx) => {
    const match = matching<ContractRecord>(a, ['contract_id', 'role_id']);
    const from = day(a, 'contract_start_date');
    const to = day(a, 'contract_end_date');
    return rows(
      [...ctx.state.contracts.values()].filter(
        (c) =>
          match(c) &&
          (from === null || c.contract_end_date === null || c.contract_end_date >= from) &&
          (to === null || c.contract_start_date <= to),
      ),
    );
  },
} satisfies HandlersOf<typeof contractOperations, Handler>;

/** One handler per entry of `contractServiceOperations`, under the same key. */
export const contractServiceHandlers = {
  read: (a, ctx) => {
    const match = matching<ContractServiceRecord>(a, ['contract_id', 'service_type_id']);
    const from = day(a, 'contract_service_start_date');
    const to = day(a, 'contract_service_end_date');
    return rows(
      ctx.state.contractServices.filter(
        (s) =>
          match(s) &&
          (from === null || s.contract_service_start_date <= from) &&
          (to === null || s.contract_service_end_date === null || s.contract_service_end_date >= to),
      ),
    );
  },
  add: (a, ctx) => {
    const type = serviceTypeOf(ctx, required(a, 'service_type_id')).service_type_id;
    const contract = [...ctx.state.contracts.values()][0];
    if (!contract) throw new EmulatorFault('У партнера нет действующего договора');
    const start = day(a, 'contract_service_start_date') ?? moscowNow(ctx).slice(0, 10);
    if (
      !ctx.state.contractServices.some(
        (s) => s.contract_id === contract.contract_id && s.service_type_id === type,
      )
    ) {
      ctx.state.contractServices.push({
        contract_id: contract.contract_id,
        service_type_id: type,
        contract_service_start_date: start,
        contract_service_end_date: null,
      });
    }
    // The document: the answer lists every permission on that service type (one per role/contract).
    return rows(ctx.state.contractServices.filter((s) => s.service_type_id === type));
  },
  delete: (a, ctx) => {
    const type = required(a, 'service_type_id');
    const before = ctx.state.contractServices.length;
    ctx.state.contractServices = ctx.state.contractServices.filter((s) => s.service_type_id !== type);
    if (ctx.state.contractServices.length === before)
      throw new EmulatorFault(`Сервис ${type} не найден в договоре`);
    return rows([]);
  },
} satisfies HandlersOf<typeof contractServiceOperations, Handler>;
