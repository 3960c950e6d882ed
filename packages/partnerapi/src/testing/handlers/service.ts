import type { HandlersOf } from '@x/core/testing';
import type { serviceOperations } from '../../operations/service.js';
import { EmulatorFault, type Handler, day, matching, moscowNow, ref, required, rows } from '../context.js';
import type { ServiceRecord } from '../state.js';
import { liveClientOf, serviceTypeOf } from './common.js';

const serviceRow = ({ stopped: _s, ...s }: ServiceRecord) => s;

function isActive(s: ServiceRecord, today: string): boolean {
  return !s.stopped && (s.service_end_date === null || s.service_end_date >= today);
}

/** One handler per entry of `serviceOperations`, under the same key. */
export const serviceHandlers = {
  read: (a, ctx) => {
    const today = moscowNow(ctx).slice(0, 10);
    const match = matching<ServiceRecord>(a, [
      'service_id',
      'sale_partner_id',
      'client_id',
      'service_partner_id',
      'agent_user_id',
      'service_type_id',
    ]);
    const from = day(a, 'service_start_date');
    const to = day(a, 'service_end_date');
    return rows(
      [...ctx.state.services.values()]
        .filter(
          (s) =>
            isActive(s, today) &&
            match(s) &&
            (from === null || s.service_start_date >= from) &&
            (to === null || s.service_end_date === null || s.service_end_date <= to),
        )
        .map(serviceRow),
    );
  },
  add: (a, ctx) => {
    const clientId = liveClientOf(ctx, required(a, 'client_id')).client_id;
    const agentId = required(a, 'agent_user_id');
    const agent = ctx.state.agentsUser.get(agentId);
    if (!agent || agent.client_id !== clientId)
      throw new EmulatorFault(`Агент ${agentId} не принадлежит клиенту`);
    if (!agent.agent_user_activity) throw new EmulatorFault(`Агент ${agentId} не активен`);
    const type = serviceTypeOf(ctx, required(a, 'service_type_id'));
    const s: ServiceRecord = {
      service_id: ctx.state.newId(),
      sale_partner_id: ctx.state.partner.partner_id,
      client_id: clientId,
      service_partner_id: required(a, 'service_partner_id'),
      service_start_date: day(a, 'service_start_date') ?? moscowNow(ctx).slice(0, 10),
      service_end_date: day(a, 'service_end_date'),
      agent_user_id: agentId,
      service_type_id: type.service_type_id,
      stopped: false,
    };
    ctx.state.services.set(s.service_id, s);
    return rows([serviceRow(s)]);
  },
  stop: (a, ctx) => {
    const id = required(a, 'service_id');
    const s = ctx.state.services.get(id);
    if (!s || s.stopped) throw new EmulatorFault(`Абонемент ${id} не найден`);
    s.stopped = true;
    return rows([]);
  },
  edit: (a, ctx) => {
    const id = required(a, 'service_id');
    const s = ctx.state.services.get(id);
    if (!s || s.stopped) throw new EmulatorFault(`Абонемент ${id} не найден`);
    s.service_partner_id = ref(a, 'service_partner_id') ?? s.service_partner_id;
    s.service_start_date = day(a, 'service_start_date') ?? s.service_start_date;
    const end = day(a, 'service_end_date');
    if (end !== null) s.service_end_date = end;
    return rows([serviceRow(s)]);
  },
} satisfies HandlersOf<typeof serviceOperations, Handler>;
