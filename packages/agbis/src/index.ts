/**
 * Typed client of the Агбис.Химчистка (AGBIS) commercial API: every documented command as a typed
 * method, sessions that renew themselves, the vendor's encodings absorbed, and helpers for date
 * ranges, the change feed, receipts, photos and orders.
 * @packageDocumentation
 */
export {
  type AddBonusOnceInput,
  type MoneyEvidence,
  type MoneySettlement,
  type PayOnceInput,
  type RefundOnceInput,
  addBonusOnce,
  payOnce,
  refundOnce,
} from './helpers/settle.js';
export { AgbisClient, type AgbisClientOptions, type RawCallOptions } from './client.js';
export {
  type BonusEvent,
  type DayRange,
  Streams,
  type TimeRange,
} from './helpers/streams.js';
export {
  Feeds,
  type LastChangeOrderFeedOptions,
  type LastChangeOrderFeedResult,
  type OrderChangeRecord,
} from './helpers/feeds.js';
export {
  type AddonEntry,
  OrderBuilder,
  type SaveOrderInput,
  type ServiceLine,
  type ServiceRef,
  addon,
  addonValue,
} from './helpers/order-builder.js';
export {
  type AgbisOperation,
  type CommandName,
  type Commands,
  type UndocumentedCommand,
  clientOperations,
  commands,
  deprecatedOperations,
  operationGroups,
  operationOf,
  orderOperations,
  paymentOperations,
  referenceOperations,
  serviceOperations,
  sessionOperations,
  statisticsOperations,
} from './operations/index.js';
export type {
  AgbisMeta,
  BinaryAnswer,
  PostValueEncoding,
  WireMethod,
} from './wire.js';
export { sha1Hex } from './sha1.js';
export type {
  AddBonusParams,
  Bonus,
  BonusesBetweenParams,
  BonusesBetweenResult,
  BonusPayment,
  ContragInfoParams,
  ContragInfoResult,
  ContragParams,
  ContragResult,
  ContrInfoParams,
  ContrInfoResult,
} from './schemas/clients.js';
export type {
  AgbisEnvelope,
  NoParams,
  OkResult,
} from './schemas/common.js';
export type {
  AddonValueInput,
  ChangeStatusParams,
  DateRangeParams,
  OrderAddon,
  OrderGoods,
  OrderInfoParams,
  OrderInfoResult,
  OrderListResult,
  OrderPayment,
  OrderRecord,
  OrdersBetweenParams,
  OrderService,
  OrderStatusChange,
  ReceiptFile,
  ReceiptParams,
  ReceiptResult,
  SaveOrderHeader,
  SaveOrderParams,
  SaveOrderResult,
  ServiceInput,
  TripMessage,
  TripOrderParams,
  TripOrderRef,
  TripOrderResult,
  TripParams,
  TripResult,
  UpdateOrderHeader,
  UpdateOrderParams,
} from './schemas/orders.js';
export type {
  OrderPay,
  OrderPaysResult,
  PayParams,
  ReturnPayParams,
} from './schemas/payments.js';
export type {
  AddonPack,
  AddonPacksResult,
  AddonStrValue,
  AddonType,
  AddonTypesResult,
  ContrFolder,
  ContrTreeResult,
  DiscountScheme,
  ExternalDiscountScheme,
  OrderListEntry,
  OrderTndResult,
  PriceGroup,
  PriceListItem,
  PriceListParams,
  PriceListResult,
  PriceTreeParams,
  PriceTreeResult,
  Region,
  RegionsResult,
  VdsActiveTime,
  VdsDsResult,
  VdsGroupDiscount,
  VdsPromoCode,
  VdsServiceDiscount,
} from './schemas/reference.js';
export type {
  DocInWay,
  DocInWayService,
  DocsInWayResult,
  OrderImage,
  OrderImagesParams,
  OrderImagesResult,
  SetOrderImagesParams,
} from './schemas/services.js';
export type {
  ApiCountDay,
  ExecutedApiCountResult,
  LoginParams,
  LoginResult,
  RefreshSessionParams,
  RefreshSessionResult,
  ValidSessionResult,
} from './schemas/session.js';
export type {
  ChangedClient,
  ChangedClientsResult,
  DateTimeRangeParams,
  LastChangeOrderResult,
  OrderChange,
} from './schemas/statistics.js';
export type {
  AddonTypeRecord,
  BonusPaymentRecord,
  BonusRecord,
  ChangedClientRecord,
  ClientCard,
  DocInWayRecord,
  Order,
  OrderAddonRecord,
  OrderPayRecord,
  OrderPaymentRecord,
  OrderServiceRecord,
  PriceListLine,
  TripRecord,
} from './types.js';
