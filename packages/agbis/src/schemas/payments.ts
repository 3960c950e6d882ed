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
  dor_id: oText(),
  doc_num: oText(),
  contr_id: oText(),
  contr_name: oText(),
  teleph_cell: oText(),
  doc_date: oDate(),
  date_out: oDate(),
  status_id: oNum(),
  kredit: oNum(),
  debet: oNum(),
  pay_date: oDate(),
  pay_kassa_id: oText(),
  /** 3 cash document, 4 bank, 9 card, 31 receipt (payment), 32 receipt (refund), 91 bonus, 92 deposit. */
  doc_type: oNum(),
  pay_debet: oNum(),
  pay_kredit: oNum(),
});
/** OrderPaysBetweenForAll answer. */
export const OrderPaysResult = z.looseObject({ ...envelope, order_pays: oList(OrderPay) });
