import { defineOperation } from '@x/core';
import * as z from 'zod/mini';
import { ChangeRecord } from '../schemas/change-record.js';
import { DeletedItem } from '../schemas/deleted-item.js';
import type { UzhkhMeta } from './meta.js';
import { FEED_PERSONAL } from './personal.js';

const noInput = z.optional(z.undefined());
const listOf = <S extends z.ZodMiniType>(item: S) =>
  z.pipe(
    z.nullable(z.array(item)),
    z.transform((v) => v ?? []),
  );

/** The change feed: the queue of change records, its acknowledgement, and the deleted-items list. */
export const feedOperations = {
  /** `GET To1c/Requests`: the queue of change records, oldest first. */
  requests: defineOperation({
    wire: 'To1c/Requests',
    idempotent: true,
    personal: FEED_PERSONAL,
    input: noInput,
    output: listOf(ChangeRecord),
    doc: 'The queue of change records: every change of an object, account, resident, meter, request, payment, document, registration request or car adds one record with the full entity as it was then. Reading does not remove anything; acknowledge each record with To1c/Delete.',
    meta: { method: 'GET', path: 'To1c/Requests', answer: 'json' } satisfies UzhkhMeta,
  }),
  /**
   * `GET To1c/Delete?guid=…[&objectId=…]`: removes one record from the queue (or from the
   * deleted-items list). Idempotent by its semantics: a guid names one record and removing it
   * again cannot remove another, so the SDK may retry it after a timeout or a 5xx.
   */
  acknowledge: defineOperation({
    wire: 'To1c/Delete',
    idempotent: true,
    input: z.object({
      /** The record's `Guid`. */
      guid: z.string().check(z.minLength(1)),
      /**
       * The accounting system's id for the record's entity, when it carried a temporary `--` id:
       * the platform then replaces the temporary id with this one.
       */
      objectId: z.optional(z.string().check(z.minLength(1))),
    }),
    output: z.pipe(
      z.unknown(),
      z.transform((): void => undefined),
    ),
    doc: 'Acknowledges one change record or deleted item by its Guid, so it leaves the queue. With objectId, the platform replaces the temporary ("--") id of the record\'s entity with that external id.',
    meta: { method: 'GET', path: 'To1c/Delete', answer: 'none' } satisfies UzhkhMeta,
  }),
  /** `GET To1c/DeletedItems`: records deleted on the platform, each acknowledged with To1c/Delete. */
  deletedItems: defineOperation({
    wire: 'To1c/DeletedItems',
    idempotent: true,
    input: noInput,
    output: listOf(DeletedItem),
    doc: 'Items deleted on the platform (Guid, Id, Type). Id is the external id, or the temporary "--" id when none was assigned. Acknowledge each with To1c/Delete.',
    meta: { method: 'GET', path: 'To1c/DeletedItems', answer: 'json' } satisfies UzhkhMeta,
  }),
};
