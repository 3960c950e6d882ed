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
