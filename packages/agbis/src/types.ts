import type * as z from 'zod/mini';
import type { Bonus, BonusPayment, ContrInfoResult } from './schemas/clients.js';
import type { OrderAddon, OrderPayment, OrderRecord, OrderService, TripResult } from './schemas/orders.js';
import type { OrderPay } from './schemas/payments.js';
import type { AddonType, PriceListItem } from './schemas/reference.js';
import type { DocInWay } from './schemas/services.js';
import type { ChangedClient } from './schemas/statistics.js';

/** An order as OrderInfoForAll, OrdersBetweenForAll and OrderByDateTimeForAll return it. */
export type Order = z.output<typeof OrderRecord>;
/** A service of an order (the vendor's `Srvices` items). */
export type OrderServiceRecord = z.output<typeof OrderService>;
/** An addon value of an order service. */
export type OrderAddonRecord = z.output<typeof OrderAddon>;
/** A payment inside an order record. */
export type OrderPaymentRecord = z.output<typeof OrderPayment>;
/** A client card (ContrInfoForAll). */
export type ClientCard = z.output<typeof ContrInfoResult>;
/** A changed client (ClientsByDateTimeForAll). */
export type ChangedClientRecord = z.output<typeof ChangedClient>;
/** A bonus accrual (BonusesBetweenForAll). */
export type BonusRecord = z.output<typeof Bonus>;
/** A payment with bonuses (BonusesBetweenForAll). */
export type BonusPaymentRecord = z.output<typeof BonusPayment>;
/** An order payment (OrderPaysBetweenForAll). */
export type OrderPayRecord = z.output<typeof OrderPay>;
/** A waybill in transit (DocsInWayBetweenForAll). */
export type DocInWayRecord = z.output<typeof DocInWay>;
/** A price-list line (PriceList). */
export type PriceListLine = z.output<typeof PriceListItem>;
/** An addon type (AddonTypes). */
export type AddonTypeRecord = z.output<typeof AddonType>;
/** A trip (Trip). */
export type TripRecord = z.output<typeof TripResult>;
