import type { HandlersOf } from '@x/core/testing';
import type { serviceTypeOperations } from '../../operations/service-type.js';
import { type Ctx, EmulatorFault, type Handler, ref, required, rows, text } from '../context.js';
import type { ServiceTypeRecord } from '../state.js';
import { serviceTypeOf } from './common.js';

function ownServiceType(ctx: Ctx, id: string): ServiceTypeRecord {
  const t = serviceTypeOf(ctx, id);
  if (t.partner_id !== ctx.state.partner.partner_id)
    throw new EmulatorFault('Можно изменять только свой вид сервиса');
  return t;
}

/** One handler per entry of `serviceTypeOperations`, under the same key. */
export const serviceTypeHandlers = {
  read: (a, ctx) => {
    const id = ref(a, 'service_type_id');
    const owner = ref(a, 'partner_id');
    return rows(
      [...ctx.state.serviceTypes.values()].filter(
        (t) => (id === null || t.service_type_id === id) && (owner === null || t.partner_id === owner),
      ),
    );
  },
  add: (a, ctx) => {
    const name = (text(a, 'service_type_name') ?? '').trim();
    if (name === '') throw new EmulatorFault('Наименование вида сервиса не должно быть пустым');
    const t: ServiceTypeRecord = {
      service_type_id: ctx.state.newId(),
      service_type_name: name,
      service_type_full_name: text(a, 'service_type_full_name') ?? '',
      partner_id: ctx.state.partner.partner_id,
      service_type_del: false,
    };
    ctx.state.serviceTypes.set(t.service_type_id, t);
    return rows([t]);
  },
  edit: (a, ctx) => {
    const t = ownServiceType(ctx, required(a, 'service_type_id'));
    const name = text(a, 'service_type_name');
    if (name !== null && name.trim() !== '') t.service_type_name = name;
    const full = text(a, 'service_type_full_name');
    if (full !== null) t.service_type_full_name = full;
    return rows([t]);
  },
  delete: (a, ctx) => {
    const t = ownServiceType(ctx, required(a, 'service_type_id'));
    t.service_type_del = true;
    return rows([t]);
  },
} satisfies HandlersOf<typeof serviceTypeOperations, Handler>;
