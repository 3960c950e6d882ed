import { alwaysPresent } from '@x/core/internal';
import * as z from 'zod/mini';
import {
  envelope,
  inDate,
  inDateTime,
  inDecimal,
  inFlag,
  inId,
  inInt,
  oDate,
  oFlag,
  oList,
  oNum,
  oText,
} from './common.js';

/** An addon value in an order service: `addon_id` for a new one, `aos_id` to change an existing one. */
export const AddonValueInput = z.object({
  /** Addon type id (AddonTypes) for a new value. */
  addon_id: z.optional(inId()),
  /** Id of an existing value in the order, to change it (UpdateOrderForAll). */
  aos_id: z.optional(inId()),
  /** Already formatted per value_type; see `addonValue` helpers. An empty string resets the value. */
  values: z.string(),
});

/**
 * A service line of SaveOrderForAll / UpdateOrderForAll. `dos_id` numbers a main service (1, 2, …)
 * and `parent_id` links a child (set or repair) service to it; on update a `dos_id` may also be the
 * id of an existing service.
 */
export const ServiceInput = z.object({
  /** Ordinal of a main service (1, 2, …) that children point to with `parent_id`; on update, the id of an existing service. */
  dos_id: z.optional(inId()),
  /** `dos_id` of the main service this set or repair service belongs to. */
  parent_id: z.optional(inId()),
  /** Service id from the price list (PriceList `id`). */
  tovar_id: z.optional(inId()),
  /** Quantity (sent with a decimal comma). */
  count: inDecimal(','),
  /** Service barcode; leave it out unless you manage barcodes yourself. */
  barcode_serv: z.optional(z.string()),
  /** Coefficient. */
  kfx: z.optional(inDecimal(',')),
  /** Manual discount of the service, in percent. */
  discount: z.optional(inDecimal(',')),
  /** Let the server compute the discount from the client's discount, schemes and sales (ignores `discount`). */
  is_recalc_disc: z.optional(inFlag()),
  /** Description. */
  ext_info: z.optional(z.string()),
  /** Children's discount id (GetListsOrderTNDForAll `order_nurseries`). */
  nursery_id: z.optional(inId()),
  /** Surcharge id (GetListsOrderTNDForAll `order_dirties`). */
  dirty_id: z.optional(inId()),
  /** 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id: z.optional(inInt()),
  /** Point where the service is now; default: the acceptance point. */
  current_sclad_id: z.optional(inId()),
  /** Addon values (see `addon` and `addonValue`); default none. */
  addons: z._default(z.array(AddonValueInput), []),
});

const orderHeader = {
  /** Order number `XXXX-YY`; leave it out unless you number orders yourself. */
  doc_num: z.optional(z.string()),
  /** Number for the tax authority (БСО). */
  bso: z.optional(z.string()),
  /** Acceptance date. */
  doc_date: z.optional(inDate()),
  /** Urgency id (GetListsOrderTNDForAll `order_times`). */
  fast_exec: z.optional(inId()),
  /** Acceptance point (склад приёма). */
  sclad_id: z.optional(inId()),
  /** Hand-out point (склад выдачи). */
  sclad_out_id: z.optional(inId()),
  /** Point where the order is now; default: the acceptance point. */
  current_sclad_id: z.optional(inId()),
  /** Price list id; default 0, the retail price list. */
  price_id: z.optional(inId()),
  /** Hand-out date and time. */
  date_out: z.optional(inDateTime()),
  /** External discount scheme (ВДС) id (GetListsVdsDsForAll `vds`). */
  vds_id: z.optional(inId()),
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id: z.optional(inInt()),
  /** 0 no confirmation needed, 1 waiting for the client, 2 confirmed, 3 refused. */
  waiting_confirm: z.optional(inInt()),
  /** True while the dry-cleaner's staff are yet to confirm the order. */
  is_not_confirmed: z.optional(inFlag()),
  /** Ask for a confirmation link (`confirm_link`); needs `waiting_confirm` 1 and `is_not_confirmed` false. */
  get_confirm_link: z.optional(inFlag()),
  /** Allow prices computed as a percentage of another service. */
  only_with_main_calc_price: z.optional(inFlag()),
};

/** SaveOrderForAll input. */
export const SaveOrderParams = z.object({
  /** Order header (the vendor's `Order` object). */
  Order: z.object({
    ...orderHeader,
    /** Client id. */
    contr_id: inId(),
    /** User who accepts the order; default: the logged-in user. */
    creater_id: z.optional(inId()),
    /** Acceptance point (склад приёма). */
    sclad_id: inId(),
    /** Hand-out point (склад выдачи). */
    sclad_out_id: inId(),
  }),
  /** Services; at least one (an order cannot be saved without services). */
  Services: z.array(ServiceInput).check(z.minLength(1, 'an order needs at least one service')),
  /** Order comments; default none. */
  Comments: z._default(z.array(z.string()), []),
});

/** UpdateOrderForAll input. */
export const UpdateOrderParams = z.object({
  /** Order header; `dor_id` names the order to change. */
  Order: z.object({ ...orderHeader, dor_id: inId() }),
  Services: z._default(z.array(ServiceInput), []),
  Comments: z._default(z.array(z.string()), []),
});

/** SaveOrderForAll / UpdateOrderForAll answer. */
export const SaveOrderResult = z.looseObject({ ...envelope, dor_id: z.string(), confirm_link: oText() });

/** ChangeStatusOrdersForAll input. */
export const ChangeStatusParams = z.object({
  Orders: z
    .array(z.object({ dor_id: inId(), status_id: inInt() }))
    .check(z.minLength(1, 'at least one order')),
});

/** TripOrder input: creates (or, with `id`, edits) a trip. `tp` 1 pick-up, 2 delivery. */
export const TripOrderParams = z.object({
  id: z.optional(inId()),
  tp: z.optional(
    z.pipe(
      z.union([z.literal('1'), z.literal('2'), z.literal(1), z.literal(2)]),
      z.transform((v: '1' | '2' | 1 | 2) => String(v)),
    ),
  ),
  contr_id: z.optional(inId()),
  date: inDate(),
  hr: z.string().check(z.regex(/^\d{1,2}:\d{2}$/, 'a time like "11:30"')),
  hr_to: z.string().check(z.regex(/^\d{1,2}:\d{2}$/, 'a time like "12:00"')),
  address: z.optional(z.string()),
  region_id: z.optional(inId()),
  car_id: inId(),
  comment: z.optional(z.string()),
  tel: z.string(),
  fio: z.optional(z.string()),
  /** 0 new, 1 done, 2 cancelled, 3 accepted, 4 on the way, 5 arrived, 6 renegotiation. */
  mp_status: inInt(),
  user_id: z.optional(inId()),
  control_user_id: z.optional(inId()),
});
/** TripOrder answer. */
export const TripOrderResult = z.looseObject({ ...envelope, TripID: oText() });

/** Trip input. */
export const TripParams = z.object({ id: inId() });
/** A bag (мешок) of a trip. */
export const TripMessage = z.looseObject({
  mess_id: oText(),
  parent_id: oText(),
  user_id: oText(),
  message_type_id: oNum(),
  barcode: oText(),
  dttm: oDate(),
  comm: oText(),
  contr_id: oText(),
  sclad_id: oText(),
  dor_id: oText(),
});
/** An order attached to a trip. */
export const TripOrderRef = z.looseObject({
  dor_id: oText(),
  debet: oNum(),
  kredit: oNum(),
  date_out: oDate(),
  kind_id: oNum(),
  order_num: oText(),
  status_id: oNum(),
  sclad_kredit_id: oText(),
  message_id: oText(),
  doc_num: oText(),
  contragent_id: oText(),
  firm_id: oText(),
});
/** Trip answer. `tp` is 1 pick-up, 2 delivery on live servers (the document says 0/1). */
export const TripResult = z.looseObject({
  ...envelope,
  /** Trip id. */
  id: oText(),
  /** Trip type as live servers send it: 1 pick-up, 2 delivery. */
  tp: oNum(),
  /** Trip date. */
  dt: oDate(),
  /** Start hour. */
  hr: oNum(),
  /** Start minute. */
  mn: oNum(),
  /** End hour. */
  to_hr: oNum(),
  /** End minute. */
  to_mn: oNum(),
  /** Mobile point (мобильный склад) id. */
  sclad_id: oText(),
  /** Address. */
  address: oText(),
  /** Comment. */
  comment: oText(),
  /** Point the trip is planned for. */
  sclad_plan_to: oText(),
  /** 1 for an order, 2 for a client, 3 for a point. */
  kind_id: oNum(),
  /** Client id. */
  contr_id: oText(),
  /** Dispatcher id. */
  control_user_id: oText(),
  /** Region id (Regions). */
  region_id: oText(),
  /** Bags (мешки) collected on the trip. */
  messages: oList(TripMessage),
  /** Orders of the trip. */
  orders: oList(TripOrderRef),
});

/** An addon value of an order service. */
export const OrderAddon = z.looseObject({
  /** Addon type id. */
  addon_id: oText(),
  /** Addon name. */
  descr: oText(),
  /** Addon value type (see AddonTypes). */
  value_type: oNum(),
  /** Id of this value in the order; UpdateOrderForAll changes it by `aos_id`. */
  aos_id: oText(),
  /** The value. */
  aos_value: oText(),
});
/** A service of an order (the vendor's key is `Srvices`). */
export const OrderService = z.looseObject({
  /** Service id in the order. */
  dos_id: oText(),
  /** `dos_id` of the main service (set or repair child), or empty. */
  parent_id: oText(),
  /** Price-list id of the service. */
  tov_id: oText(),
  /** Name of the service. */
  service: oText(),
  /** Article code (артикул). */
  code: oText(),
  /** Service status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id: oNum(),
  /** Name of the status. */
  status_name: oText(),
  /** Ordinal number of the service. */
  serv_num: oNum(),
  /** Service barcode (ШК услуги). */
  barcode: oText(),
  /** Barcode for reading. */
  barcode_read: oText(),
  /** Price-list price. */
  price: oNum(),
  /** Quantity. */
  qty: oNum(),
  /** Coefficient. */
  kfx: oNum(),
  /** Discount of the service. */
  discount: oNum(),
  /** Children's discount id (GetListsOrderTNDForAll `order_nurseries`). */
  nursery_id: oText(),
  /** Name of the children's discount. */
  nurseries_name: oText(),
  /** Value of the children's discount. */
  nurseries_discount: oNum(),
  /** Weight of the item. */
  serv_weight: oNum(),
  /** Surcharge (наценка) id (GetListsOrderTNDForAll `order_dirties`). */
  dirty_id: oText(),
  /** Name of the surcharge. */
  dirty_name: oText(),
  /** Surcharge coefficient. */
  dirty_kfx: oNum(),
  /** Amount of the service in the order. */
  kredit: oNum(),
  /** Description. */
  ext_info: oText(),
  /** Workshop (цех) description. */
  shop_description: oText(),
  /** Name of the service group. */
  group_tov: oText(),
  /** Point where the service is now. */
  current_sclad_id: oText(),
  /** Agent id. */
  contr_provider_id: oText(),
  /** Agent name. */
  contr_provider_name: oText(),
  /** Agent ИНН. */
  contr_provider_inn: oText(),
  /** VAT (НДС) applied. */
  nds_name: oText(),
  /** Addon values (доп. реквизиты) of the service. */
  addons: oList(OrderAddon),
});
/** Goods sold in an order. */
export const OrderGoods = z.looseObject({
  dol_id: oText(),
  tov_id: oText(),
  tovar_name: oText(),
  code: oText(),
  group_tov: oText(),
  barcode: oText(),
  price: oNum(),
  qty: oNum(),
  kfx: oNum(),
  discount: oNum(),
  kredit: oNum(),
  ext_info: oText(),
  tovar_descr: oText(),
  monger_id: oText(),
  monger_name: oText(),
});
/** A payment inside an order record. */
export const OrderPayment = z.looseObject({
  /** Payment date. */
  date_pay: oDate(),
  /** Payment document (документ оплаты), e.g. `Оплата банковской картой`. */
  document: oText(),
  /** Amount received (сумма прихода). */
  debet: oNum(),
  /** Amount paid out, e.g. a refund (сумма расхода). */
  kredit: oNum(),
  /** Cash desk (касса) name. */
  kassa_name: oText(),
});

/**
 * Order header fields common to OrderInfoForAll, OrdersBetweenForAll and OrderByDateTimeForAll.
 * The document has no required/optional column for answers; the fields every one of its order
 * examples shows (ids, number, date, amounts) are `alwaysPresent`: an answer none of whose orders
 * carries one is reported instead of reading as null. The others stay optional.
 */
export const orderFields = {
  /** Time of the record's last change (OrderByDateTimeForAll). */
  update: oDate(),
  /** Order id. */
  dor_id: alwaysPresent(oText()),
  /** Order number as printed, a string with leading zeros (`000034`). */
  doc_num: alwaysPresent(oText()),
  /** Client id. */
  contr_id: alwaysPresent(oText()),
  /** Order total (сумма заказа). */
  kredit: alwaysPresent(oNum()),
  /** Amount paid (оплачено). */
  debet: alwaysPresent(oNum()),
  /** Amount still due (долг). */
  dolg: alwaysPresent(oNum()),
  /** Order date. */
  doc_date: alwaysPresent(oDate()),
  /** Order time, `HH:MM:SS`. */
  doc_time: oText(),
  /** Planned hand-out date. */
  date_out: oDate(),
  /** Actual hand-out date. */
  date_out_fact: oDate(),
  /** Obsolete status field; read `status_id`. */
  status: oNum(),
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out (7 cancelled). */
  status_id: oNum(),
  /** Name of the status. */
  status_name: oText(),
  /** Whether the order has photos. */
  photo_exist: oFlag(),
  /** Discount of the order. */
  discount: oNum(),
  /** Urgency id (срочность, GetListsOrderTNDForAll `order_times`). */
  fast_execute: oText(),
  /** Acceptance point (склад приёма). */
  sclad_id: oText(),
  /** Hand-out point (склад выдачи). */
  sclad_to: oText(),
  /** Point where the order is now. */
  current_sclad_id: oText(),
  /** Order kind: 0 dry cleaning, 1 laundry, 2 sale of goods, 4 field order. */
  kind_id: oNum(),
  /** External discount scheme (ВДС) id. */
  vds_id: oText(),
  /** Id of the user who accepted the order. */
  user_id: oText(),
  /** Name of that user. */
  user_name: oText(),
  /** Firm id. */
  firm_id: oText(),
  /** Firm name. */
  firm_name: oText(),
  /** Price list id. */
  price_list_id: oText(),
  /** Price list name. */
  price_list_name: oText(),
  /** Client confirmation: 0 none needed, 1 awaited, 2 confirmed, 3 refused. */
  waiting_confirm: oNum(),
  /** True while the dry-cleaner's staff have not yet confirmed the order. */
  is_not_confirmed: oFlag(),
  /** Name of the hand-out point. */
  sclad_name: oText(),
  /** Address of the hand-out point. */
  sclad_adr: oText(),
  /** Opening hours of the hand-out point. */
  sclad_hours: oText(),
  /** Condition (состояние) id, since Агбис.Химчистка 4.4.0. */
  condition_id: oText(),
  /** Condition name, since Агбис.Химчистка 4.4.0. */
  condition_name: oText(),
  /** Services of the order; the key is spelled `Srvices` by the vendor. */
  Srvices: oList(OrderService),
  /** Goods sold in the order. */
  Tovars: oList(OrderGoods),
  /** Payments of the order. */
  payments: oList(OrderPayment),
};
/** One order record. Field names as the vendor spells them, including `Srvices`. */
export const OrderRecord = z.looseObject(orderFields);

/** OrderInfoForAll input. */
export const OrderInfoParams = z.object({ dor_id: inId() });
/** OrderInfoForAll answer. */
export const OrderInfoResult = z.looseObject({ ...envelope, order: z.optional(OrderRecord) });

/** Receipt / ReceiptOnline input: `typeExport` pdf (default), png or svg; `sign` asks for the signed svg. */
export const ReceiptParams = z.object({
  dor_id: inId(),
  typeExport: z.optional(z.enum(['pdf', 'png', 'svg'])),
  sign: z.optional(inFlag()),
});
/** Receipt answer (obsolete variant): the document name under /upload_files/. */
export const ReceiptResult = z.looseObject({ ...envelope, png: oText(), dor_id: oText() });

/** A date range (inclusive days) for the *BetweenForAll commands. */
export const DateRangeParams = z.object({ StartDate: inDate(), StopDate: inDate() });

/** OrdersBetweenForAll input. */
export const OrdersBetweenParams = z.object({
  StartDate: inDate(),
  StopDate: inDate(),
  callback_address: z.optional(z.url()),
});

/**
 * An answer holding a list of orders. The document says `order`, live servers send `orders`:
 * both are accepted and the result always has `orders`.
 */
export const OrderListResult = z.pipe(
  z.looseObject({ ...envelope, order: oList(OrderRecord), orders: oList(OrderRecord) }),
  z.transform(({ order, orders, ...rest }) => ({ ...rest, orders: orders ?? order ?? [] })),
);
