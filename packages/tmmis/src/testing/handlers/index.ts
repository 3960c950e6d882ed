import { type GroupHandlersOf, handlersByWire as byWire } from '@x/core/testing';
import { operationGroups } from '../../operations/index.js';
import { cashDeskHandlers } from './cash-desks.js';
import type { Handler } from './common.js';
import { invoiceHandlers } from './invoices.js';

export type { Handler, HandlerContext } from './common.js';

/** The handlers grouped as `operationGroups` is: an operation without a handler does not compile. */
export const handlers = {
  invoices: invoiceHandlers,
  cashDesks: cashDeskHandlers,
} satisfies GroupHandlersOf<typeof operationGroups, Handler>;

/** Every handler by the operation's wire name (what the emulator routes on). */
export const handlersByWire: ReadonlyMap<string, Handler> = byWire(operationGroups, handlers);
