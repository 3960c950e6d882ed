import type { HandlersOf } from '@x/core/testing';
import type { paymentOperations } from '../../operations/payments.js';
import { day, num, parseNum } from '../format.js';
import { round2 } from '../state.js';
import {
  EmuError,
  countWrite,
  dayRange,
  inRange,
  need,
  orderOf,
  str,
  type Handler,
  type HandlerContext,
} from './common.js';

/** The parameters PayForAll and ReturnPayForAll share, checked the server's way. */
function payment(ctx: HandlerContext, types: readonly number[]) {
  const p = ctx.params;
  need(p, 'dor_id', 'amount', 'type_doc');
  const order = orderOf(ctx.state, p.dor_id);
  const amount = parseNum(p.amount);
  if (amount === undefined || amount <= 0) throw new EmuError(105, 'Некорректная сумма');
  const type = Number(p.type_doc);
  if (!types.includes(type)) throw new EmuError(105, 'Некорректный type_doc');
  return { p, order, amount, type };
}

/** Payments (оплаты заказов): one handler per entry of `paymentOperations`, under the same key. */
export const paymentHandlers = {
  pay(ctx) {
    const { p, order, amount, type } = payment(ctx, [1, 2, 3, 4, 5]);
    if (type === 4) {
      let left = amount;
      if (ctx.state.bonusRest(order.contr_id) < amount) throw new EmuError(1, 'Недостаточно бонусов');
      for (const b of ctx.state.bonuses.filter((x) => x.contr_id === order.contr_id)) {
        const take = Math.min(left, round2(b.amount - b.spent));
        if (take <= 0) continue;
        b.spent = round2(b.spent + take);
        left = round2(left - take);
        ctx.state.bonusPayments.push({
          id: ctx.state.nextId(),
          bonus_id: b.bonus_id,
          at: ctx.now,
          amount: take,
          dor_id: order.dor_id,
        });
      }
    }
    countWrite(ctx);
    order.payments.push({
      id: ctx.state.nextId(),
      at: ctx.now,
      type_doc: type,
      amount,
      is_fiscal: str(p.is_fiscal) === '1',
    });
    ctx.state.logChange(order, ctx.now);
    return {};
  },
  refund(ctx) {
    const { p, order, amount, type } = payment(ctx, [1, 2, 3]);
    if (amount > ctx.state.paid(order)) throw new EmuError(1, 'Сумма возврата больше оплаченной');
    countWrite(ctx);
    order.payments.push({
      id: ctx.state.nextId(),
      at: ctx.now,
      type_doc: type,
      amount: -amount,
      is_fiscal: str(p.is_fiscal) === '1',
    });
    ctx.state.logChange(order, ctx.now);
    return {};
  },
  between(ctx) {
    const [from, to] = dayRange(ctx);
    const rows: Array<Record<string, unknown>> = [];
    for (const o of ctx.state.orders.values()) {
      const c = ctx.state.clients.get(o.contr_id);
      for (const p of o.payments.filter((x) => inRange(x.at, from, to))) {
        rows.push({
          dor_id: o.dor_id,
          doc_num: o.doc_num,
          contr_id: o.contr_id,
          contr_name: c?.fullname ?? '',
          teleph_cell: c?.teleph_cell ?? '',
          doc_date: day(o.accepted),
          date_out: day(o.date_out),
          status_id: String(o.status_id),
          kredit: num(ctx.state.total(o)),
          debet: num(ctx.state.paid(o)),
          pay_date: day(p.at),
          pay_kassa_id: '54',
          doc_type: String({ 1: 9, 2: 3, 3: 4, 4: 91, 5: 92 }[p.type_doc] ?? 3),
          pay_debet: num(Math.max(0, p.amount)),
          pay_kredit: num(Math.max(0, -p.amount)),
        });
      }
    }
    return { order_pays: rows };
  },
} satisfies HandlersOf<typeof paymentOperations, Handler>;
