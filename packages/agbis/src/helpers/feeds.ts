import { type CallOptions, type ConsumeFeedResult, type ProgressCallback, consumeFeed } from '@x/core';
import type * as z from 'zod/mini';
import type { AgbisClient } from '../client.js';
import type { OrderChange } from '../schemas/statistics.js';

/** One LastChangeOrder entry. */
export type OrderChangeRecord = z.output<typeof OrderChange>;

/** Options of {@link Feeds.lastChangeOrder}. */
export interface LastChangeOrderFeedOptions {
  /** The last `cur_id` you handled (from your storage); entries up to it are skipped. Default 0. */
  cursor?: number | undefined;
  /** Handles one change; it may run again for the same change after a crash (at-least-once). */
  handle: (change: OrderChangeRecord) => unknown | Promise<unknown>;
  /** Persists the cursor after each handled change. */
  saveCursor: (cursor: number) => void | Promise<void>;
  /** Stop (default) or skip a change whose handler throws. */
  onError?: 'stop' | 'continue';
  /** Upper bound of LastChangeOrder calls in one run. Default 100. */
  maxBatches?: number;
  /** Per-request options (signal, timeouts). */
  call?: CallOptions;
  /** Called after each LastChangeOrder answer with the calls made and changes handled or failed so far. */
  onProgress?: ProgressCallback | undefined;
}

/** Result of a feed run, with the cursor to store. */
export interface LastChangeOrderFeedResult extends ConsumeFeedResult {
  /** The highest `cur_id` handled (or the cursor you passed when nothing was new); store it for the next run. */
  cursor: number;
}

/** Change-feed helpers. */
export class Feeds {
  constructor(private readonly client: AgbisClient) {}

  /**
   * Drains `LastChangeOrder` in `cur_id` order, handling each change and then saving its cursor.
   * Changes at or below the cursor are skipped, and the run ends as soon as an answer brings nothing
   * new: an account whose LastChangeOrder always answers an empty list (seen live) or repeats old
   * entries never makes it spin.
   */
  async lastChangeOrder(options: LastChangeOrderFeedOptions): Promise<LastChangeOrderFeedResult> {
    let cursor = options.cursor ?? 0;
    const result = await consumeFeed<OrderChangeRecord, unknown>(
      async () => {
        const answer = await this.client.statistics.lastChangeOrder(undefined, options.call);
        return (answer.last_orders ?? [])
          .filter((c) => typeof c.cur_id === 'number' && c.cur_id > cursor)
          .sort((a, b) => (a.cur_id ?? 0) - (b.cur_id ?? 0));
      },
      (change) => options.handle(change),
      async (change) => {
        cursor = Math.max(cursor, change.cur_id ?? cursor);
        await options.saveCursor(cursor);
      },
      {
        onError: options.onError,
        signal: options.call?.signal,
        maxBatches: options.maxBatches ?? 100,
        operation: 'agbis.feeds.lastChangeOrder',
        onProgress: options.onProgress,
      },
    );
    return { ...result, cursor };
  }
}
