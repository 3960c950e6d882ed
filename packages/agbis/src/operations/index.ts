import { clientOperations } from './clients.js';
import { deprecatedOperations } from './deprecated.js';
import type { AgbisOperation } from './define.js';
import { orderOperations } from './orders.js';
import { paymentOperations } from './payments.js';
import { referenceOperations } from './reference.js';
import { serviceOperations } from './services.js';
import { sessionOperations } from './session.js';
import { statisticsOperations } from './statistics.js';

export type { AgbisOperation } from './define.js';
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

type Groups = typeof operationGroups;
/** Every table entry of every group, as a union. */
type AnyCommand = { [G in keyof Groups]: Groups[G][keyof Groups[G]] }[keyof Groups];

/**
 * Every documented command by its wire name, inferred from the tables: `Commands['PayForAll']` is
 * the entry behind `client.payments.pay`. A new table entry appears here with nothing else to edit.
 */
export type Commands = { [Op in AnyCommand as Op['wire']]: Op };

/**
 * Every documented command by its wire name (36 in the document): what `client.call` types and
 * the emulator routes on. Built from {@link operationGroups}.
 */
export const commands: Commands = Object.fromEntries(
  Object.values(operationGroups).flatMap((table) => Object.values(table).map((op) => [op.wire, op])),
) as Commands;

/** Wire name of a documented command. */
export type CommandName = keyof Commands;

/** Wire names the document mentions without describing; reachable through `client.call`. */
export type UndocumentedCommand = 'OrderImagesModern' | 'PhotoOnline' | 'Trips';

/** Looks a documented command up by its wire name. */
export function operationOf(wire: string): AgbisOperation | undefined {
  return Object.hasOwn(commands, wire) ? (commands[wire as CommandName] as AgbisOperation) : undefined;
}
