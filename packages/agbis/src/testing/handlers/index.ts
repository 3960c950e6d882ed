import { type GroupHandlersOf, handlersByWire } from '@x/core/testing';
import { operationGroups } from '../../operations/index.js';
import { clientHandlers } from './clients.js';
import type { Handler } from './common.js';
import { deprecatedHandlers } from './deprecated.js';
import { orderHandlers } from './orders.js';
import { paymentHandlers } from './payments.js';
import { referenceHandlers } from './reference.js';
import { serviceHandlers } from './services.js';
import { sessionHandlers } from './session.js';
import { statisticsHandlers } from './statistics.js';
import { undocumentedHandlers } from './undocumented.js';

export { EmuError, type FileAnswer, type Handler, type HandlerContext } from './common.js';

/** The handlers grouped as `operationGroups` is: a command without a handler does not compile. */
export const handlers = {
  session: sessionHandlers,
  reference: referenceHandlers,
  clients: clientHandlers,
  orders: orderHandlers,
  services: serviceHandlers,
  payments: paymentHandlers,
  statistics: statisticsHandlers,
  deprecated: deprecatedHandlers,
} satisfies GroupHandlersOf<typeof operationGroups, Handler>;

/** Every handler by the command's wire name (what a request names), the undocumented ones included. */
export const handlersByCommand: ReadonlyMap<string, Handler> = new Map([
  ...handlersByWire(operationGroups, handlers),
  ...Object.entries(undocumentedHandlers),
]);
