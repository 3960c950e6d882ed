import { clientOperations } from './clients.js';
import { deprecatedOperations } from './deprecated.js';
import type { AgbisOperation } from './define.js';
import { orderOperations } from './orders.js';
import { paymentOperations } from './payments.js';
import { referenceOperations } from './reference.js';
import { serviceOperations } from './services.js';
import { sessionOperations } from './session.js';
import { statisticsOperations } from './statistics.js';

export { command, type AgbisOperation } from './define.js';
export {
  clientOperations,
  deprecatedOperations,
  orderOperations,
  paymentOperations,
  referenceOperations,
  serviceOperations,
  sessionOperations,
  statisticsOperations,
};

/** Every documented command, grouped as the document's sections are. */
export const operationGroups: {
  /** Session commands: the operations of `client.session`. */
  session: typeof sessionOperations;
  /** Reference data (справочная информация): the operations of `client.reference`. */
  reference: typeof referenceOperations;
  /** Clients (работа с клиентами): the operations of `client.clients`. */
  clients: typeof clientOperations;
  /** Orders (работа с заказами): the operations of `client.orders`. */
  orders: typeof orderOperations;
  /** Services (работа с услугами): the operations of `client.services`. */
  services: typeof serviceOperations;
  /** Payments (оплаты заказов): the operations of `client.payments`. */
  payments: typeof paymentOperations;
  /** Statistics (статистическая информация): the operations of `client.statistics`. */
  statistics: typeof statisticsOperations;
  /** Obsolete commands (устаревшие команды): the operations of `client.deprecated`. */
  deprecated: typeof deprecatedOperations;
} = {
  session: sessionOperations,
  reference: referenceOperations,
  clients: clientOperations,
  orders: orderOperations,
  services: serviceOperations,
  payments: paymentOperations,
  statistics: statisticsOperations,
  deprecated: deprecatedOperations,
};

/** The type of {@link commands}, spelled out so declarations stay small. */
export type Commands = {
  /** `Login`, the command behind `client.session.login`. */
  Login: typeof sessionOperations.login;
  /** `ValidSessionID`, the command behind `client.session.validSessionId`. */
  ValidSessionID: typeof sessionOperations.validSessionId;
  /** `RefreshSession`, the command behind `client.session.refreshSession`. */
  RefreshSession: typeof sessionOperations.refreshSession;
  /** `Logout`, the command behind `client.session.logout`. */
  Logout: typeof sessionOperations.logout;
  /** `ExecutedApiCount`, the command behind `client.session.executedApiCount`. */
  ExecutedApiCount: typeof sessionOperations.executedApiCount;
  /** `ContrTree`, the command behind `client.reference.contrTree`. */
  ContrTree: typeof referenceOperations.contrTree;
  /** `PriceList`, the command behind `client.reference.priceList`. */
  PriceList: typeof referenceOperations.priceList;
  /** `PriceTree`, the command behind `client.reference.priceTree`. */
  PriceTree: typeof referenceOperations.priceTree;
  /** `AddonTypes`, the command behind `client.reference.addonTypes`. */
  AddonTypes: typeof referenceOperations.addonTypes;
  /** `AddonPacks`, the command behind `client.reference.addonPacks`. */
  AddonPacks: typeof referenceOperations.addonPacks;
  /** `Regions`, the command behind `client.reference.regions`. */
  Regions: typeof referenceOperations.regions;
  /** `GetListsVdsDsForAll`, the command behind `client.reference.discountSchemes`. */
  GetListsVdsDsForAll: typeof referenceOperations.discountSchemes;
  /** `GetListsOrderTNDForAll`, the command behind `client.reference.orderLists`. */
  GetListsOrderTNDForAll: typeof referenceOperations.orderLists;
  /** `ContragForAll`, the command behind `client.clients.save`. */
  ContragForAll: typeof clientOperations.save;
  /** `ContrInfoForAll`, the command behind `client.clients.info`. */
  ContrInfoForAll: typeof clientOperations.info;
  /** `ContragInfoForAll`, the command behind `client.clients.findByPhone`. */
  ContragInfoForAll: typeof clientOperations.findByPhone;
  /** `AddBonusForAll`, the command behind `client.clients.addBonus`. */
  AddBonusForAll: typeof clientOperations.addBonus;
  /** `BonusesBetweenForAll`, the command behind `client.clients.bonusesBetween`. */
  BonusesBetweenForAll: typeof clientOperations.bonusesBetween;
  /** `SaveOrderForAll`, the command behind `client.orders.save`. */
  SaveOrderForAll: typeof orderOperations.save;
  /** `UpdateOrderForAll`, the command behind `client.orders.update`. */
  UpdateOrderForAll: typeof orderOperations.update;
  /** `ChangeStatusOrdersForAll`, the command behind `client.orders.changeStatus`. */
  ChangeStatusOrdersForAll: typeof orderOperations.changeStatus;
  /** `TripOrder`, the command behind `client.orders.createTrip`. */
  TripOrder: typeof orderOperations.createTrip;
  /** `Trip`, the command behind `client.orders.trip`. */
  Trip: typeof orderOperations.trip;
  /** `OrderInfoForAll`, the command behind `client.orders.info`. */
  OrderInfoForAll: typeof orderOperations.info;
  /** `Receipt`, the command behind `client.orders.receipt`. */
  Receipt: typeof orderOperations.receipt;
  /** `ReceiptOnline`, the command behind `client.orders.receiptOnline`. */
  ReceiptOnline: typeof orderOperations.receiptOnline;
  /** `OrdersBetweenForAll`, the command behind `client.orders.between`. */
  OrdersBetweenForAll: typeof orderOperations.between;
  /** `SetOrderImagesForAll`, the command behind `client.services.setImages`. */
  SetOrderImagesForAll: typeof serviceOperations.setImages;
  /** `DocsInWayBetweenForAll`, the command behind `client.services.docsInWayBetween`. */
  DocsInWayBetweenForAll: typeof serviceOperations.docsInWayBetween;
  /** `PayForAll`, the command behind `client.payments.pay`. */
  PayForAll: typeof paymentOperations.pay;
  /** `ReturnPayForAll`, the command behind `client.payments.refund`. */
  ReturnPayForAll: typeof paymentOperations.refund;
  /** `OrderPaysBetweenForAll`, the command behind `client.payments.between`. */
  OrderPaysBetweenForAll: typeof paymentOperations.between;
  /** `OrderByDateTimeForAll`, the command behind `client.statistics.ordersChanged`. */
  OrderByDateTimeForAll: typeof statisticsOperations.ordersChanged;
  /** `ClientsByDateTimeForAll`, the command behind `client.statistics.clientsChanged`. */
  ClientsByDateTimeForAll: typeof statisticsOperations.clientsChanged;
  /** `LastChangeOrder`, the command behind `client.statistics.lastChangeOrder`. */
  LastChangeOrder: typeof statisticsOperations.lastChangeOrder;
  /** `GetOrderImagesForAll`, the command behind `client.deprecated.getOrderImages`. */
  GetOrderImagesForAll: typeof deprecatedOperations.getOrderImages;
};

/**
 * Every documented command by its wire name (36 in the document): what `client.call` types and
 * the emulator routes on.
 */
export const commands: Commands = {
  Login: sessionOperations.login,
  ValidSessionID: sessionOperations.validSessionId,
  RefreshSession: sessionOperations.refreshSession,
  Logout: sessionOperations.logout,
  ExecutedApiCount: sessionOperations.executedApiCount,
  ContrTree: referenceOperations.contrTree,
  PriceList: referenceOperations.priceList,
  PriceTree: referenceOperations.priceTree,
  AddonTypes: referenceOperations.addonTypes,
  AddonPacks: referenceOperations.addonPacks,
  Regions: referenceOperations.regions,
  GetListsVdsDsForAll: referenceOperations.discountSchemes,
  GetListsOrderTNDForAll: referenceOperations.orderLists,
  ContragForAll: clientOperations.save,
  ContrInfoForAll: clientOperations.info,
  ContragInfoForAll: clientOperations.findByPhone,
  AddBonusForAll: clientOperations.addBonus,
  BonusesBetweenForAll: clientOperations.bonusesBetween,
  SaveOrderForAll: orderOperations.save,
  UpdateOrderForAll: orderOperations.update,
  ChangeStatusOrdersForAll: orderOperations.changeStatus,
  TripOrder: orderOperations.createTrip,
  Trip: orderOperations.trip,
  OrderInfoForAll: orderOperations.info,
  Receipt: orderOperations.receipt,
  ReceiptOnline: orderOperations.receiptOnline,
  OrdersBetweenForAll: orderOperations.between,
  SetOrderImagesForAll: serviceOperations.setImages,
  DocsInWayBetweenForAll: serviceOperations.docsInWayBetween,
  PayForAll: paymentOperations.pay,
  ReturnPayForAll: paymentOperations.refund,
  OrderPaysBetweenForAll: paymentOperations.between,
  OrderByDateTimeForAll: statisticsOperations.ordersChanged,
  ClientsByDateTimeForAll: statisticsOperations.clientsChanged,
  LastChangeOrder: statisticsOperations.lastChangeOrder,
  GetOrderImagesForAll: deprecatedOperations.getOrderImages,
};

/** Wire name of a documented command. */
export type CommandName = keyof Commands;

/** Wire names the document mentions without describing; reachable through `client.call`. */
export type UndocumentedCommand = 'OrderImagesModern' | 'PhotoOnline' | 'Trips';

/** Looks a documented command up by its wire name. */
export function operationOf(wire: string): AgbisOperation | undefined {
  return Object.hasOwn(commands, wire) ? (commands[wire as CommandName] as AgbisOperation) : undefined;
}
