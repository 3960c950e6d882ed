import * as z from 'zod/mini';
import { envelope, inId, inInt, oDate, oFlag, oList, oNum, oText } from './common.js';

/** A client group (ContrTree). */
export const ContrFolder = z.looseObject({ folder_id: oText(), parent_id: oText(), name: oText() });
/** ContrTree answer. */
export const ContrTreeResult = z.looseObject({ ...envelope, list: oList(ContrFolder) });

/** PriceList input: `price_id` omitted → the retail list; `tovar_type` 0 all, 1 goods, 2 services. */
export const PriceListParams = z.optional(
  z.object({ price_id: z.optional(inId()), tovar_type: z.optional(inInt()) }),
);
/** One price-list line. */
export const PriceListItem = z.looseObject({
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
/** PriceList answer. */
export const PriceListResult = z.looseObject({ ...envelope, price_list: oList(PriceListItem) });

/** PriceTree input: the price list's id (required; without it the server answers 105). */
export const PriceTreeParams = z.object({ id: inId() });
/** One price-list group. */
export const PriceGroup = z.looseObject({
  folder_id: oText(),
  parent: oText(),
  name: oText(),
  comm: oText(),
  sort_index: oText(),
});
/** PriceTree answer. */
export const PriceTreeResult = z.looseObject({ ...envelope, price: oList(PriceGroup) });

/** A selectable string of an addon (value_type 1 and 7). */
export const AddonStrValue = z.looseObject({ id: oText(), value_str: oText(), value_flt: oNum() });
/** One addon type (доп. реквизит). `value_type`: 0 integer, 1 string, 2 boolean, 3 date, 5 float, 6 label, 7 string with price and quantity, 8 string with coefficient, 9 figure. */
export const AddonType = z.looseObject({
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
/** AddonTypes answer. */
export const AddonTypesResult = z.looseObject({ ...envelope, addon_types: oList(AddonType) });

/** An addon pack: the addon types a price-list line asks for. */
export const AddonPack = z.looseObject({
  id: oText(),
  name: oText(),
  addon_types: oList(z.union([z.number(), z.string()])),
});
/** AddonPacks answer. */
export const AddonPacksResult = z.looseObject({ ...envelope, addon_packs: oList(AddonPack) });

/** A region (район). */
export const Region = z.looseObject({ id: oText(), name: oText() });
/** Regions answer. */
export const RegionsResult = z.looseObject({ ...envelope, regions: oList(Region) });

/** An external discount scheme (ВДС). */
export const ExternalDiscountScheme = z.looseObject({
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
  active_times: oList(
    z.looseObject({ day_of_week: oNum(), is_active: oFlag(), time_first: oText(), time_last: oText() }),
  ),
  sclads: oList(z.union([z.string(), z.number()])),
  discounts_service_groups: oList(z.looseObject({ folder_id: oText(), parent: oText(), discount: oNum() })),
  discounts_services: oList(
    z.looseObject({
      tovar_id: oText(),
      discount: oNum(),
      price_before: oNum(),
      price_after: oNum(),
      fix_price: oFlag(),
    }),
  ),
  promo_codes: oList(
    z.looseObject({ promo_code_id: oText(), code: oText(), price_list_id: oText(), is_active: oFlag() }),
  ),
});
/** GetListsVdsDsForAll answer: external discount schemes (`vds`) and discount schemes (`ds`). */
export const VdsDsResult = z.looseObject({
  ...envelope,
  vds: oList(ExternalDiscountScheme),
  ds: oList(z.looseObject({ id: oText(), title: oText() })),
});

const NamedItem = z.looseObject({ id: oText(), name: oText() });
/**
 * GetListsOrderTNDForAll answer: surcharges (`order_dirties`), children's clothing kinds
 * (`order_nurseries`) and urgency types (`order_times`). Live servers also spell them in capitals
 * (`ORDER_TIMES`); both spellings are accepted and the lower-case one is filled.
 */
export const OrderTndResult = z.pipe(
  z.looseObject({
    ...envelope,
    order_dirties: oList(NamedItem),
    order_nurseries: oList(NamedItem),
    order_times: oList(NamedItem),
    ORDER_DIRTIES: oList(NamedItem),
    ORDER_NURSERIES: oList(NamedItem),
    ORDER_TIMES: oList(NamedItem),
  }),
  z.transform((v) => ({
    ...v,
    order_dirties: v.order_dirties ?? v.ORDER_DIRTIES ?? [],
    order_nurseries: v.order_nurseries ?? v.ORDER_NURSERIES ?? [],
    order_times: v.order_times ?? v.ORDER_TIMES ?? [],
  })),
);
