import { OkResult } from '../schemas/common.js';
import { DateRangeParams } from '../schemas/orders.js';
import { OrderPaysResult, PayParams, ReturnPayParams } from '../schemas/payments.js';
import { command } from './define.js';

/** Payments (оплаты заказов). Money movements are never retried, although the vendor uses GET. */
export const paymentOperations = {
  /** `PayForAll`: records a payment of an order. Money: never retried after it may have reached the server. */
  pay: command({
    wire: 'PayForAll',
    method: 'GET',
    session: true,
    idempotent: false,
    verify:
      "look for the payment with payments.between({ StartDate, StopDate }) (same dor_id, pay_debet equal to the amount, today's pay_date) or orders.info({ dor_id }); payments.payOnce() makes this check itself and never pays twice",
    input: PayParams,
    output: OkResult,
    doc: 'Records a (possibly partial) payment of an order: type_doc 1 card, 2 cash desk, 3 bank, 4 bonuses, 5 deposit; is_fiscal asks for a fiscal receipt.',
  }),
  /** `ReturnPayForAll`: records a refund. Money: never retried. */
  refund: command({
    wire: 'ReturnPayForAll',
    method: 'GET',
    session: true,
    idempotent: false,
    verify:
      "look for the refund with payments.between({ StartDate, StopDate }) (same dor_id, pay_kredit equal to the amount, today's pay_date); payments.refundOnce() makes this check itself and never refunds twice",
    input: ReturnPayParams,
    output: OkResult,
    doc: 'Records a refund of an order: type_doc 1 card, 2 cash desk, 3 bank.',
  }),
  /** `OrderPaysBetweenForAll`: order payments in a date range. */
  between: command({
    wire: 'OrderPaysBetweenForAll',
    personal: ['contr_name', 'teleph_cell'],
    method: 'POST',
    session: true,
    range: true,
    idempotent: true,
    input: DateRangeParams,
    output: OrderPaysResult,
    doc: 'Order payments between two dates (inclusive); long ranges may time out (use the stream helper).',
  }),
};
