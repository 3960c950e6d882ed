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
export const operationGroups = {
  session: sessionOperations,
  reference: referenceOperations,
  clients: clientOperations,
  orders: orderOperations,
  services: serviceOperations,
  payments: paymentOperations,
  statistics: statisticsOperations,
  deprecated: deprecatedOperations,
} as const;

/**
 * Every documented command by its wire name: what `client.call` types and the emulator routes on.
 * 36 commands.
 */
export const commands = {
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
} as const;

/** Wire name of a documented command. */
export type CommandName = keyof typeof commands;

/** Wire names the document mentions without describing; reachable through `client.call`. */
export type UndocumentedCommand = 'OrderImagesModern' | 'PhotoOnline' | 'Trips';

/** Looks a documented command up by its wire name. */
export function operationOf(wire: string): AgbisOperation | undefined {
  return Object.hasOwn(commands, wire) ? (commands[wire as CommandName] as AgbisOperation) : undefined;
}
