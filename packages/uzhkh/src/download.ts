import { type CallOptions, type Paginator, type ProgressCallback, paginate } from '@x/core';
import type { DownloadPage } from './schemas/page.js';

/** Options of the download iterators. */
export interface DownloadOptions {
  /** Stops fetching further pages. */
  signal?: AbortSignal | undefined;
  /** First page to fetch. Default 1. */
  startPage?: number;
  /** Safety stop for a server that never says NoResults. Default 100,000. */
  maxPages?: number;
  /** Per-call options for every page request (timeouts, retry). */
  call?: Omit<CallOptions, 'signal'> | undefined;
  /** Called after each page with the pages fetched and items received so far, to drive a progress bar. */
  onProgress?: ProgressCallback | undefined;
}

type PageCall<T> = (input: { page: number }, options?: CallOptions) => Promise<DownloadPage<T>>;

/**
 * Walks `Synchronization/Download*` page by page from page 1 until a page says `NoResults`
 * (or, defensively, carries no items). Pages are not assumed full: "about 200" is not a contract,
 * so a short page does not end the walk. A page that repeats the previous one stops the walk with
 * a ResponseError (core's repeated-page guard) instead of looping forever.
 */
export function downloadAll<T>(
  fetchPage: PageCall<T>,
  operation: string,
  options: DownloadOptions = {},
): Paginator<T> {
  const call = options.call ?? {};
  return paginate<T, number>(
    async (page, signal) => {
      const result = await fetchPage({ page }, { ...call, signal });
      if (result.NoResults || result.Items.length === 0) return { items: [], next: undefined };
      return { items: result.Items, next: page + 1 };
    },
    options.startPage ?? 1,
    { operation, signal: options.signal, maxPages: options.maxPages, onProgress: options.onProgress },
  );
}
