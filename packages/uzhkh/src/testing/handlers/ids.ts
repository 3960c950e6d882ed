import type { HandlersOf } from '@x/core/testing';
import type { idsOperations } from '../../operations/ids.js';
import { SET_ID_TYPES } from '../../schemas/enums.js';
import type { EntityKind } from '../entities.js';
import { type Handler, json } from './common.js';

/** SetId types → stored kind (documents share one collection, told apart by TypeName). */
const SET_ID_KIND: Record<string, EntityKind> = {
  counter: 'counter',
  resident: 'resident',
  payment: 'payment',
  account: 'account',
  request: 'request',
  object: 'object',
  article: 'doc',
  news: 'doc',
  notice: 'doc',
};

/** External ids: one handler per entry of `idsOperations`, under the same key. */
export const idsHandlers = {
  setId: ({ q, emulator }) => {
    if (!q.uzhkid || !q.externalid || !q.type) return json('noData', 404);
    const type = q.type.toLowerCase();
    if (!(SET_ID_TYPES as readonly string[]).includes(type)) return json('unknownType', 404);
    const kind = SET_ID_KIND[type]!;
    const result = emulator.state.replaceId(kind, q.uzhkid, q.externalid, kind === 'doc' ? type : undefined);
    return result === 'replaced' ? json('success') : json('notFound', 404);
  },
} satisfies HandlersOf<typeof idsOperations, Handler>;
