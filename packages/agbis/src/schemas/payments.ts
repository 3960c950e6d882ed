import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import {
  type AgbisAnswer,
  type VendorRecord,
  envelope,
  inDecimal,
  inFlag,
  inId,
  inInt,
  oDate,
  oList,
  oNum,
  oText,
} from './common.js';

/**
 * PayForAll input. `type_doc`: 1 card (default), 2 cash desk, 3 bank, 4 bonuses, 5 deposit.
 * `amount` is sent with a dot, as the document's example shows.
 */
export interface PayParams {
  /** The order paid (or refunded). */
  dor_id: string | number;
  /** Amount in roubles, positive: a number (sent with a dot, never rounded) or a decimal string sent as given. */
  amount: string | number;
  /** Payment kind: 1 card (default), 2 cash desk, 3 bank, 4 bonuses, 5 deposit (ReturnPayForAll: 1, 2 or 3). */
  type_doc?: string | number;
  /** Fiscalise a card or cash-desk payment on the cash register (ККТ): `true`/`1` yes, `false`/`0` no. */
  is_fiscal?: 0 | 1 | '1' | '0' | boolean;
}
const payParamsSchema = z.object({
  dor_id: inId(),
  amount: inDecimal('.', true),
  type_doc: z._default(inInt(), '1'),
  is_fiscal: z.optional(inFlag()),
});
/** Schema of {@link PayParams}: validates it and converts it to what the wire carries. */
export const PayParams = named<z.output<typeof payParamsSchema>, PayParams>()(payParamsSchema);

/** ReturnPayForAll input: the same fields as PayForAll's; `type_doc` 1 card (default), 2 cash desk, 3 bank. */
export type ReturnPayParams = PayParams;
/** Schema of {@link ReturnPayParams}: the PayForAll schema. */
export const ReturnPayParams = PayParams;

/** One order payment (OrderPaysBetweenForAll). */
export interface OrderPay extends VendorRecord {
  /** Order id. */
  dor_id?: string;
  /** Order number. */
  doc_num?: string;
  /** Client id. */
  contr_id?: string;
  /** Client name (ФИО). */
  contr_name?: string;
  /** Client phone. */
  teleph_cell?: string;
  /** Date the order was accepted. */
  doc_date?: string | null;
  /** Hand-out date of the order. */
  date_out?: string | null;
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id?: number | null;
  /** Order total. */
  kredit?: number | null;
  /** Total paid on the order. */
  debet?: number | null;
  /** Date of this payment. */
  pay_date?: string | null;
  /** Cash desk (касса) id of this payment. */
  pay_kassa_id?: string;
  /** 3 cash document, 4 bank, 9 card, 31 receipt (payment), 32 receipt (refund), 91 bonus, 92 deposit. */
  doc_type?: number | null;
  /** Amount received by this payment. */
  pay_debet?: number | null;
  /** Amount refunded by this payment. */
  pay_kredit?: number | null;
}
const orderPaySchema = z.looseObject({
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
/** Schema of {@link OrderPay}: decodes the wire answer into it. */
export const OrderPay = named<OrderPay>()(orderPaySchema);

/** OrderPaysBetweenForAll answer. */
export interface OrderPaysResult extends AgbisAnswer {
  /** Order payments in the range. */
  order_pays?: OrderPay[];
}
const orderPaysResultSchema = z.looseObject({ ...envelope, order_pays: oList(OrderPay) });
/** Schema of {@link OrderPaysResult}: decodes the wire answer into it. */
export const OrderPaysResult = named<OrderPaysResult>()(orderPaysResultSchema);
