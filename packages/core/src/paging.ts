import { ResponseError, prefix } from './errors.js';
import { abortErrorFrom } from './signal.js';

/** One page as a client's fetch function returns it. */
export interface PageResult<T, C> {
  /** Items of this page, in server order. */
  items: T[];
  /** Cursor of the next page; `undefined` when this was the last one. */
  next: C | undefined;
}

/**
 * How far a long iteration has got, so a long export can drive a progress bar. Reported after each
 * page, window or batch is fetched; counts only grow, and the last report holds the final totals.
 */
export interface Progress {
  /** Pages fetched so far (windows for a window stream, batches for a feed consumer). */
  pages: number;
  /**
   * Items so far: received for a paginator (including the page just fetched), yielded once each for
   * a window stream, records handled or failed for a feed consumer.
   */
  items: number;
  /** 1-based number of the window just fetched (window streams only). */
  window?: number | undefined;
  /** How many windows the range has (window streams only). */
  of?: number | undefined;
}

/**
 * Receives {@link Progress} reports. It runs synchronously between fetches: keep it cheap. An error
 * it throws ends the iteration with that error.
 */
export type ProgressCallback = (progress: Progress) => void;

/** Options of {@link paginate}. */
export interface PaginateOptions {
  /** Operation name for errors. */
  operation?: string;
  /** Stops with an error after this many pages (a server that never says "last page"). Default 100,000. */
  maxPages?: number;
  /** Stops the iteration with an AbortError before the next page is fetched. */
  signal?: AbortSignal | undefined;
  /** Called after each page is fetched with the pages and items so far (see {@link Progress}). */
  onProgress?: ProgressCallback | undefined;
}

/**
 * An async iterable of items across pages. Only one page is held at a time, so memory stays
 * proportional to a page, however many pages there are.
 */
export class Paginator<T> implements AsyncIterable<T> {
  private readonly source: () => AsyncGenerator<T[]>;

  constructor(source: () => AsyncGenerator<T[]>) {
    this.source = source;
  }

  /** Iterates pages (arrays of items) instead of single items. */
  pages(): AsyncIterable<T[]> {
    return { [Symbol.asyncIterator]: () => this.source() };
  }

  /** Iterates items one by one, fetching the next page only when the current one is used up. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    for await (const page of this.source()) yield* page;
  }

  /** Collects items into an array; `limit` stops early (and stops fetching pages). */
  async toArray(options: { limit?: number } = {}): Promise<T[]> {
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const out: T[] = [];
    if (limit <= 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }
}

/** Cheap fingerprint of a page, to notice a server that returns the same page again and again. */
function fingerprint(items: readonly unknown[]): string {
  if (items.length === 0) return '0';
  const first = JSON.stringify(items[0]);
  const last = JSON.stringify(items[items.length - 1]);
  return `${items.length}|${first}|${last}`;
}

/**
 * Builds a {@link Paginator} from a page-fetching function. Trips with a {@link ResponseError}
 * when a non-empty page repeats the previous one exactly (a server stuck on one page) or after
 * `maxPages`.
 */
export function paginate<T, C>(
  fetchPage: (cursor: C, signal?: AbortSignal) => Promise<PageResult<T, C>>,
  start: C,
  options: PaginateOptions = {},
): Paginator<T> {
  const maxPages = options.maxPages ?? 100_000;
  return new Paginator<T>(async function* () {
    let cursor: C | undefined = start;
    let previous: string | undefined;
    let items = 0;
    for (let n = 1; cursor !== undefined; n++) {
      if (options.signal?.aborted) throw abortErrorFrom(options.signal, options.operation);
      if (n > maxPages) {
        throw new ResponseError(
          `${prefix(options.operation)}the server kept returning pages past ${maxPages}; it may ignore the page parameter.`,
          { operation: options.operation },
        );
      }
      const page: PageResult<T, C> = await fetchPage(cursor, options.signal);
      const print = fingerprint(page.items);
      if (page.items.length > 0 && print === previous) {
        throw new ResponseError(
          `${prefix(options.operation)}page ${n} repeats page ${n - 1}; the server ignores paging, so iteration stopped instead of looping forever.`,
          { operation: options.operation },
        );
      }
      previous = print;
      items += page.items.length;
      options.onProgress?.({ pages: n, items });
      if (page.items.length > 0) yield page.items;
      cursor = page.next;
    }
  });
}

/** A half-open window `[from, to)` of ISO local date-times (no offset). */
export interface DateWindow {
  /** First instant of the window (included). */
  from: string;
  /** End of the window (excluded); the next window starts here. */
  to: string;
}

function parseLocal(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO local date or date-time: ${iso}`);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

function formatLocal(ms: number, withTime: boolean): string {
  const iso = new Date(ms).toISOString();
  return withTime ? iso.slice(0, 19) : iso.slice(0, 10);
}

/**
 * Splits `[from, to)` into consecutive windows of at most `windowMs`, in order. Dates are treated
 * as wall-clock values (no time zone), so a window never shifts across a DST change.
 * Inputs may be dates (`2024-01-31`) or date-times (`2024-01-31T10:00:00`); outputs keep that form.
 */
export function* splitDateRange(from: string, to: string, windowMs: number): Generator<DateWindow> {
  if (!(windowMs > 0)) throw new RangeError('windowMs must be positive');
  const withTime = from.includes('T') || to.includes('T');
  const start = parseLocal(from);
  const end = parseLocal(to);
  for (let t = start; t < end; t += windowMs) {
    yield { from: formatLocal(t, withTime), to: formatLocal(Math.min(t + windowMs, end), withTime) };
  }
}

/** One day in milliseconds, for window sizes. */
export const DAY_MS = 86_400_000;

/**
 * Streams items of consecutive windows in order, fetching one window at a time, and yields each key
 * once over the whole stream (vendors include edge records in several windows).
 *
 * Memory bound: only the keys seen in the previous window and in the current one are kept, so the
 * memory is at most the key count of two windows, whatever the length of the range. A key seen
 * again is carried into the current window's set even though it is not yielded again, so a record
 * that every window returns stays known for as long as it keeps appearing.
 *
 * Why that is enough: windows are ordered in time and a range query returns a record whose time
 * (or time span) meets the window; over ordered windows those are one unbroken run of consecutive
 * windows, so a record never comes back after a window that lacked it. A key that does (its record
 * moved in time between two requests) is yielded again: that is a changed record, not an overlap.
 *
 * `onProgress` is called after each window is fetched, with `window` (its 1-based number), `of`
 * (how many windows the range has), `pages` (windows fetched) and `items` (items the stream has
 * yielded or is about to yield, each once).
 */
export async function* streamWindows<T>(
  windows: Iterable<DateWindow>,
  fetchWindow: (window: DateWindow, signal?: AbortSignal) => Promise<T[]>,
  key: (item: T) => string | number,
  signal?: AbortSignal,
  operation?: string,
  onProgress?: ProgressCallback,
): AsyncGenerator<T> {
  // Windows are few (one per day or so); listing them up front gives the progress its total.
  const list = onProgress ? [...windows] : windows;
  const of = Array.isArray(list) ? list.length : undefined;
  let previousKeys = new Set<string | number>();
  let n = 0;
  let count = 0;
  for (const window of list) {
    if (signal?.aborted) throw abortErrorFrom(signal, operation);
    const items = await fetchWindow(window, signal);
    n++;
    const keys = new Set<string | number>();
    const fresh: T[] = [];
    for (const item of items) {
      const k = key(item);
      if (keys.has(k)) continue;
      keys.add(k);
      if (previousKeys.has(k)) continue;
      fresh.push(item);
    }
    previousKeys = keys;
    count += fresh.length;
    onProgress?.({ pages: n, items: count, window: n, of });
    yield* fresh;
  }
}

/** Options of {@link consumeFeed}. */
export interface ConsumeFeedOptions {
  /** What to do when the handler throws: stop (default; the record stays unacknowledged) or skip it. */
  onError?: 'stop' | 'continue';
  /** Stops between records when aborted; a record whose handler finished is still acknowledged. */
  signal?: AbortSignal | undefined;
  /** Upper bound of batches fetched in one run. Default 10,000. */
  maxBatches?: number;
  /** Operation name for errors. */
  operation?: string;
  /**
   * Called after each batch is processed: `pages` = batches fetched, `items` = records handled or
   * failed so far (see {@link Progress}).
   */
  onProgress?: ProgressCallback | undefined;
  /**
   * Checked before every batch read and every record: when it resolves `false` (e.g. a lease was
   * lost), the run stops there with `stoppedBy: 'lease-lost'`.
   */
  guard?: (() => Promise<boolean>) | undefined;
}

/** What a {@link consumeFeed} run did. */
export interface ConsumeFeedResult {
  /** Records whose handler resolved. */
  handled: number;
  /** Records acknowledged to the server. */
  acknowledged: number;
  /** Records whose handler threw (left unacknowledged). */
  failed: number;
  /** Batches fetched. */
  batches: number;
  /**
   * Why the run ended. `lease-held`: another process holds the feed's lease, nothing was read;
   * `lease-lost`: the lease could not be renewed, so the run stopped before the next record.
   */
  stoppedBy: 'empty' | 'error' | 'abort' | 'no-progress' | 'max-batches' | 'lease-held' | 'lease-lost';
  /** The handler's error, when `stoppedBy` is "error". */
  error?: unknown;
}

/**
 * Drains a change feed at-least-once: fetch a batch, run the handler on each record in order, and
 * acknowledge a record only after its handler resolved. A crash between handling and acknowledging
 * means the record is delivered again, so handlers must be idempotent. Stops on an empty batch,
 * on abort, on a handler error (unless `onError: 'continue'`), or when a batch brings nothing new
 * to acknowledge (so it cannot spin on records it keeps failing).
 */
export async function consumeFeed<T, R>(
  fetchBatch: (signal?: AbortSignal) => Promise<T[]>,
  handle: (record: T, signal?: AbortSignal) => Promise<R> | R,
  acknowledge: (record: T, handlerResult: R) => Promise<void>,
  options: ConsumeFeedOptions = {},
): Promise<ConsumeFeedResult> {
  const result: ConsumeFeedResult = {
    handled: 0,
    acknowledged: 0,
    failed: 0,
    batches: 0,
    stoppedBy: 'empty',
  };
  const maxBatches = options.maxBatches ?? 10_000;
  const { signal } = options;
  const report = () => options.onProgress?.({ pages: result.batches, items: result.handled + result.failed });
  for (;;) {
    if (signal?.aborted) return { ...result, stoppedBy: 'abort' };
    if (result.batches >= maxBatches) return { ...result, stoppedBy: 'max-batches' };
    if (options.guard && !(await options.guard())) return { ...result, stoppedBy: 'lease-lost' };
    const batch = await fetchBatch(signal);
    result.batches++;
    if (batch.length === 0) {
      report();
      return { ...result, stoppedBy: 'empty' };
    }
    let acknowledgedThisBatch = 0;
    for (const record of batch) {
      if (signal?.aborted) {
        report();
        return { ...result, stoppedBy: 'abort' };
      }
      if (options.guard && !(await options.guard())) {
        report();
        return { ...result, stoppedBy: 'lease-lost' };
      }
      let value: R;
      try {
        value = await handle(record, signal);
      } catch (error) {
        result.failed++;
        if (options.onError === 'continue') continue;
        report();
        return { ...result, stoppedBy: 'error', error };
      }
      result.handled++;
      // Not cancelled by `signal`: a handled record is acknowledged even when the run is being aborted.
      await acknowledge(record, value);
      result.acknowledged++;
      acknowledgedThisBatch++;
    }
    report();
    if (acknowledgedThisBatch === 0) return { ...result, stoppedBy: 'no-progress' };
  }
}
