import type { HandlersOf } from '@x/core/testing';
import type { feedOperations } from '../../operations/feed.js';
import { type Handler, json } from './common.js';

/** The change feed: one handler per entry of `feedOperations`, under the same key. */
export const feedHandlers = {
  requests: ({ emulator }) =>
    json(emulator.state.queue.slice(0, emulator.feedBatchSize).map((e) => ({ Guid: e.Guid, ...e.record }))),
  acknowledge: ({ q, emulator }) => {
    if (!q.guid) return json('noData', 404);
    const { change } = emulator.state.acknowledge(q.guid);
    const objectId = q.objectid;
    // objectId only replaces a temporary id; a record that already has its external id keeps it.
    if (change && objectId && change.entityId.startsWith('--')) {
      emulator.state.replaceId(change.kind, change.entityId, objectId, change.typeName);
    }
    // An unknown guid is a no-op: the document does not say otherwise, and it keeps the call idempotent.
    return json('success');
  },
  deletedItems: ({ emulator }) => json(emulator.state.deleted.slice(0, emulator.feedBatchSize)),
} satisfies HandlersOf<typeof feedOperations, Handler>;
