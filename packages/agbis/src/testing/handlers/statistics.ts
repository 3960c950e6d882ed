import type { HandlersOf } from '@x/core/testing';
import type { statisticsOperations } from '../../operations/statistics.js';
import { day, dayTime, isoToDay, time } from '../format.js';
import { clientCard, clientContact, dayRange, inRange, orderRecord, type Handler } from './common.js';

/** Statistics (статистическая информация): one handler per entry of `statisticsOperations`, under the same key. */
export const statisticsHandlers = {
  ordersChanged(ctx) {
    const [from, to] = dayRange(ctx);
    const list = [...ctx.state.orders.values()]
      .filter((o) => inRange(o.updated, from, to))
      .map((o) =>
        orderRecord(ctx.state, o, { update: dayTime(o.updated), user_id: o.user_id, user_name: 'API' }),
      );
    return { [ctx.options.orderListKey.byDateTime]: list };
  },
  clientsChanged(ctx) {
    const [from, to] = dayRange(ctx);
    return {
      clients: [...ctx.state.clients.values()]
        .filter((c) => inRange(c.updated, from, to))
        .map((c) => {
          const card = clientCard(ctx.state, c);
          return {
            update: dayTime(c.updated),
            ...clientContact(c),
            telephone: c.telephone,
            is_active: '1',
            is_deleted: '0',
            sp: card.sp,
            date_create: dayTime(c.created),
            birth_day: isoToDay(c.birthday),
            order_count: card.order_count,
            order_not_pay: card.order_not_pay,
            dolg: card.dolg,
            bonus: card.bonus,
            deposit: card.deposit,
            disc_rest: 'Ограничение отсутствует',
          };
        }),
    };
  },
  lastChangeOrder(ctx) {
    if (ctx.options.lastChangeOrderEmpty) return { last_orders: [] };
    const userId = ctx.user!.id;
    const pointer = ctx.state.feedPointer.get(userId) ?? 0;
    const batch = ctx.state.changes.filter((c) => c.cur_id > pointer).slice(0, 50);
    if (batch.length > 0) ctx.state.feedPointer.set(userId, batch[batch.length - 1]!.cur_id);
    return {
      last_orders: batch.map((c) => ({
        cur_id: String(c.cur_id),
        dttm: `${day(c.at)} ${time(c.at).slice(0, 5)}`,
        dor_id: c.dor_id,
        status_id: String(c.status_id),
        contr_id: c.contr_id,
        cur_sclad_id: c.cur_sclad_id,
        sclad_to: c.sclad_to,
        sclad_kredit_id: c.sclad_kredit_id,
      })),
    };
  },
} satisfies HandlersOf<typeof statisticsOperations, Handler>;
