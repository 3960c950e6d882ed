import { NoParams } from '../schemas/common.js';
import {
  AddonPacksResult,
  AddonTypesResult,
  ContrTreeResult,
  OrderTndResult,
  PriceListParams,
  PriceListResult,
  PriceTreeParams,
  PriceTreeResult,
  RegionsResult,
  VdsDsResult,
} from '../schemas/reference.js';
import { command } from './define.js';

/** Reference data (справочная информация). */
export const referenceOperations = {
  /** `ContrTree`: client groups. */
  contrTree: command({
    wire: 'ContrTree',
    method: 'GET',
    session: false,
    idempotent: true,
    input: NoParams,
    output: ContrTreeResult,
    doc: 'Client groups (folder_id, parent_id, name).',
  }),
  /** `PriceList`: price-list lines; the retail list when `price_id` is omitted. */
  priceList: command({
    wire: 'PriceList',
    method: 'GET',
    session: false,
    idempotent: true,
    input: PriceListParams,
    output: PriceListResult,
    doc: 'Price-list lines; the retail list when price_id is omitted; tovar_type 1 goods, 2 services.',
  }),
  /** `PriceTree`: groups of a price list. */
  priceTree: command({
    wire: 'PriceTree',
    method: 'GET',
    session: false,
    idempotent: true,
    input: PriceTreeParams,
    output: PriceTreeResult,
    doc: 'Groups of one price list (id required).',
  }),
  /** `AddonTypes`: additional attributes (доп. реквизиты) and their value types. */
  addonTypes: command({
    wire: 'AddonTypes',
    method: 'GET',
    session: false,
    idempotent: true,
    input: NoParams,
    output: AddonTypesResult,
    doc: 'Additional attributes of order services, with value types and selectable strings.',
  }),
  /** `AddonPacks`: sets of additional attributes. */
  addonPacks: command({
    wire: 'AddonPacks',
    method: 'GET',
    session: false,
    idempotent: true,
    input: NoParams,
    output: AddonPacksResult,
    doc: 'Sets of additional attributes (ids from AddonTypes) a price-list line refers to.',
  }),
  /** `Regions`: regions (районы) for trips and clients. */
  regions: command({
    wire: 'Regions',
    method: 'GET',
    session: false,
    idempotent: true,
    input: NoParams,
    output: RegionsResult,
    doc: 'Regions (районы).',
  }),
  /** `GetListsVdsDsForAll`: active external discount schemes (ВДС) and discount schemes (ДС). */
  discountSchemes: command({
    wire: 'GetListsVdsDsForAll',
    method: 'GET',
    session: true,
    idempotent: true,
    input: NoParams,
    output: VdsDsResult,
    doc: 'Active external discount schemes (vds) and discount schemes (ds) available to every client.',
  }),
  /** `GetListsOrderTNDForAll`: urgency types, children's clothing kinds and surcharges. */
  orderLists: command({
    wire: 'GetListsOrderTNDForAll',
    method: 'GET',
    session: true,
    idempotent: true,
    input: NoParams,
    output: OrderTndResult,
    doc: "Urgency types (order_times), children's clothing kinds (order_nurseries) and surcharges (order_dirties).",
  }),
};
