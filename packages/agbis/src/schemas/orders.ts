import { alwaysPresent, named } from '@x/core/internal';
import * as z from 'zod/mini';
import {
  type AgbisAnswer,
  type AgbisEnvelope,
  type VendorRecord,
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
export interface AddonValueInput {
  /** The value, already formatted per value_type (see `addonValue`); an empty string resets it. */
  values: string;
  /** Addon type id (AddonTypes) for a new value. */
  addon_id?: string | number;
  /** Id of an existing value in the order, to change it (UpdateOrderForAll). */
  aos_id?: string | number;
}
const addonValueInputSchema = z.object({
  /** Addon type id (AddonTypes) for a new value. */
  addon_id: z.optional(inId()),
  /** Id of an existing value in the order, to change it (UpdateOrderForAll). */
  aos_id: z.optional(inId()),
  /** Already formatted per value_type; see `addonValue` helpers. An empty string resets the value. */
  values: z.string(),
});
/** Schema of {@link AddonValueInput}: validates it and converts it to what the wire carries. */
export const AddonValueInput = named<z.output<typeof addonValueInputSchema>, AddonValueInput>()(
  addonValueInputSchema,
);

/**
 * A service line of SaveOrderForAll / UpdateOrderForAll. `dos_id` numbers a main service (1, 2, …)
 * and `parent_id` links a child (set or repair) service to it; on update a `dos_id` may also be the
 * id of an existing service.
 */
export interface ServiceInput {
  /** Quantity: a number (sent with a decimal comma) or a decimal string. */
  count: string | number;
  /** Ordinal of a main service (1, 2, …) that children point to with `parent_id`; on update, the id of an existing service. */
  dos_id?: string | number;
  /** `dos_id` of the main service this set or repair service belongs to. */
  parent_id?: string | number;
  /** Service id from the price list (PriceList `id`). */
  tovar_id?: string | number;
  /** Service barcode; leave it out unless you manage barcodes yourself. */
  barcode_serv?: string;
  /** Coefficient: a number (sent with a decimal comma) or a decimal string. */
  kfx?: string | number;
  /** Manual discount of the service, in percent. */
  discount?: string | number;
  /** Let the server compute the discount from the client's discount, schemes and sales (ignores `discount`). */
  is_recalc_disc?: 0 | 1 | '1' | '0' | boolean;
  /** Description. */
  ext_info?: string;
  /** Children's discount id (GetListsOrderTNDForAll `order_nurseries`). */
  nursery_id?: string | number;
  /** Surcharge id (GetListsOrderTNDForAll `order_dirties`). */
  dirty_id?: string | number;
  /** Service status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id?: string | number;
  /** Point where the service is now; default: the acceptance point. */
  current_sclad_id?: string | number;
  /** Addon values (see `addon` and `addonValue`); default none. */
  addons?: AddonValueInput[];
}
const serviceInputSchema = z.object({
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
/** Schema of {@link ServiceInput}: validates it and converts it to what the wire carries. */
export const ServiceInput = named<z.output<typeof serviceInputSchema>, ServiceInput>()(serviceInputSchema);

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

/**
 * Header fields SaveOrderForAll and UpdateOrderForAll share (the vendor's `Order` object); the
 * acceptance and hand-out points are required on save only.
 */
export interface OrderHeaderInput {
  /** Order number `XXXX-YY`; leave it out unless you number orders yourself. */
  doc_num?: string;
  /** Number for the tax authority (БСО). */
  bso?: string;
  /** Acceptance date: ISO date, `Date` or `dd.mm.yyyy`. */
  doc_date?: string | Date;
  /** Urgency id (GetListsOrderTNDForAll `order_times`). */
  fast_exec?: string | number;
  /** Point where the order is now; default: the acceptance point. */
  current_sclad_id?: string | number;
  /** Price list id; default 0, the retail price list. */
  price_id?: string | number;
  /** Hand-out date and time: ISO date-time, `Date` or `dd.mm.yyyy HH:MM:SS` (business local time). */
  date_out?: string | Date;
  /** External discount scheme (ВДС) id (GetListsVdsDsForAll `vds`). */
  vds_id?: string | number;
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id?: string | number;
  /** Client confirmation: 0 none needed, 1 waiting for the client, 2 confirmed, 3 refused. */
  waiting_confirm?: string | number;
  /** True while the dry-cleaner's staff are yet to confirm the order. */
  is_not_confirmed?: 0 | 1 | '1' | '0' | boolean;
  /** Ask for a confirmation link (`confirm_link`); needs `waiting_confirm` 1 and `is_not_confirmed` false. */
  get_confirm_link?: 0 | 1 | '1' | '0' | boolean;
  /** Allow prices computed as a percentage of another service. */
  only_with_main_calc_price?: 0 | 1 | '1' | '0' | boolean;
}

/** The order header of SaveOrderForAll (the vendor's `Order` object). */
export interface SaveOrderHeader extends OrderHeaderInput {
  /** Client id. */
  contr_id: string | number;
  /** Acceptance point (склад приёма). */
  sclad_id: string | number;
  /** Hand-out point (склад выдачи). */
  sclad_out_id: string | number;
  /** User who accepts the order; default: the logged-in user. */
  creater_id?: string | number;
}
const saveOrderHeaderSchema = z.object({
  ...orderHeader,
  /** Client id. */
  contr_id: inId(),
  /** User who accepts the order; default: the logged-in user. */
  creater_id: z.optional(inId()),
  /** Acceptance point (склад приёма). */
  sclad_id: inId(),
  /** Hand-out point (склад выдачи). */
  sclad_out_id: inId(),
});
/** Schema of {@link SaveOrderHeader}: validates it and converts it to what the wire carries. */
export const SaveOrderHeader = named<z.output<typeof saveOrderHeaderSchema>, SaveOrderHeader>()(
  saveOrderHeaderSchema,
);

/** SaveOrderForAll input. */
export interface SaveOrderParams {
  /** Order header (the vendor's `Order` object). */
  Order: SaveOrderHeader;
  /** Services; at least one (an order cannot be saved without services). */
  Services: ServiceInput[];
  /** Order comments; default none. */
  Comments?: string[];
}
const saveOrderParamsSchema = z.object({
  /** Order header (the vendor's `Order` object). */
  Order: SaveOrderHeader,
  /** Services; at least one (an order cannot be saved without services). */
  Services: z.array(ServiceInput).check(z.minLength(1, 'an order needs at least one service')),
  /** Order comments; default none. */
  Comments: z._default(z.array(z.string()), []),
});
/** Schema of {@link SaveOrderParams}: validates it and converts it to what the wire carries. */
export const SaveOrderParams = named<z.output<typeof saveOrderParamsSchema>, SaveOrderParams>()(
  saveOrderParamsSchema,
);

/** The order header of UpdateOrderForAll: `dor_id` names the order to change. */
export interface UpdateOrderHeader extends OrderHeaderInput {
  /** The order to change. */
  dor_id: string | number;
  /** Acceptance point (склад приёма). */
  sclad_id?: string | number;
  /** Hand-out point (склад выдачи). */
  sclad_out_id?: string | number;
}
const updateOrderHeaderSchema = z.object({
  ...orderHeader,
  /** The order to change. */
  dor_id: inId(),
});
/** Schema of {@link UpdateOrderHeader}: validates it and converts it to what the wire carries. */
export const UpdateOrderHeader = named<z.output<typeof updateOrderHeaderSchema>, UpdateOrderHeader>()(
  updateOrderHeaderSchema,
);

/** UpdateOrderForAll input. */
export interface UpdateOrderParams {
  /** Order header; `dor_id` names the order to change. */
  Order: UpdateOrderHeader;
  /** Services to add or change (an existing one by its `dos_id`); default none. */
  Services?: ServiceInput[];
  /** Comments to add; default none. */
  Comments?: string[];
}
const updateOrderParamsSchema = z.object({
  /** Order header; `dor_id` names the order to change. */
  Order: UpdateOrderHeader,
  Services: z._default(z.array(ServiceInput), []),
  Comments: z._default(z.array(z.string()), []),
});
/** Schema of {@link UpdateOrderParams}: validates it and converts it to what the wire carries. */
export const UpdateOrderParams = named<z.output<typeof updateOrderParamsSchema>, UpdateOrderParams>()(
  updateOrderParamsSchema,
);

/** SaveOrderForAll / UpdateOrderForAll answer. */
export interface SaveOrderResult extends AgbisAnswer {
  /** Order id. */
  dor_id: string;
  /** Link for the client to confirm the order (`https://agb.is/...`), when `get_confirm_link` was asked for. */
  confirm_link?: string;
}
const saveOrderResultSchema = z.looseObject({ ...envelope, dor_id: z.string(), confirm_link: oText() });
/** Schema of {@link SaveOrderResult}: decodes the wire answer into it. */
export const SaveOrderResult = named<SaveOrderResult>()(saveOrderResultSchema);

/** One order's new status in ChangeStatusOrdersForAll. */
export interface OrderStatusChange {
  /** The order. */
  dor_id: string | number;
  /** Its new status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id: string | number;
}
const orderStatusChangeSchema = z.object({ dor_id: inId(), status_id: inInt() });
/** Schema of {@link OrderStatusChange}: validates it and converts it to what the wire carries. */
export const OrderStatusChange = named<z.output<typeof orderStatusChangeSchema>, OrderStatusChange>()(
  orderStatusChangeSchema,
);

/** ChangeStatusOrdersForAll input. */
export interface ChangeStatusParams {
  /** The orders and their new statuses; at least one. */
  Orders: OrderStatusChange[];
}
const changeStatusParamsSchema = z.object({
  Orders: z.array(OrderStatusChange).check(z.minLength(1, 'at least one order')),
});
/** Schema of {@link ChangeStatusParams}: validates it and converts it to what the wire carries. */
export const ChangeStatusParams = named<z.output<typeof changeStatusParamsSchema>, ChangeStatusParams>()(
  changeStatusParamsSchema,
);

/** TripOrder input: creates (or, with `id`, edits) a trip. `tp` 1 pick-up, 2 delivery. */
export interface TripOrderParams {
  /** Trip date: ISO date, `Date` or `dd.mm.yyyy`, sent as `dd.mm.yyyy`. */
  date: string | Date;
  /** Start of the time window, `HH:MM` (e.g. `"11:00"`). */
  hr: string;
  /** End of the time window, `HH:MM` (e.g. `"12:00"`). */
  hr_to: string;
  /** Mobile point (мобильный склад) id; required. */
  car_id: string | number;
  /** Contact phone. */
  tel: string;
  /** Trip status: 0 new, 1 done, 2 cancelled, 3 accepted, 4 on the way, 5 arrived, 6 renegotiation. */
  mp_status: string | number;
  /** Trip to change; leave it out to create one. */
  id?: string | number;
  /** Trip type: 1 pick-up, 2 delivery. */
  tp?: 2 | 1 | '1' | '2';
  /** Client id. */
  contr_id?: string | number;
  /** Address. */
  address?: string;
  /** Region (район) id (Regions). */
  region_id?: string | number;
  /** Comment. */
  comment?: string;
  /** Contact name (ФИО). */
  fio?: string;
  /** User (courier) the trip is assigned to. */
  user_id?: string | number;
  /** Dispatcher id. */
  control_user_id?: string | number;
}
const tripOrderParamsSchema = z.object({
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
/** Schema of {@link TripOrderParams}: validates it and converts it to what the wire carries. */
export const TripOrderParams = named<z.output<typeof tripOrderParamsSchema>, TripOrderParams>()(
  tripOrderParamsSchema,
);

/** TripOrder answer. */
export interface TripOrderResult extends AgbisAnswer {
  /** Id of the trip created or changed. */
  TripID?: string;
}
const tripOrderResultSchema = z.looseObject({ ...envelope, TripID: oText() });
/** Schema of {@link TripOrderResult}: decodes the wire answer into it. */
export const TripOrderResult = named<TripOrderResult>()(tripOrderResultSchema);

/** Trip input. */
export interface TripParams {
  /** The trip. */
  id: string | number;
}
const tripParamsSchema = z.object({ id: inId() });
/** Schema of {@link TripParams}: validates it and converts it to what the wire carries. */
export const TripParams = named<z.output<typeof tripParamsSchema>, TripParams>()(tripParamsSchema);

/** A bag (мешок) of a trip. */
export interface TripMessage extends VendorRecord {
  /** Bag (мешок) id. */
  mess_id?: string;
  /** Parent bag id. */
  parent_id?: string;
  /** User who handled the bag. */
  user_id?: string;
  /** Message type: 7 bag (мешок). */
  message_type_id?: number | null;
  /** Bag barcode. */
  barcode?: string;
  /** Time of the record (business local time). */
  dttm?: string | null;
  /** Comment. */
  comm?: string;
  /** Client id. */
  contr_id?: string;
  /** Point (склад) id. */
  sclad_id?: string;
  /** Order id. */
  dor_id?: string;
}
const tripMessageSchema = z.looseObject({
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
/** Schema of {@link TripMessage}: decodes the wire answer into it. */
export const TripMessage = named<TripMessage>()(tripMessageSchema);

/** An order attached to a trip. */
export interface TripOrderRef extends VendorRecord {
  /** Order id. */
  dor_id?: string;
  /** Amount paid. */
  debet?: number | null;
  /** Order total. */
  kredit?: number | null;
  /** Hand-out date. */
  date_out?: string | null;
  /** Order kind: 0 dry cleaning, 1 laundry, 2 sale of goods, 4 field order. */
  kind_id?: number | null;
  /** Number for the tax authority (БСО). */
  order_num?: string;
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id?: number | null;
  /** Acceptance point. */
  sclad_kredit_id?: string;
  /** Bag (мешок) the order travels in. */
  message_id?: string;
  /** Order number. */
  doc_num?: string;
  /** Client id. */
  contragent_id?: string;
  /** Firm id. */
  firm_id?: string;
}
const tripOrderRefSchema = z.looseObject({
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
/** Schema of {@link TripOrderRef}: decodes the wire answer into it. */
export const TripOrderRef = named<TripOrderRef>()(tripOrderRefSchema);

/** Trip answer. `tp` is 1 pick-up, 2 delivery on live servers (the document says 0/1). */
export interface TripResult extends AgbisAnswer {
  /** Trip id. */
  id?: string;
  /** Trip type as live servers send it: 1 pick-up, 2 delivery. */
  tp?: number | null;
  /** Trip date. */
  dt?: string | null;
  /** Start hour. */
  hr?: number | null;
  /** Start minute. */
  mn?: number | null;
  /** End hour. */
  to_hr?: number | null;
  /** End minute. */
  to_mn?: number | null;
  /** Mobile point (мобильный склад) id. */
  sclad_id?: string;
  /** Address. */
  address?: string;
  /** Comment. */
  comment?: string;
  /** Point the trip is planned for. */
  sclad_plan_to?: string;
  /** 1 for an order, 2 for a client, 3 for a point. */
  kind_id?: number | null;
  /** Client id. */
  contr_id?: string;
  /** Dispatcher id. */
  control_user_id?: string;
  /** Region id (Regions). */
  region_id?: string;
  /** Bags (мешки) collected on the trip. */
  messages?: TripMessage[];
  /** Orders of the trip. */
  orders?: TripOrderRef[];
}
const tripResultSchema = z.looseObject({
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
/** Schema of {@link TripResult}: decodes the wire answer into it. */
export const TripResult = named<TripResult>()(tripResultSchema);

/** An addon value of an order service. */
export interface OrderAddon extends VendorRecord {
  /** Addon type id. */
  addon_id?: string;
  /** Addon name. */
  descr?: string;
  /** Addon value type (see AddonTypes). */
  value_type?: number | null;
  /** Id of this value in the order; UpdateOrderForAll changes it by `aos_id`. */
  aos_id?: string;
  /** The value. */
  aos_value?: string;
}
const orderAddonSchema = z.looseObject({
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
/** Schema of {@link OrderAddon}: decodes the wire answer into it. */
export const OrderAddon = named<OrderAddon>()(orderAddonSchema);

/** A service of an order (the vendor's key is `Srvices`). */
export interface OrderService extends VendorRecord {
  /** Service id in the order. */
  dos_id?: string;
  /** `dos_id` of the main service (set or repair child), or empty. */
  parent_id?: string;
  /** Price-list id of the service. */
  tov_id?: string;
  /** Name of the service. */
  service?: string;
  /** Article code (артикул). */
  code?: string;
  /** Service status: 1 new, 3 in progress, 4 done, 5 handed out, 7 cancelled. */
  status_id?: number | null;
  /** Name of the status. */
  status_name?: string;
  /** Ordinal number of the service. */
  serv_num?: number | null;
  /** Service barcode (ШК услуги). */
  barcode?: string;
  /** Barcode for reading. */
  barcode_read?: string;
  /** Price-list price. */
  price?: number | null;
  /** Quantity. */
  qty?: number | null;
  /** Coefficient. */
  kfx?: number | null;
  /** Discount of the service. */
  discount?: number | null;
  /** Children's discount id (GetListsOrderTNDForAll `order_nurseries`). */
  nursery_id?: string;
  /** Name of the children's discount. */
  nurseries_name?: string;
  /** Value of the children's discount. */
  nurseries_discount?: number | null;
  /** Weight of the item. */
  serv_weight?: number | null;
  /** Surcharge (наценка) id (GetListsOrderTNDForAll `order_dirties`). */
  dirty_id?: string;
  /** Name of the surcharge. */
  dirty_name?: string;
  /** Surcharge coefficient. */
  dirty_kfx?: number | null;
  /** Amount of the service in the order. */
  kredit?: number | null;
  /** Description. */
  ext_info?: string;
  /** Workshop (цех) description. */
  shop_description?: string;
  /** Name of the service group. */
  group_tov?: string;
  /** Point where the service is now. */
  current_sclad_id?: string;
  /** Agent id. */
  contr_provider_id?: string;
  /** Agent name. */
  contr_provider_name?: string;
  /** Agent ИНН. */
  contr_provider_inn?: string;
  /** VAT (НДС) applied. */
  nds_name?: string;
  /** Addon values (доп. реквизиты) of the service. */
  addons?: OrderAddon[];
}
const orderServiceSchema = z.looseObject({
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
/** Schema of {@link OrderService}: decodes the wire answer into it. */
export const OrderService = named<OrderService>()(orderServiceSchema);

/** Goods sold in an order. */
export interface OrderGoods extends VendorRecord {
  /** Id of the goods line in the order. */
  dol_id?: string;
  /** Price-list id of the goods. */
  tov_id?: string;
  /** Name of the goods. */
  tovar_name?: string;
  /** Article code (артикул). */
  code?: string;
  /** Name of the goods group. */
  group_tov?: string;
  /** Goods barcode. */
  barcode?: string;
  /** Price. */
  price?: number | null;
  /** Quantity. */
  qty?: number | null;
  /** Coefficient. */
  kfx?: number | null;
  /** Discount of the line. */
  discount?: number | null;
  /** Amount of the line. */
  kredit?: number | null;
  /** Description. */
  ext_info?: string;
  /** Description of the goods. */
  tovar_descr?: string;
  /** Seller (user) id. */
  monger_id?: string;
  /** Seller name. */
  monger_name?: string;
}
const orderGoodsSchema = z.looseObject({
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
/** Schema of {@link OrderGoods}: decodes the wire answer into it. */
export const OrderGoods = named<OrderGoods>()(orderGoodsSchema);

/** A payment inside an order record. */
export interface OrderPayment extends VendorRecord {
  /** Payment date. */
  date_pay?: string | null;
  /** Payment document (документ оплаты), e.g. `Оплата банковской картой`. */
  document?: string;
  /** Amount received (сумма прихода). */
  debet?: number | null;
  /** Amount paid out, e.g. a refund (сумма расхода). */
  kredit?: number | null;
  /** Cash desk (касса) name. */
  kassa_name?: string;
}
const orderPaymentSchema = z.looseObject({
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
/** Schema of {@link OrderPayment}: decodes the wire answer into it. */
export const OrderPayment = named<OrderPayment>()(orderPaymentSchema);

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
export interface OrderRecord extends VendorRecord {
  /** Time of the record's last change (OrderByDateTimeForAll). */
  update?: string | null;
  /** Order id. */
  dor_id?: string;
  /** Order number as printed, a string with leading zeros (`000034`). */
  doc_num?: string;
  /** Client id. */
  contr_id?: string;
  /** Order total (сумма заказа). */
  kredit?: number | null;
  /** Amount paid (оплачено). */
  debet?: number | null;
  /** Amount still due (долг). */
  dolg?: number | null;
  /** Order date. */
  doc_date?: string | null;
  /** Order time, `HH:MM:SS`. */
  doc_time?: string;
  /** Planned hand-out date. */
  date_out?: string | null;
  /** Actual hand-out date. */
  date_out_fact?: string | null;
  /** Obsolete status field; read `status_id`. */
  status?: number | null;
  /** Order status: 1 new, 3 in progress, 4 done, 5 handed out (7 cancelled). */
  status_id?: number | null;
  /** Name of the status. */
  status_name?: string;
  /** Whether the order has photos. */
  photo_exist?: boolean | null;
  /** Discount of the order. */
  discount?: number | null;
  /** Urgency id (срочность, GetListsOrderTNDForAll `order_times`). */
  fast_execute?: string;
  /** Acceptance point (склад приёма). */
  sclad_id?: string;
  /** Hand-out point (склад выдачи). */
  sclad_to?: string;
  /** Point where the order is now. */
  current_sclad_id?: string;
  /** Order kind: 0 dry cleaning, 1 laundry, 2 sale of goods, 4 field order. */
  kind_id?: number | null;
  /** External discount scheme (ВДС) id. */
  vds_id?: string;
  /** Id of the user who accepted the order. */
  user_id?: string;
  /** Name of that user. */
  user_name?: string;
  /** Firm id. */
  firm_id?: string;
  /** Firm name. */
  firm_name?: string;
  /** Price list id. */
  price_list_id?: string;
  /** Price list name. */
  price_list_name?: string;
  /** Client confirmation: 0 none needed, 1 awaited, 2 confirmed, 3 refused. */
  waiting_confirm?: number | null;
  /** True while the dry-cleaner's staff have not yet confirmed the order. */
  is_not_confirmed?: boolean | null;
  /** Name of the hand-out point. */
  sclad_name?: string;
  /** Address of the hand-out point. */
  sclad_adr?: string;
  /** Opening hours of the hand-out point. */
  sclad_hours?: string;
  /** Condition (состояние) id, since Агбис.Химчистка 4.4.0. */
  condition_id?: string;
  /** Condition name, since Агбис.Химчистка 4.4.0. */
  condition_name?: string;
  /** Services of the order; the key is spelled `Srvices` by the vendor. */
  Srvices?: OrderService[];
  /** Goods sold in the order. */
  Tovars?: OrderGoods[];
  /** Payments of the order. */
  payments?: OrderPayment[];
}
const orderRecordSchema = z.looseObject(orderFields);
/** Schema of {@link OrderRecord}: decodes the wire answer into it. */
export const OrderRecord = named<OrderRecord>()(orderRecordSchema);

/** OrderInfoForAll input. */
export interface OrderInfoParams {
  /** Order id. */
  dor_id: string | number;
}
const orderInfoParamsSchema = z.object({ dor_id: inId() });
/** Schema of {@link OrderInfoParams}: validates it and converts it to what the wire carries. */
export const OrderInfoParams = named<z.output<typeof orderInfoParamsSchema>, OrderInfoParams>()(
  orderInfoParamsSchema,
);

/** OrderInfoForAll answer. */
export interface OrderInfoResult extends AgbisAnswer {
  /** The order. */
  order?: OrderRecord;
}
const orderInfoResultSchema = z.looseObject({ ...envelope, order: z.optional(OrderRecord) });
/** Schema of {@link OrderInfoResult}: decodes the wire answer into it. */
export const OrderInfoResult = named<OrderInfoResult>()(orderInfoResultSchema);

/** Receipt / ReceiptOnline input: `typeExport` pdf (default), png or svg; `sign` asks for the signed svg. */
export interface ReceiptParams {
  /** Order id. */
  dor_id: string | number;
  /** File format: `pdf` (default), `png` or `svg`. */
  typeExport?: 'pdf' | 'png' | 'svg';
  /** Ask for the signed receipt (svg): `true`/`false`, `1`/`0` or `"1"`/`"0"`. */
  sign?: 0 | 1 | '1' | '0' | boolean;
}
const receiptParamsSchema = z.object({
  dor_id: inId(),
  typeExport: z.optional(z.enum(['pdf', 'png', 'svg'])),
  sign: z.optional(inFlag()),
});
/** Schema of {@link ReceiptParams}: validates it and converts it to what the wire carries. */
export const ReceiptParams = named<z.output<typeof receiptParamsSchema>, ReceiptParams>()(
  receiptParamsSchema,
);

/** Receipt answer (obsolete variant): the document name under /upload_files/. */
export interface ReceiptResult extends AgbisAnswer {
  /** Document name to open under `https://www.himinfo.ru/upload_files/<name>.pdf`. */
  png?: string;
  /** Order id. */
  dor_id?: string;
}
const receiptResultSchema = z.looseObject({ ...envelope, png: oText(), dor_id: oText() });
/** Schema of {@link ReceiptResult}: decodes the wire answer into it. */
export const ReceiptResult = named<ReceiptResult>()(receiptResultSchema);

/** ReceiptOnline answer: the receipt file. */
export interface ReceiptFile {
  /** The file as sent. */
  bytes: Uint8Array<ArrayBuffer>;
  /** Its content type as the server sent it (e.g. `application/pdf`). */
  contentType: string;
}
const receiptFileSchema = z.object({ bytes: z.instanceof(Uint8Array), contentType: z.string() });
/** Schema of {@link ReceiptFile}: decodes the wire answer into it. */
export const ReceiptFile = named<ReceiptFile>()(receiptFileSchema);

/** A date range (inclusive days) for the *BetweenForAll commands. */
export interface DateRangeParams {
  /** First day of the range (inclusive): ISO date, `Date` or `dd.mm.yyyy`, sent as `dd.mm.yyyy`. */
  StartDate: string | Date;
  /** Last day of the range (inclusive): ISO date, `Date` or `dd.mm.yyyy`. */
  StopDate: string | Date;
}
/** The fields of {@link DateRangeParams}, for the range inputs that add their own. */
export const dateRange = { StartDate: inDate(), StopDate: inDate() };
const dateRangeParamsSchema = z.object(dateRange);
/** Schema of {@link DateRangeParams}: validates it and converts it to what the wire carries. */
export const DateRangeParams = named<z.output<typeof dateRangeParamsSchema>, DateRangeParams>()(
  dateRangeParamsSchema,
);

/** OrdersBetweenForAll input. */
export interface OrdersBetweenParams extends DateRangeParams {
  /** URL the server posts the answer to when it would take longer than the request may wait (the vendor's asynchronous mode). */
  callback_address?: string;
}
const ordersBetweenParamsSchema = z.object({
  ...dateRange,
  callback_address: z.optional(z.url()),
});
/** Schema of {@link OrdersBetweenParams}: validates it and converts it to what the wire carries. */
export const OrdersBetweenParams = named<z.output<typeof ordersBetweenParamsSchema>, OrdersBetweenParams>()(
  ordersBetweenParamsSchema,
);

/**
 * An answer holding a list of orders. The document says `order`, live servers send `orders`:
 * both are accepted and the result always has `orders`.
 */
export interface OrderListResult extends AgbisEnvelope {
  /** The orders (from `orders`, or the documented `order`; empty when neither was sent). */
  orders: OrderRecord[];
}
const orderListResultSchema = z.pipe(
  z.looseObject({ ...envelope, order: oList(OrderRecord), orders: oList(OrderRecord) }),
  z.transform(({ order, orders, ...rest }) => ({ ...rest, orders: orders ?? order ?? [] })),
);
/** Schema of {@link OrderListResult}: decodes the wire answer into it. */
export const OrderListResult = named<OrderListResult>()(orderListResultSchema);
