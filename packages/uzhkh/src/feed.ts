import {
  type CallOptions,
  type ConsumeFeedResult,
  type LeaseStore,
  type Logger,
  type ProgressCallback,
  consumeFeed,
  holdLease,
} from '@x/core';
import { writeLog } from '@x/core/internal';
import { isTemporaryId } from './ids.js';
import { type ChangeRecord, changeEntityId } from './schemas/change-record.js';
import type { DeletedItem } from './schemas/deleted-item.js';

/**
 * What a change-record handler may return: nothing, or the accounting system's id for the
 * record's entity (a string, or `{ objectId }`). The id is sent with the acknowledgement only
 * when the record carried a temporary `--` id, so the platform replaces it.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: handlers that return nothing are typed `void`
export type ChangeHandlerResult = void | undefined | string | { objectId?: string | undefined };

/**
 * Handles one change record; resolve to acknowledge it, throw to leave it in the queue. Must be
 * idempotent: a record can be delivered again (at-least-once).
 * @param record - The decoded record; switch on `record.kind`.
 * @param context - `signal`: the run's abort signal, to pass on to your own I/O.
 */
export type ChangeHandler = (
  record: ChangeRecord,
  context: { signal?: AbortSignal | undefined },
) => ChangeHandlerResult | Promise<ChangeHandlerResult>;

/**
 * Handles one deleted item; resolve to acknowledge it, throw to leave it in the list. Must be
 * idempotent, like {@link ChangeHandler}.
 * @param item - The deleted item: `Guid`, `Id`, `Type`.
 * @param context - `signal`: the run's abort signal.
 */
export type DeletedItemHandler = (
  item: DeletedItem,
  context: { signal?: AbortSignal | undefined },
) => unknown;

/** Options of the feed consumers. */
export interface ConsumeOptions {
  /**
   * When a handler throws: `stop` (default) ends the run, leaving that record and every later one
   * unacknowledged; `continue` leaves it unacknowledged and goes on with the next.
   */
  onError?: 'stop' | 'continue';
  /** Ends the run between records; a record whose handler already resolved is still acknowledged. */
  signal?: AbortSignal | undefined;
  /** Upper bound of queue reads in one run. Default 10,000. */
  maxBatches?: number;
  /** Per-call options for the queue reads and acknowledgements (timeouts, retry). */
  call?: Omit<CallOptions, 'signal'> | undefined;
  /**
   * Called after each queue read is processed: `pages` = queue reads, `items` = records handled or
   * failed so far; to drive a progress bar.
   */
  onProgress?: ProgressCallback | undefined;
  /**
   * One consumer per account across processes: the run takes this lease first and holds it while it
   * runs. When another process holds it the run reads nothing and ends with `stoppedBy: 'lease-held'`;
   * when a renewal fails it stops before the next record with `stoppedBy: 'lease-lost'`.
   */
  lease?: FeedLeaseOptions | undefined;
}

/** The lease {@link ConsumeOptions.lease} takes. */
export interface FeedLeaseOptions {
  /** Where the lease lives (e.g. `@x/redis`'s `RedisLeaseStore`). */
  store: LeaseStore;
  /**
   * Lease key; give each Умное ЖКХ account its own. Default `uzhkh:feed:changes` for `consume` and
   * `uzhkh:feed:deleted` for `consumeDeleted`.
   */
  key?: string | undefined;
  /**
   * Lease life in ms, renewed every third of it while the run goes on. A consumer that dies holds
   * the feed this long at most. Default 30,000.
   */
  ttlMs?: number | undefined;
}

/** What a consumer run did (see core's `consumeFeed`). */
export type ConsumeResult = ConsumeFeedResult;

/** The client calls the consumers need. */
export interface FeedCalls {
  requests(input?: undefined, options?: CallOptions): Promise<ChangeRecord[]>;
  acknowledge(input: { guid: string; objectId?: string }, options?: CallOptions): Promise<void>;
  deletedItems(input?: undefined, options?: CallOptions): Promise<DeletedItem[]>;
}

function objectIdOf(result: ChangeHandlerResult): string | undefined {
  if (typeof result === 'string') return result || undefined;
  if (result && typeof result === 'object') return result.objectId || undefined;
  return undefined;
}

/**
 * Drains `To1c/Requests` at-least-once: read the queue, run `handler` on each record in order,
 * and acknowledge (`To1c/Delete`) a record only after its handler resolved. A crash between the
 * two delivers the record again, so handlers must be idempotent (upsert by `Guid` or entity id).
 */
export function consumeChanges(
  calls: FeedCalls,
  handler: ChangeHandler,
  options: ConsumeOptions = {},
  logger?: Logger,
): Promise<ConsumeResult> {
  return feedRun(CHANGES, calls, options, handler, async (record, result, call) => {
    const objectId = objectIdOf(result);
    const entityId = changeEntityId(record);
    const temporary = isTemporaryId(entityId);
    if (objectId !== undefined && !temporary) {
      writeLog(
        logger,
        'warn',
        {
          event: 'validation',
          operation: CHANGES.operation,
          detail: { guid: record.Guid, ignored: 'objectId' },
        },
        `${CHANGES.operation}: the handler returned an id for record ${record.Guid}, whose entity id is not temporary; it was not sent`,
      );
    }
    await calls.acknowledge(
      temporary && objectId !== undefined ? { guid: record.Guid, objectId } : { guid: record.Guid },
      call,
    );
  });
}

/** Drains `To1c/DeletedItems` the same way: handle, then acknowledge with `To1c/Delete?guid=…`. */
export function consumeDeletedItems(
  calls: FeedCalls,
  handler: DeletedItemHandler,
  options: ConsumeOptions = {},
): Promise<ConsumeResult> {
  return feedRun(DELETED, calls, options, handler, async (item, _result, call) => {
    await calls.acknowledge({ guid: item.Guid }, call);
  });
}

/** One of the two queues: its operation name in logs and errors, its default lease key, its read. */
interface Feed<T> {
  operation: string;
  leaseKey: string;
  read: (calls: FeedCalls, call: CallOptions) => Promise<T[]>;
}

const CHANGES: Feed<ChangeRecord> = {
  operation: 'uzhkh.feed.consume',
  leaseKey: 'uzhkh:feed:changes',
  read: (calls, call) => calls.requests(undefined, call),
};

const DELETED: Feed<DeletedItem> = {
  operation: 'uzhkh.feed.consumeDeleted',
  leaseKey: 'uzhkh:feed:deleted',
  read: (calls, call) => calls.deletedItems(undefined, call),
};

/**
 * One run of a feed consumer, under its lease when one is configured: read a batch of `feed`, hand
 * each entry to `handler`, then `acknowledge` it, as {@link ConsumeOptions} say. The
 * acknowledgement gets the per-call options without the run's signal on purpose: a handled entry
 * is acknowledged even while the run is aborting.
 */
function feedRun<T, R>(
  feed: Feed<T>,
  calls: FeedCalls,
  options: ConsumeOptions,
  handler: (entry: T, context: { signal?: AbortSignal | undefined }) => R | Promise<R>,
  acknowledge: (entry: T, result: R, call: CallOptions) => Promise<void>,
): Promise<ConsumeResult> {
  return underLease(options, feed.leaseKey, (run, confirm) => {
    const call = run.call ?? {};
    return consumeFeed<T, R>(
      (signal) => feed.read(calls, { ...call, signal }),
      (entry, signal) => handler(entry, { signal }),
      (entry, result) => acknowledge(entry, result, call),
      {
        onError: run.onError,
        signal: run.signal,
        maxBatches: run.maxBatches,
        onProgress: run.onProgress,
        operation: feed.operation,
        guard: confirm,
      },
    );
  });
}

/**
 * Runs a consumer, under the lease when one is configured: the run's signal ends when the lease
 * is lost, and every read and handler first confirms the lease is still held.
 */
async function underLease(
  options: ConsumeOptions,
  defaultKey: string,
  run: (options: ConsumeOptions, confirm?: () => Promise<boolean>) => Promise<ConsumeResult>,
): Promise<ConsumeResult> {
  const lease = options.lease;
  if (!lease) return run(options);
  const outcome = await holdLease(
    lease.store,
    lease.key ?? defaultKey,
    { ttlMs: lease.ttlMs ?? 30_000, signal: options.signal },
    (held) => run({ ...options, signal: held.signal }, held.confirm),
  );
  if (!outcome.acquired) {
    return { handled: 0, acknowledged: 0, failed: 0, batches: 0, stoppedBy: 'lease-held' };
  }
  const result = outcome.value;
  if (outcome.lost && !options.signal?.aborted && result.stoppedBy === 'abort') {
    return { ...result, stoppedBy: 'lease-lost' };
  }
  return result;
}
