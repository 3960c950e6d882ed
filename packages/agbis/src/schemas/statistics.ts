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
  update: oDate(),
  contr_id: oText(),
  fullname: oText(),
  name: oText(),
  telephone: oText(),
  teleph_cell: oText(),
  email: oText(),
  folder_id: oText(),
  address: oText(),
  barcode: oText(),
  discount: oNum(),
  gender: oNum(),
  is_active: oFlag(),
  is_deleted: oFlag(),
  source: oText(),
  agree_to_receive_sms: oFlag(),
  agree_to_receive_adv_sms: oFlag(),
  sp: oNum(),
  region_id: oText(),
  date_create: oDate(),
  first_order_date: oDate(),
  save_token_pay: oFlag(),
  last_order_date: oDate(),
  previous_order_date: oDate(),
  scheme_id: oText(),
  schem_name: oText(),
  is_family: oFlag(),
  birth_day: oDate(),
  order_not_pay: oNum(),
  order_count: oNum(),
  dolg: oNum(),
  bonus: oNum(),
  deposit: oNum(),
  enter_count: oNum(),
  pay_rest: oNum(),
  date_avg: oNum(),
  pay_summ: oNum(),
  disc_rest: oText(),
  promo_code: oText(),
  date_last_ds: oDate(),
});
/** ClientsByDateTimeForAll answer. */
export const ChangedClientsResult = z.looseObject({ ...envelope, clients: oList(ChangedClient) });

/** One entry of the LastChangeOrder feed. */
export const OrderChange = z.looseObject({
  cur_id: oNum(),
  dttm: oDate(),
  dor_id: oText(),
  status_id: oNum(),
  contr_id: oText(),
  cur_sclad_id: oText(),
  sclad_to: oText(),
  sclad_kredit_id: oText(),
});
/** LastChangeOrder answer (some accounts always get an empty list). */
export const LastChangeOrderResult = z.looseObject({ ...envelope, last_orders: oList(OrderChange) });
