import * as z from 'zod/mini';
import { envelope, inDecimal, inFlag, inId, inInt, oDate, oList, oNum, oText } from './common.js';

/**
 * PayForAll input. `type_doc`: 1 card (default), 2 cash desk, 3 bank, 4 bonuses, 5 deposit.
 * `amount` is sent with a dot, as the document's example shows.
 */
export const PayParams = z.object({
  dor_id: inId(),
  amount: inDecimal('.', true),
  type_doc: z._default(inInt(), '1'),
  is_fiscal: z.optional(inFlag()),
});

/** ReturnPayForAll input. `type_doc`: 1 card (default), 2 cash desk, 3 bank. */
export const ReturnPayParams = PayParams;

/** One order payment (OrderPaysBetweenForAll). */
export const OrderPay = z.looseObject({
  /** Order id. */
  dor_id: oText(),
  /** Order number. */
  doc_num: oText(),
  /** Client id. */
  contr_id: oText(),
  /** Client name (ФИО). */
  contr_name: oText(),
  /** Client phone. */
  teleph_cell: oText(),
  /** Date the order was accepted. */
  doc_date: oDate(),
  /** Hand-out date of the order. */
  date_out: oDate(),
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id: oNum(),
  /** Order total. */
  kredit: oNum(),
  /** Total paid on the order. */
  debet: oNum(),
  /** Date of this payment. */
  pay_date: oDate(),
  /** Cash desk (касса) id of this payment. */
  pay_kassa_id: oText(),
  /** 3 cash document, 4 bank, 9 card, 31 receipt (payment), 32 receipt (refund), 91 bonus, 92 deposit. */
  doc_type: oNum(),
  /** Amount received by this payment. */
  pay_debet: oNum(),
  /** Amount refunded by this payment. */
  pay_kredit: oNum(),
});
/** OrderPaysBetweenForAll answer. */
export const OrderPaysResult = z.looseObject({ ...envelope, order_pays: oList(OrderPay) });
