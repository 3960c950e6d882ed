import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import {
  type AgbisAnswer,
  type VendorRecord,
  envelope,
  inDateTimeMinutes,
  oDate,
  oFlag,
  oList,
  oNum,
  oText,
} from './common.js';

/** OrderByDateTimeForAll / ClientsByDateTimeForAll input: a range of change times. */
export interface DateTimeRangeParams {
  /** Start of the change-time range: ISO date-time, `Date` or `dd.mm.yyyy HH:MM`, sent as `dd.mm.yyyy HH:MM` (business local time). */
  StartDate: string | Date;
  /** End of the change-time range, in the same forms. */
  StopDate: string | Date;
  /** URL the server posts the answer to when it would take longer than the request may wait (the vendor's asynchronous mode). */
  callback_address?: string;
}
const dateTimeRangeParamsSchema = z.object({
  StartDate: inDateTimeMinutes(),
  StopDate: inDateTimeMinutes(),
  callback_address: z.optional(z.url()),
});
/** Schema of {@link DateTimeRangeParams}: validates it and converts it to what the wire carries. */
export const DateTimeRangeParams = named<z.output<typeof dateTimeRangeParamsSchema>, DateTimeRangeParams>()(
  dateTimeRangeParamsSchema,
);

/** A changed client (ClientsByDateTimeForAll). */
export interface ChangedClient extends VendorRecord {
  /** Time of the change. */
  update?: string | null;
  /** Client id. */
  contr_id?: string;
  /** Full name. */
  fullname?: string;
  /** Short name. */
  name?: string;
  /** Landline phone. */
  telephone?: string;
  /** Mobile phone. */
  teleph_cell?: string;
  /** E-mail address. */
  email?: string;
  /** Client group id (ContrTree). */
  folder_id?: string;
  /** Address. */
  address?: string;
  /** Client barcode (card). */
  barcode?: string;
  /** Discount, in percent. */
  discount?: number | null;
  /** Gender: 0 male, 1 female. */
  gender?: number | null;
  /** Active. */
  is_active?: boolean | null;
  /** Deleted. */
  is_deleted?: boolean | null;
  /** Free text (source of the client). */
  source?: string;
  /** Consents to SMS about ready orders. */
  agree_to_receive_sms?: boolean | null;
  /** Consents to advertising and greeting SMS. */
  agree_to_receive_adv_sms?: boolean | null;
  /** Client type: 1 organisation, 2 private person. */
  sp?: number | null;
  /** Region id. */
  region_id?: string;
  /** Creation date. */
  date_create?: string | null;
  /** Date of the first order. */
  first_order_date?: string | null;
  /** Not described by the document; presumably a saved payment-card token (cf. `agree_save_card_pay`). */
  save_token_pay?: boolean | null;
  /** Date of the last order. */
  last_order_date?: string | null;
  /** Date of the order before the last. */
  previous_order_date?: string | null;
  /** Discount scheme (ДС) id. */
  scheme_id?: string;
  /** Name of the discount scheme (sic, `schem_name`). */
  schem_name?: string;
  /** Family discount. */
  is_family?: boolean | null;
  /** Birthday. */
  birth_day?: string | null;
  /** Number of unpaid orders. */
  order_not_pay?: number | null;
  /** Number of orders. */
  order_count?: number | null;
  /** Debt. */
  dolg?: number | null;
  /** Bonus balance. */
  bonus?: number | null;
  /** Deposit balance. */
  deposit?: number | null;
  /** Number of visits. */
  enter_count?: number | null;
  /** Unspent advance payments. */
  pay_rest?: number | null;
  /** Average days between orders. */
  date_avg?: number | null;
  /** Total of all orders. */
  pay_summ?: number | null;
  /** What is left under the discount scheme (text, e.g. `Ограничение отсутствует`). */
  disc_rest?: string;
  /** Promo code. */
  promo_code?: string;
  /** Date the last discount scheme was assigned. */
  date_last_ds?: string | null;
}
const changedClientSchema = z.looseObject({
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
/** Schema of {@link ChangedClient}: decodes the wire answer into it. */
export const ChangedClient = named<ChangedClient>()(changedClientSchema);

/** ClientsByDateTimeForAll answer. */
export interface ChangedClientsResult extends AgbisAnswer {
  /** Clients changed in the range. */
  clients?: ChangedClient[];
}
const changedClientsResultSchema = z.looseObject({ ...envelope, clients: oList(ChangedClient) });
/** Schema of {@link ChangedClientsResult}: decodes the wire answer into it. */
export const ChangedClientsResult = named<ChangedClientsResult>()(changedClientsResultSchema);

/** One entry of the LastChangeOrder feed. */
export interface OrderChange extends VendorRecord {
  /** Sequence number of the change; the feed's cursor. */
  cur_id?: number | null;
  /** Time of the change. */
  dttm?: string | null;
  /** Order id. */
  dor_id?: string;
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out. */
  status_id?: number | null;
  /** Client id. */
  contr_id?: string;
  /** Point where the order was at the change. */
  cur_sclad_id?: string;
  /** Hand-out point. */
  sclad_to?: string;
  /** Acceptance point. */
  sclad_kredit_id?: string;
}
const orderChangeSchema = z.looseObject({
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
/** Schema of {@link OrderChange}: decodes the wire answer into it. */
export const OrderChange = named<OrderChange>()(orderChangeSchema);

/** LastChangeOrder answer (some accounts always get an empty list). */
export interface LastChangeOrderResult extends AgbisAnswer {
  /** Changes after the cursor, oldest first. */
  last_orders?: OrderChange[];
}
const lastChangeOrderResultSchema = z.looseObject({ ...envelope, last_orders: oList(OrderChange) });
/** Schema of {@link LastChangeOrderResult}: decodes the wire answer into it. */
export const LastChangeOrderResult = named<LastChangeOrderResult>()(lastChangeOrderResultSchema);
