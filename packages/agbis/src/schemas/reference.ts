import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import {
  type AgbisAnswer,
  type AgbisEnvelope,
  type VendorRecord,
  envelope,
  inId,
  inInt,
  oDate,
  oFlag,
  oList,
  oNum,
  oText,
} from './common.js';

/** A client group (ContrTree). */
export interface ContrFolder extends VendorRecord {
  /** Group id. */
  folder_id?: string;
  /** Parent group id. */
  parent_id?: string;
  /** Group name. */
  name?: string;
}
const contrFolderSchema = z.looseObject({ folder_id: oText(), parent_id: oText(), name: oText() });
/** Schema of {@link ContrFolder}: decodes the wire answer into it. */
export const ContrFolder = named<ContrFolder>()(contrFolderSchema);

/** ContrTree answer. */
export interface ContrTreeResult extends AgbisAnswer {
  /** Client groups. */
  list?: ContrFolder[];
}
const contrTreeResultSchema = z.looseObject({ ...envelope, list: oList(ContrFolder) });
/** Schema of {@link ContrTreeResult}: decodes the wire answer into it. */
export const ContrTreeResult = named<ContrTreeResult>()(contrTreeResultSchema);

/** PriceList input: `price_id` omitted → the retail list; `tovar_type` 0 all, 1 goods, 2 services. */
export interface PriceListParams {
  /** Price list id; left out: the retail price list. */
  price_id?: string | number;
  /** What to list: 0 all, 1 goods, 2 services. */
  tovar_type?: string | number;
}
const priceListParamsSchema = z.optional(
  z.object({ price_id: z.optional(inId()), tovar_type: z.optional(inInt()) }),
);
/** Schema of {@link PriceListParams}: validates it and converts it to what the wire carries. */
export const PriceListParams = named<z.output<typeof priceListParamsSchema>, PriceListParams | undefined>()(
  priceListParamsSchema,
);

/** One price-list line. */
export interface PriceListItem extends VendorRecord {
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
export interface PriceListResult extends AgbisAnswer {
  /** Price-list lines. */
  price_list?: PriceListItem[];
}
const priceListResultSchema = z.looseObject({ ...envelope, price_list: oList(PriceListItem) });
/** Schema of {@link PriceListResult}: decodes the wire answer into it. */
export const PriceListResult = named<PriceListResult>()(priceListResultSchema);

/** PriceTree input: the price list's id (required; without it the server answers 105). */
export interface PriceTreeParams {
  /** The price list's id (required; without it the server answers 105). */
  id: string | number;
}
const priceTreeParamsSchema = z.object({ id: inId() });
/** Schema of {@link PriceTreeParams}: validates it and converts it to what the wire carries. */
export const PriceTreeParams = named<z.output<typeof priceTreeParamsSchema>, PriceTreeParams>()(
  priceTreeParamsSchema,
);

/** One price-list group. */
export interface PriceGroup extends VendorRecord {
  /** Group id. */
  folder_id?: string;
  /** Parent group id. */
  parent?: string;
  /** Group name. */
  name?: string;
  /** Comment. */
  comm?: string;
  /** Sort position, as sent (not described by the document). */
  sort_index?: string;
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
export interface PriceTreeResult extends AgbisAnswer {
  /** Price-list groups. */
  price?: PriceGroup[];
}
const priceTreeResultSchema = z.looseObject({ ...envelope, price: oList(PriceGroup) });
/** Schema of {@link PriceTreeResult}: decodes the wire answer into it. */
export const PriceTreeResult = named<PriceTreeResult>()(priceTreeResultSchema);

/** A selectable string of an addon (value_type 1 and 7). */
export interface AddonStrValue extends VendorRecord {
  /** Id of the string. */
  id?: string;
  /** The string. */
  value_str?: string;
  /** Its numeric value (price, quantity or coefficient, by value_type). */
  value_flt?: number | null;
}
const addonStrValueSchema = z.looseObject({ id: oText(), value_str: oText(), value_flt: oNum() });
/** Schema of {@link AddonStrValue}: decodes the wire answer into it. */
export const AddonStrValue = named<AddonStrValue>()(addonStrValueSchema);

/** One addon type (доп. реквизит). `value_type`: 0 integer, 1 string, 2 boolean, 3 date, 5 float, 6 label, 7 string with price and quantity, 8 string with coefficient, 9 figure. */
export interface AddonType extends VendorRecord {
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
export interface AddonTypesResult extends AgbisAnswer {
  /** Addon types. */
  addon_types?: AddonType[];
}
const addonTypesResultSchema = z.looseObject({ ...envelope, addon_types: oList(AddonType) });
/** Schema of {@link AddonTypesResult}: decodes the wire answer into it. */
export const AddonTypesResult = named<AddonTypesResult>()(addonTypesResultSchema);

/** An addon pack: the addon types a price-list line asks for. */
export interface AddonPack extends VendorRecord {
  /** Pack id (PriceList `order_addon_pack_id`). */
  id?: string;
  /** Pack name. */
  name?: string;
  /** Ids of the addon types (AddonTypes `id`) in the pack, as sent. */
  addon_types?: (string | number)[];
}
const addonPackSchema = z.looseObject({
  id: oText(),
  name: oText(),
  addon_types: oList(z.union([z.number(), z.string()])),
});
/** Schema of {@link AddonPack}: decodes the wire answer into it. */
export const AddonPack = named<AddonPack>()(addonPackSchema);

/** AddonPacks answer. */
export interface AddonPacksResult extends AgbisAnswer {
  /** Addon packs. */
  addon_packs?: AddonPack[];
}
const addonPacksResultSchema = z.looseObject({ ...envelope, addon_packs: oList(AddonPack) });
/** Schema of {@link AddonPacksResult}: decodes the wire answer into it. */
export const AddonPacksResult = named<AddonPacksResult>()(addonPacksResultSchema);

/** A region (район). */
export interface Region extends VendorRecord {
  /** Region id. */
  id?: string;
  /** Region name. */
  name?: string;
}
const regionSchema = z.looseObject({ id: oText(), name: oText() });
/** Schema of {@link Region}: decodes the wire answer into it. */
export const Region = named<Region>()(regionSchema);

/** Regions answer. */
export interface RegionsResult extends AgbisAnswer {
  /** Regions. */
  regions?: Region[];
}
const regionsResultSchema = z.looseObject({ ...envelope, regions: oList(Region) });
/** Schema of {@link RegionsResult}: decodes the wire answer into it. */
export const RegionsResult = named<RegionsResult>()(regionsResultSchema);

/** When an external discount scheme (ВДС) is active during a week. */
export interface VdsActiveTime extends VendorRecord {
  /** Day of the week (1…7 as the vendor numbers them). */
  day_of_week?: number | null;
  /** Whether the scheme is active that day. */
  is_active?: boolean | null;
  /** Start time, `HH:MM:SS` (business local time). */
  time_first?: string;
  /** End time, `HH:MM:SS` (business local time). */
  time_last?: string;
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
export interface VdsGroupDiscount extends VendorRecord {
  /** Service group id (PriceTree). */
  folder_id?: string;
  /** Parent group id. */
  parent?: string;
  /** Discount on the group, in percent. */
  discount?: number | null;
}
const vdsGroupDiscountSchema = z.looseObject({ folder_id: oText(), parent: oText(), discount: oNum() });
/** Schema of {@link VdsGroupDiscount}: decodes the wire answer into it. */
export const VdsGroupDiscount = named<VdsGroupDiscount>()(vdsGroupDiscountSchema);

/** A discount or fixed price of an external discount scheme on one service. */
export interface VdsServiceDiscount extends VendorRecord {
  /** Service id (PriceList `id`). */
  tovar_id?: string;
  /** Discount on the service, in percent. */
  discount?: number | null;
  /** Price before the discount. */
  price_before?: number | null;
  /** Price after the discount. */
  price_after?: number | null;
  /** Whether the price is fixed. */
  fix_price?: boolean | null;
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
export interface VdsPromoCode extends VendorRecord {
  /** Promo code id. */
  promo_code_id?: string;
  /** The promo code. */
  code?: string;
  /** Price list id. */
  price_list_id?: string;
  /** Whether the code is active. */
  is_active?: boolean | null;
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
export interface ExternalDiscountScheme extends VendorRecord {
  /** Scheme (ВДС) id; `vds_id` of an order. */
  id?: string;
  /** Scheme name. */
  title?: string;
  /** Scheme type: 0 discount, 1 bonus accrual. */
  type_of_scheme?: number | null;
  /** Trigger: 0 barcode prefix in the order, 1 barcode in the order, 2 deposit top-up. */
  type_of_action?: number | null;
  /** Comment. */
  comment?: string;
  /** Whether the scheme is active. */
  is_active?: boolean | null;
  /** Validity: 0 always, 1 once a month, 2 once, 3 in a period (`active_with`…`active_to`). */
  action_time?: number | null;
  /** Start of the period (when `action_time` is 3). */
  active_with?: string | null;
  /** End of the period (when `action_time` is 3). */
  active_to?: string | null;
  /** Discount, in percent. */
  discount?: number | null;
  /** Bonus amount. */
  bonus_summ?: number | null;
  /** Days and hours the scheme is active. */
  active_times?: VdsActiveTime[];
  /** Points (склады) the scheme applies at, as sent. */
  sclads?: (string | number)[];
  /** Discounts on service groups. */
  discounts_service_groups?: VdsGroupDiscount[];
  /** Discounts and fixed prices on single services. */
  discounts_services?: VdsServiceDiscount[];
  /** Promo codes of the scheme. */
  promo_codes?: VdsPromoCode[];
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
export interface DiscountScheme extends VendorRecord {
  /** Scheme (ДС) id; `scheme_id` of a client. */
  id?: string;
  /** Scheme name. */
  title?: string;
}
const discountSchemeSchema = z.looseObject({ id: oText(), title: oText() });
/** Schema of {@link DiscountScheme}: decodes the wire answer into it. */
export const DiscountScheme = named<DiscountScheme>()(discountSchemeSchema);

/** GetListsVdsDsForAll answer: external discount schemes (`vds`) and discount schemes (`ds`). */
export interface VdsDsResult extends AgbisAnswer {
  /** External discount schemes (ВДС). */
  vds?: ExternalDiscountScheme[];
  /** Discount schemes (ДС). */
  ds?: DiscountScheme[];
}
const vdsDsResultSchema = z.looseObject({
  ...envelope,
  vds: oList(ExternalDiscountScheme),
  ds: oList(DiscountScheme),
});
/** Schema of {@link VdsDsResult}: decodes the wire answer into it. */
export const VdsDsResult = named<VdsDsResult>()(vdsDsResultSchema);

/** An entry of GetListsOrderTNDForAll: a surcharge, children's clothing kind or urgency type. */
export interface OrderListEntry extends VendorRecord {
  /** Id (`dirty_id`, `nursery_id` or `fast_exec` in an order). */
  id?: string;
  /** Name. */
  name?: string;
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
  /** Surcharges (наценки за загрязнение); filled from `ORDER_DIRTIES` when only that was sent. */
  order_dirties: OrderListEntry[];
  /** Children's clothing kinds (детские скидки); filled from `ORDER_NURSERIES` when only that was sent. */
  order_nurseries: OrderListEntry[];
  /** Urgency types (срочность); filled from `ORDER_TIMES` when only that was sent. */
  order_times: OrderListEntry[];
  /** The capitalised spelling some servers send, as sent. */
  ORDER_DIRTIES?: OrderListEntry[];
  /** The capitalised spelling some servers send, as sent. */
  ORDER_NURSERIES?: OrderListEntry[];
  /** The capitalised spelling some servers send, as sent. */
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
