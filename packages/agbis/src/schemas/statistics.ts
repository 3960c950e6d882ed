import * as z from 'zod/mini';
import { envelope, inDateTimeMinutes, oDate, oFlag, oList, oNum, oText } from './common.js';

/** OrderByDateTimeForAll / ClientsByDateTimeForAll input: a range of change times. */
export const DateTimeRangeParams = z.object({
  StartDate: inDateTimeMinutes(),
  StopDate: inDateTimeMinutes(),
  callback_address: z.optional(z.url()),
});

/** A changed client (ClientsByDateTimeForAll). */
export const ChangedClient = z.looseObject({
  /** Time of the change. */
  update: oDate(),
  /** Client id. */
  contr_id: oText(),
  /** Full name. */
  fullname: oText(),
  /** Short name. */
  name: oText(),
  /** Landline phone. */
  telephone: oText(),
  /** Mobile phone. */
  teleph_cell: oText(),
  /** E-mail address. */
  email: oText(),
  /** Client group id (ContrTree). */
  folder_id: oText(),
  /** Address. */
  address: oText(),
  /** Client barcode (card). */
  barcode: oText(),
  /** Discount, in percent. */
  discount: oNum(),
  /** Gender: 0 male, 1 female. */
  gender: oNum(),
  /** Active. */
  is_active: oFlag(),
  /** Deleted. */
  is_deleted: oFlag(),
  /** Free text (source of the client). */
  source: oText(),
  /** Consents to SMS about ready orders. */
  agree_to_receive_sms: oFlag(),
  /** Consents to advertising and greeting SMS. */
  agree_to_receive_adv_sms: oFlag(),
  /** Client type: 1 organisation, 2 private person. */
  sp: oNum(),
  /** Region id. */
  region_id: oText(),
  /** Creation date. */
  date_create: oDate(),
  /** Date of the first order. */
  first_order_date: oDate(),
  /** Not described by the document; presumably a saved payment-card token (cf. `agree_save_card_pay`). */
  save_token_pay: oFlag(),
  /** Date of the last order. */
  last_order_date: oDate(),
  /** Date of the order before the last. */
  previous_order_date: oDate(),
  /** Discount scheme (ДС) id. */
  scheme_id: oText(),
  /** Name of the discount scheme (sic, `schem_name`). */
  schem_name: oText(),
  /** Family discount. */
  is_family: oFlag(),
  /** Birthday. */
  birth_day: oDate(),
  /** Number of unpaid orders. */
  order_not_pay: oNum(),
  /** Number of orders. */
  order_count: oNum(),
  /** Debt. */
  dolg: oNum(),
  /** Bonus balance. */
  bonus: oNum(),
  /** Deposit balance. */
  deposit: oNum(),
  /** Number of visits. */
  enter_count: oNum(),
  /** Unspent advance payments. */
  pay_rest: oNum(),
  /** Average days between orders. */
  date_avg: oNum(),
  /** Total of all orders. */
  pay_summ: oNum(),
  /** What is left under the discount scheme (text, e.g. `Ограничение отсутствует`). */
  disc_rest: oText(),
  /** Promo code. */
  promo_code: oText(),
  /** Date the last discount scheme was assigned. */
  date_last_ds: oDate(),
});
/** ClientsByDateTimeForAll answer. */
export const ChangedClientsResult = z.looseObject({ ...envelope, clients: oList(ChangedClient) });

/** One entry of the LastChangeOrder feed. */
export const OrderChange = z.looseObject({
  /** Sequence number of the change; the feed's cursor. */
  cur_id: oNum(),
  /** Time of the change. */
  dttm: oDate(),
  /** Order id. */
  dor_id: oText(),
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out. */
  status_id: oNum(),
  /** Client id. */
  contr_id: oText(),
  /** Point where the order was at the change. */
  cur_sclad_id: oText(),
  /** Hand-out point. */
  sclad_to: oText(),
  /** Acceptance point. */
  sclad_kredit_id: oText(),
});
/** LastChangeOrder answer (some accounts always get an empty list). */
export const LastChangeOrderResult = z.looseObject({ ...envelope, last_orders: oList(OrderChange) });
