/**
 * Typed client of the Агбис.Химчистка (AGBIS) commercial API: every documented command as a typed
 * method, sessions that renew themselves, the vendor's encodings absorbed, and helpers for date
 * ranges, the change feed, receipts, photos and orders.
 * @packageDocumentation
 */
export * from './helpers/settle.js';
export { AgbisClient, type AgbisClientOptions, type RawCallOptions } from './client.js';
export * from './helpers/streams.js';
export * from './helpers/feeds.js';
export * from './helpers/order-builder.js';
export * from './operations/index.js';
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
  AgbisAnswer,
  AgbisEnvelope,
  NoParams,
  OkResult,
  VendorRecord,
} from './schemas/common.js';
export type {
  AddonValueInput,
  ChangeStatusParams,
  DateRangeParams,
  OrderAddon,
  OrderGoods,
  OrderHeaderInput,
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
export type * from './schemas/payments.js';
export type * from './schemas/reference.js';
export type * from './schemas/services.js';
export type * from './schemas/session.js';
export type * from './schemas/statistics.js';
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
