import type { HandlersOf } from '@x/core/testing';
import type { contractOperations, contractServiceOperations } from '../../operations/contract.js';
import { EmulatorFault, type Handler, day, moscowNow, ref, required, rows } from '../context.js';
import { serviceTypeOf } from './common.js';

/** One handler per entry of `contractOperations`, under the same key. */
export const contractHandlers = {
  read: (a, ctx) => {
    const id = ref(a, 'contract_id');
    const from = day(a, 'contract_start_date');
    const to = day(a, 'contract_end_date');
    const role = ref(a, 'role_id');
    return rows(
      [...ctx.state.contracts.values()].filter(
        (c) =>
          (id === null || c.contract_id === id) &&
          (role === null || c.role_id === role) &&
          (from === null || c.contract_end_date === null || c.contract_end_date >= from) &&
          (to === null || c.contract_start_date <= to),
      ),
    );
  },
} satisfies HandlersOf<typeof contractOperations, Handler>;

/** One handler per entry of `contractServiceOperations`, under the same key. */
export const contractServiceHandlers = {
  read: (a, ctx) => {
    const id = ref(a, 'contract_id');
    const type = ref(a, 'service_type_id');
    const from = day(a, 'contract_service_start_date');
    const to = day(a, 'contract_service_end_date');
    return rows(
      ctx.state.contractServices.filter(
        (s) =>
          (id === null || s.contract_id === id) &&
          (type === null || s.service_type_id === type) &&
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
