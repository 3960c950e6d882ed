import { type GroupHandlersOf, handlersByWire } from '@x/core/testing';
import { operationGroups } from '../../operations/index.js';
import { type Handler, type HandlerContext, json } from './common.js';
import { downloadHandlers } from './download.js';
import { feedHandlers } from './feed.js';
import { idsHandlers } from './ids.js';
import { registrationHandlers } from './registrations.js';

export { type Handler, type HandlerContext, json } from './common.js';

/** The handlers grouped as `operationGroups` is: an operation without a handler does not compile. */
export const handlers = {
  feed: feedHandlers,
  download: downloadHandlers,
  registrations: registrationHandlers,
  ids: idsHandlers,
} satisfies GroupHandlersOf<typeof operationGroups, Handler>;

const byWire = handlersByWire(operationGroups, handlers);

/** Answers one operation by its wire name; an unknown path is the platform's `notFound`. */
export function answerOperation(
  operation: string,
  q: Record<string, string>,
  emulator: HandlerContext['emulator'],
): Response {
  const handler = byWire.get(operation);
  return handler ? handler({ q, operation, emulator }) : json('notFound', 404);
}
