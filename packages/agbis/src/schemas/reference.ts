import { named } from '@x/core';
import * as z from 'zod/mini';
import { type AgbisEnvelope, envelope, inId, inInt, oDate, oFlag, oList, oNum, oText } from './common.js';

/** A client group (ContrTree). */
export interface ContrFolder {
  /** Client group id (ContrTree). */
  folder_id?: string;
  /** `dos_id` of the main service this set or repair service belongs to. */
  parent_id?: string;
  /** Client name. */
  name?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const contrFolderSchema = z.looseObject({ folder_id: oText(), parent_id: oText(), name: oText() });
/** Schema of {@link ContrFolder}: decodes the wire answer into it. */
export const ContrFolder = named<ContrFolder>()(contrFolderSchema);

/** ContrTree answer. */
export interface ContrTreeResult extends AgbisEnvelope {
  /** TODO */
  list?: ContrFolder[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const contrTreeResultSchema = z.looseObject({ ...envelope, list: oList(ContrFolder) });
/** Schema of {@link ContrTreeResult}: decodes the wire answer into it. */
export const ContrTreeResult = named<ContrTreeResult>()(contrTreeResultSchema);

/** PriceList input: `price_id` omitted → the retail list; `tovar_type` 0 all, 1 goods, 2 services. */
export interface PriceListParams {
  /** Price list id; default 0, the retail price list. */
  price_id?: string | number;
  /** 1 goods, 2 service. */
  tovar_type?: string | number;
}
const priceListParamsSchema = z.optional(
  z.object({ price_id: z.optional(inId()), tovar_type: z.optional(inInt()) }),
);
/** Schema of {@link PriceListParams}: validates it and converts it to what the wire carries. */
export const PriceListParams = named<z.output<typeof priceListParamsSchema>, PriceListParams | undefined>()(priceListParamsSchema);

/** One price-list line. */
export interface PriceListItem {
  /** Service or goods id (`tovar_id` in orders). */
  id?: string;
  /** Group id. */
  folder_id?: string;
  /** 1 goods, 2 service. */
  tovar_type?: number | null;
  /** Article code (артикул). */
  code?: string;
  /** Name. */
  name?: string;
  /** Unit. */
  unit?: string;
  /** Price. */
  price?: number | null;
  /** Group the service lies in. */
  group_c?: string;
  /** Parent group of the service's group. */
  group_p?: string;
  /** Top-level group. */
  top_parent?: string;
  /** Addon pack (AddonPacks) the service asks for. */
  order_addon_pack_id?: string;
  /** The price may be edited in an order. */
  is_price_editable?: boolean | null;
  /** Discounts do not apply. */
  is_not_for_discount?: boolean | null;
  /** A repair service. */
  is_repair?: boolean | null;
  /** Price computed as a percentage of another service. */
  is_percent_price?: boolean | null;
  /** Additional information. */
  additional_text?: string;
  /** Short name. */
  short_name?: string;
  /** Index. */
  index?: string;
  /** Price list id. */
  price_id?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const priceListItemSchema = z.looseObject({
  /** Service or goods id (`tovar_id` in orders). */
  id: oText(),
  /** Group id. */
  folder_id: oText(),
  /** 1 goods, 2 service. */
  tovar_type: oNum(),
  /** Article code (артикул). */
  code: oText(),
  /** Name. */
  name: oText(),
  /** Unit. */
  unit: oText(),
  /** Price. */
  price: oNum(),
  /** Group the service lies in. */
  group_c: oText(),
  /** Parent group of the service's group. */
  group_p: oText(),
  /** Top-level group. */
  top_parent: oText(),
  /** Addon pack (AddonPacks) the service asks for. */
  order_addon_pack_id: oText(),
  /** The price may be edited in an order. */
  is_price_editable: oFlag(),
  /** Discounts do not apply. */
  is_not_for_discount: oFlag(),
  /** A repair service. */
  is_repair: oFlag(),
  /** Price computed as a percentage of another service. */
  is_percent_price: oFlag(),
  /** Additional information. */
  additional_text: oText(),
  /** Short name. */
  short_name: oText(),
  /** Index. */
  index: oText(),
  /** Price list id. */
  price_id: oText(),
});
/** Schema of {@link PriceListItem}: decodes the wire answer into it. */
export const PriceListItem = named<PriceListItem>()(priceListItemSchema);

/** PriceList answer. */
export interface PriceListResult extends AgbisEnvelope {
  /** TODO */
  price_list?: PriceListItem[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const priceListResultSchema = z.looseObject({ ...envelope, price_list: oList(PriceListItem) });
/** Schema of {@link PriceListResult}: decodes the wire answer into it. */
export const PriceListResult = named<PriceListResult>()(priceListResultSchema);

/** PriceTree input: the price list's id (required; without it the server answers 105). */
export interface PriceTreeParams {
  /** Id of the payment with bonuses. */
  id: string | number;
}
const priceTreeParamsSchema = z.object({ id: inId() });
/** Schema of {@link PriceTreeParams}: validates it and converts it to what the wire carries. */
export const PriceTreeParams = named<z.output<typeof priceTreeParamsSchema>, PriceTreeParams>()(priceTreeParamsSchema);

/** One price-list group. */
export interface PriceGroup {
  /** Client group id (ContrTree). */
  folder_id?: string;
  /** TODO */
  parent?: string;
  /** Client name. */
  name?: string;
  /** TODO */
  comm?: string;
  /** TODO */
  sort_index?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const priceGroupSchema = z.looseObject({
  folder_id: oText(),
  parent: oText(),
  name: oText(),
  comm: oText(),
  sort_index: oText(),
});
/** Schema of {@link PriceGroup}: decodes the wire answer into it. */
export const PriceGroup = named<PriceGroup>()(priceGroupSchema);

/** PriceTree answer. */
export interface PriceTreeResult extends AgbisEnvelope {
  /** Price-list price. */
  price?: PriceGroup[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const priceTreeResultSchema = z.looseObject({ ...envelope, price: oList(PriceGroup) });
/** Schema of {@link PriceTreeResult}: decodes the wire answer into it. */
export const PriceTreeResult = named<PriceTreeResult>()(priceTreeResultSchema);

/** A selectable string of an addon (value_type 1 and 7). */
export interface AddonStrValue {
  /** Id of the payment with bonuses. */
  id?: string;
  /** TODO */
  value_str?: string;
  /** TODO */
  value_flt?: number | null;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const addonStrValueSchema = z.looseObject({ id: oText(), value_str: oText(), value_flt: oNum() });
/** Schema of {@link AddonStrValue}: decodes the wire answer into it. */
export const AddonStrValue = named<AddonStrValue>()(addonStrValueSchema);

/** One addon type (доп. реквизит). `value_type`: 0 integer, 1 string, 2 boolean, 3 date, 5 float, 6 label, 7 string with price and quantity, 8 string with coefficient, 9 figure. */
export interface AddonType {
  /** Addon id. */
  id?: string;
  /** Addon group: 1 item description, 2 item defects, 3 material defects, 4 warnings, 5 other defects. */
  group_id?: number | null;
  /** Table the addon belongs to (example: `DOC_ORDER_SERVICES`); not described by the document. */
  table_name?: string;
  /** Addon name. */
  descr?: string;
  /** Value type; see above and `addonValue`. */
  value_type?: number | null;
  /** Default for value_type 0. */
  default_int?: number | null;
  /** Default for value_type 1. */
  default_str?: string;
  /** Default for value_type 2. */
  default_bool?: boolean | null;
  /** Default for value_type 3. */
  default_date?: string | null;
  /** Default for value_type 5. */
  default_flt?: number | null;
  /** Not described by the document (example `1`); presumably whether the default is filled in. */
  is_default_need?: boolean | null;
  /** Not described by the document (example `2`). */
  change_price?: number | null;
  /** Not described by the document (example `1,5`, a number with a decimal comma). */
  num?: number | null;
  /** Comment. */
  comments?: string;
  /** Text colour. */
  font_color?: string;
  /** Selectable strings (value_type 1 and 7). */
  addon_str_values?: AddonStrValue[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const addonTypeSchema = z.looseObject({
  /** Addon id. */
  id: oText(),
  /** Addon group: 1 item description, 2 item defects, 3 material defects, 4 warnings, 5 other defects. */
  group_id: oNum(),
  /** Table the addon belongs to (example: `DOC_ORDER_SERVICES`); not described by the document. */
  table_name: oText(),
  /** Addon name. */
  descr: oText(),
  /** Value type; see above and `addonValue`. */
  value_type: oNum(),
  /** Default for value_type 0. */
  default_int: oNum(),
  /** Default for value_type 1. */
  default_str: oText(),
  /** Default for value_type 2. */
  default_bool: oFlag(),
  /** Default for value_type 3. */
  default_date: oDate(),
  /** Default for value_type 5. */
  default_flt: oNum(),
  /** Not described by the document (example `1`); presumably whether the default is filled in. */
  is_default_need: oFlag(),
  /** Not described by the document (example `2`). */
  change_price: oNum(),
  /** Not described by the document (example `1,5`, a number with a decimal comma). */
  num: oNum(),
  /** Comment. */
  comments: oText(),
  /** Text colour. */
  font_color: oText(),
  /** Selectable strings (value_type 1 and 7). */
  addon_str_values: oList(AddonStrValue),
});
/** Schema of {@link AddonType}: decodes the wire answer into it. */
export const AddonType = named<AddonType>()(addonTypeSchema);

/** AddonTypes answer. */
export interface AddonTypesResult extends AgbisEnvelope {
  /** TODO */
  addon_types?: AddonType[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const addonTypesResultSchema = z.looseObject({ ...envelope, addon_types: oList(AddonType) });
/** Schema of {@link AddonTypesResult}: decodes the wire answer into it. */
export const AddonTypesResult = named<AddonTypesResult>()(addonTypesResultSchema);

/** An addon pack: the addon types a price-list line asks for. */
export interface AddonPack {
  /** Id of the payment with bonuses. */
  id?: string;
  /** Client name. */
  name?: string;
  /** TODO */
  addon_types?: (string | number)[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const addonPackSchema = z.looseObject({
  id: oText(),
  name: oText(),
  addon_types: oList(z.union([z.number(), z.string()])),
});
/** Schema of {@link AddonPack}: decodes the wire answer into it. */
export const AddonPack = named<AddonPack>()(addonPackSchema);

/** AddonPacks answer. */
export interface AddonPacksResult extends AgbisEnvelope {
  /** TODO */
  addon_packs?: AddonPack[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const addonPacksResultSchema = z.looseObject({ ...envelope, addon_packs: oList(AddonPack) });
/** Schema of {@link AddonPacksResult}: decodes the wire answer into it. */
export const AddonPacksResult = named<AddonPacksResult>()(addonPacksResultSchema);

/** A region (район). */
export interface Region {
  /** Id of the payment with bonuses. */
  id?: string;
  /** Client name. */
  name?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const regionSchema = z.looseObject({ id: oText(), name: oText() });
/** Schema of {@link Region}: decodes the wire answer into it. */
export const Region = named<Region>()(regionSchema);

/** Regions answer. */
export interface RegionsResult extends AgbisEnvelope {
  /** TODO */
  regions?: OrderListEntry[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const regionsResultSchema = z.looseObject({ ...envelope, regions: oList(Region) });
/** Schema of {@link RegionsResult}: decodes the wire answer into it. */
export const RegionsResult = named<RegionsResult>()(regionsResultSchema);

/** When an external discount scheme (ВДС) is active during a week. */
export interface VdsActiveTime {
  /** TODO */
  day_of_week?: number | null;
  /** Active. */
  is_active?: boolean | null;
  /** TODO */
  time_first?: string;
  /** TODO */
  time_last?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const vdsActiveTimeSchema = z.looseObject({
  day_of_week: oNum(),
  is_active: oFlag(),
  time_first: oText(),
  time_last: oText(),
});
/** Schema of {@link VdsActiveTime}: decodes the wire answer into it. */
export const VdsActiveTime = named<VdsActiveTime>()(vdsActiveTimeSchema);

/** A discount of an external discount scheme on a service group. */
export interface VdsGroupDiscount {
  /** Client group id (ContrTree). */
  folder_id?: string;
  /** TODO */
  parent?: string;
  /** The client's discount, in percent. */
  discount?: number | null;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const vdsGroupDiscountSchema = z.looseObject({ folder_id: oText(), parent: oText(), discount: oNum() });
/** Schema of {@link VdsGroupDiscount}: decodes the wire answer into it. */
export const VdsGroupDiscount = named<VdsGroupDiscount>()(vdsGroupDiscountSchema);

/** A discount or fixed price of an external discount scheme on one service. */
export interface VdsServiceDiscount {
  /** Service id from the price list (PriceList `id`). */
  tovar_id?: string;
  /** The client's discount, in percent. */
  discount?: number | null;
  /** TODO */
  price_before?: number | null;
  /** TODO */
  price_after?: number | null;
  /** TODO */
  fix_price?: boolean | null;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const vdsServiceDiscountSchema = z.looseObject({
  tovar_id: oText(),
  discount: oNum(),
  price_before: oNum(),
  price_after: oNum(),
  fix_price: oFlag(),
});
/** Schema of {@link VdsServiceDiscount}: decodes the wire answer into it. */
export const VdsServiceDiscount = named<VdsServiceDiscount>()(vdsServiceDiscountSchema);

/** A promo code of an external discount scheme. */
export interface VdsPromoCode {
  /** TODO */
  promo_code_id?: string;
  /** Article code (артикул). */
  code?: string;
  /** Price list id. */
  price_list_id?: string;
  /** Active. */
  is_active?: boolean | null;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const vdsPromoCodeSchema = z.looseObject({
  promo_code_id: oText(),
  code: oText(),
  price_list_id: oText(),
  is_active: oFlag(),
});
/** Schema of {@link VdsPromoCode}: decodes the wire answer into it. */
export const VdsPromoCode = named<VdsPromoCode>()(vdsPromoCodeSchema);

/** An external discount scheme (ВДС). */
export interface ExternalDiscountScheme {
  /** Id of the payment with bonuses. */
  id?: string;
  /** TODO */
  title?: string;
  /** TODO */
  type_of_scheme?: number | null;
  /** TODO */
  type_of_action?: number | null;
  /** Comment. */
  comment?: string;
  /** Active. */
  is_active?: boolean | null;
  /** TODO */
  action_time?: number | null;
  /** TODO */
  active_with?: string | null;
  /** TODO */
  active_to?: string | null;
  /** The client's discount, in percent. */
  discount?: number | null;
  /** TODO */
  bonus_summ?: number | null;
  /** TODO */
  active_times?: VdsActiveTime[];
  /** TODO */
  sclads?: (string | number)[];
  /** TODO */
  discounts_service_groups?: VdsGroupDiscount[];
  /** TODO */
  discounts_services?: VdsServiceDiscount[];
  /** TODO */
  promo_codes?: VdsPromoCode[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const externalDiscountSchemeSchema = z.looseObject({
  id: oText(),
  title: oText(),
  type_of_scheme: oNum(),
  type_of_action: oNum(),
  comment: oText(),
  is_active: oFlag(),
  action_time: oNum(),
  active_with: oDate(),
  active_to: oDate(),
  discount: oNum(),
  bonus_summ: oNum(),
  active_times: oList(VdsActiveTime),
  sclads: oList(z.union([z.string(), z.number()])),
  discounts_service_groups: oList(VdsGroupDiscount),
  discounts_services: oList(VdsServiceDiscount),
  promo_codes: oList(VdsPromoCode),
});
/** Schema of {@link ExternalDiscountScheme}: decodes the wire answer into it. */
export const ExternalDiscountScheme = named<ExternalDiscountScheme>()(externalDiscountSchemeSchema);

/** A discount scheme (ДС). */
export interface DiscountScheme {
  /** Id of the payment with bonuses. */
  id?: string;
  /** TODO */
  title?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const discountSchemeSchema = z.looseObject({ id: oText(), title: oText() });
/** Schema of {@link DiscountScheme}: decodes the wire answer into it. */
export const DiscountScheme = named<DiscountScheme>()(discountSchemeSchema);

/** GetListsVdsDsForAll answer: external discount schemes (`vds`) and discount schemes (`ds`). */
export interface VdsDsResult extends AgbisEnvelope {
  /** TODO */
  vds?: ExternalDiscountScheme[];
  /** TODO */
  ds?: DiscountScheme[];
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const vdsDsResultSchema = z.looseObject({
  ...envelope,
  vds: oList(ExternalDiscountScheme),
  ds: oList(DiscountScheme),
});
/** Schema of {@link VdsDsResult}: decodes the wire answer into it. */
export const VdsDsResult = named<VdsDsResult>()(vdsDsResultSchema);

/** An entry of GetListsOrderTNDForAll: a surcharge, children's clothing kind or urgency type. */
export interface OrderListEntry {
  /** Id of the payment with bonuses. */
  id?: string;
  /** Client name. */
  name?: string;
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const orderListEntrySchema = z.looseObject({ id: oText(), name: oText() });
/** Schema of {@link OrderListEntry}: decodes the wire answer into it. */
export const OrderListEntry = named<OrderListEntry>()(orderListEntrySchema);

/**
 * GetListsOrderTNDForAll answer: surcharges (`order_dirties`), children's clothing kinds
 * (`order_nurseries`) and urgency types (`order_times`). Live servers also spell them in capitals
 * (`ORDER_TIMES`); both spellings are accepted and the lower-case one is filled.
 */
export interface OrderTndResult extends AgbisEnvelope {
  /** TODO */
  order_dirties: OrderListEntry[];
  /** TODO */
  order_nurseries: OrderListEntry[];
  /** TODO */
  order_times: OrderListEntry[];
  /** TODO */
  ORDER_DIRTIES?: OrderListEntry[];
  /** TODO */
  ORDER_NURSERIES?: OrderListEntry[];
  /** TODO */
  ORDER_TIMES?: OrderListEntry[];
}
const orderTndResultSchema = z.pipe(
  z.looseObject({
    ...envelope,
    order_dirties: oList(OrderListEntry),
    order_nurseries: oList(OrderListEntry),
    order_times: oList(OrderListEntry),
    ORDER_DIRTIES: oList(OrderListEntry),
    ORDER_NURSERIES: oList(OrderListEntry),
    ORDER_TIMES: oList(OrderListEntry),
  }),
  z.transform((v) => ({
    ...v,
    order_dirties: v.order_dirties ?? v.ORDER_DIRTIES ?? [],
    order_nurseries: v.order_nurseries ?? v.ORDER_NURSERIES ?? [],
    order_times: v.order_times ?? v.ORDER_TIMES ?? [],
  })),
);
/** Schema of {@link OrderTndResult}: decodes the wire answer into it. */
export const OrderTndResult = named<OrderTndResult>()(orderTndResultSchema);
