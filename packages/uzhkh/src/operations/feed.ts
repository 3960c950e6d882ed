import { defineOperation } from '@x/core';
import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import type * as zc from 'zod/v4/core';
import { ChangeRecord } from '../schemas/change-record.js';
import { DeletedItem } from '../schemas/deleted-item.js';
import type { UzhkhMeta } from './meta.js';
import { FEED_PERSONAL } from './personal.js';

/** Schema of an operation that takes no input (`undefined`). */
const noInput = named<undefined, undefined>()(z.optional(z.undefined()));
const listOf = <S extends zc.$ZodType>(item: S) =>
  z.pipe(
    z.nullable(z.array(item)),
    z.transform((v) => v ?? []),
  );

const acknowledgeSchema = z.object({
  /** The record's `Guid`. */
  guid: z.string().check(z.minLength(1)),
  /**
   * The accounting system's id for the record's entity, when it carried a temporary `--` id:
   * the platform then replaces the temporary id with this one.
   */
  objectId: z.optional(z.string().check(z.minLength(1))),
});

/** What callers pass to `feed.acknowledge` (`To1c/Delete`). */
export interface AcknowledgeInput {
  /** The record's `Guid` (query `guid`), from a change record or a deleted item. */
  guid: string;
  /**
   * The accounting system's id for the record's entity (query `objectId`), when it carried a
   * temporary `--` id: the platform then replaces the temporary id with this one.
   */
  objectId?: string | undefined;
}
/** Schema of {@link AcknowledgeInput}. */
export const AcknowledgeInput = named<z.output<typeof acknowledgeSchema>, AcknowledgeInput>()(
  acknowledgeSchema,
);

/** Schema of an answer that carries nothing the SDK reads: the call resolves to `undefined`. */
const nothing = named<void>()(
  z.pipe(
    z.unknown(),
    z.transform((): void => undefined),
  ),
);

/** The change feed: the queue of change records, its acknowledgement, and the deleted-items list. */
export const feedOperations = {
  /** `GET To1c/Requests`: the queue of change records, oldest first. */
  requests: defineOperation({
    wire: 'To1c/Requests',
    idempotent: true,
    personal: FEED_PERSONAL,
    input: noInput,
    output: named<ChangeRecord[]>()(listOf(ChangeRecord)),
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
    input: AcknowledgeInput,
    output: nothing,
    doc: 'Acknowledges one change record or deleted item by its Guid, so it leaves the queue. With objectId, the platform replaces the temporary ("--") id of the record\'s entity with that external id.',
    meta: { method: 'GET', path: 'To1c/Delete', answer: 'none' } satisfies UzhkhMeta,
  }),
  /** `GET To1c/DeletedItems`: records deleted on the platform, each acknowledged with To1c/Delete. */
  deletedItems: defineOperation({
    wire: 'To1c/DeletedItems',
    idempotent: true,
    input: noInput,
    output: named<DeletedItem[]>()(listOf(DeletedItem)),
    doc: 'Items deleted on the platform (Guid, Id, Type). Id is the external id, or the temporary "--" id when none was assigned. Acknowledge each with To1c/Delete.',
    meta: { method: 'GET', path: 'To1c/DeletedItems', answer: 'json' } satisfies UzhkhMeta,
  }),
};
