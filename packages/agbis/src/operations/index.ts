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
  session: typeof sessionOperations;
  reference: typeof referenceOperations;
  clients: typeof clientOperations;
  orders: typeof orderOperations;
  services: typeof serviceOperations;
  payments: typeof paymentOperations;
  statistics: typeof statisticsOperations;
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
  Login: typeof sessionOperations.login;
  ValidSessionID: typeof sessionOperations.validSessionId;
  RefreshSession: typeof sessionOperations.refreshSession;
  Logout: typeof sessionOperations.logout;
  ExecutedApiCount: typeof sessionOperations.executedApiCount;
  ContrTree: typeof referenceOperations.contrTree;
  PriceList: typeof referenceOperations.priceList;
  PriceTree: typeof referenceOperations.priceTree;
  AddonTypes: typeof referenceOperations.addonTypes;
  AddonPacks: typeof referenceOperations.addonPacks;
  Regions: typeof referenceOperations.regions;
  GetListsVdsDsForAll: typeof referenceOperations.discountSchemes;
  GetListsOrderTNDForAll: typeof referenceOperations.orderLists;
  ContragForAll: typeof clientOperations.save;
  ContrInfoForAll: typeof clientOperations.info;
  ContragInfoForAll: typeof clientOperations.findByPhone;
  AddBonusForAll: typeof clientOperations.addBonus;
  BonusesBetweenForAll: typeof clientOperations.bonusesBetween;
  SaveOrderForAll: typeof orderOperations.save;
  UpdateOrderForAll: typeof orderOperations.update;
  ChangeStatusOrdersForAll: typeof orderOperations.changeStatus;
  TripOrder: typeof orderOperations.createTrip;
  Trip: typeof orderOperations.trip;
  OrderInfoForAll: typeof orderOperations.info;
  Receipt: typeof orderOperations.receipt;
  ReceiptOnline: typeof orderOperations.receiptOnline;
  OrdersBetweenForAll: typeof orderOperations.between;
  SetOrderImagesForAll: typeof serviceOperations.setImages;
  DocsInWayBetweenForAll: typeof serviceOperations.docsInWayBetween;
  PayForAll: typeof paymentOperations.pay;
  ReturnPayForAll: typeof paymentOperations.refund;
  OrderPaysBetweenForAll: typeof paymentOperations.between;
  OrderByDateTimeForAll: typeof statisticsOperations.ordersChanged;
  ClientsByDateTimeForAll: typeof statisticsOperations.clientsChanged;
  LastChangeOrder: typeof statisticsOperations.lastChangeOrder;
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
