import type { Bonus, BonusPayment, ContrInfoResult } from './schemas/clients.js';
import type { OrderAddon, OrderPayment, OrderRecord, OrderService, TripResult } from './schemas/orders.js';
import type { OrderPay } from './schemas/payments.js';
import type { AddonType, PriceListItem } from './schemas/reference.js';
import type { DocInWay } from './schemas/services.js';
import type { ChangedClient } from './schemas/statistics.js';

/** An order as OrderInfoForAll, OrdersBetweenForAll and OrderByDateTimeForAll return it. */
export type Order = OrderRecord;
/** A service of an order (the vendor's `Srvices` items). */
export type OrderServiceRecord = OrderService;
/** An addon value of an order service. */
export type OrderAddonRecord = OrderAddon;
/** A payment inside an order record. */
export type OrderPaymentRecord = OrderPayment;
/** A client card (ContrInfoForAll). */
export type ClientCard = ContrInfoResult;
/** A changed client (ClientsByDateTimeForAll). */
export type ChangedClientRecord = ChangedClient;
/** A bonus accrual (BonusesBetweenForAll). */
export type BonusRecord = Bonus;
/** A payment with bonuses (BonusesBetweenForAll). */
export type BonusPaymentRecord = BonusPayment;
/** An order payment (OrderPaysBetweenForAll). */
export type OrderPayRecord = OrderPay;
/** A waybill in transit (DocsInWayBetweenForAll). */
export type DocInWayRecord = DocInWay;
/** A price-list line (PriceList). */
export type PriceListLine = PriceListItem;
/** An addon type (AddonTypes). */
export type AddonTypeRecord = AddonType;
/** A trip (Trip). */
export type TripRecord = TripResult;
