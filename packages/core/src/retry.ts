import { ApiError, ConnectionError, HttpError, RateLimitError, TimeoutError } from './errors.js';

/**
 * When and how often to repeat a failed call. Every field can be set per client and per call.
 * Retries only happen when repeating is safe: see `isRetryable`.
 */
export interface RetryOptions {
  /** Total attempts including the first; 1 disables retries. Default 3. */
  maxAttempts?: number;
  /** Base of the exponential backoff, in ms. Default 300. */
  baseDelayMs?: number;
  /** Largest single backoff sleep, in ms. Default 10,000. */
  maxDelayMs?: number;
  /** No new attempt starts once this much time has passed since the first, in ms. Default 60,000. */
  maxElapsedMs?: number;
  /** Largest `Retry-After` the SDK waits for; a longer one ends the call with the error. Default 60,000. */
  maxRetryAfterMs?: number;
  /** HTTP statuses worth repeating an idempotent call for. Default 408, 429, 500, 502, 503, 504. */
  retryStatuses?: readonly number[];
  /** Source of randomness for jitter, in [0, 1). Injectable for tests. */
  random?: () => number;
}

/** {@link RetryOptions} with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** The defaults: 3 attempts, 300 ms base, 10 s cap per sleep, 60 s total. */
export const DEFAULT_RETRY: ResolvedRetryOptions = {
  maxAttempts: 3,
  baseDelayMs: 300,
  maxDelayMs: 10_000,
  maxElapsedMs: 60_000,
  maxRetryAfterMs: 60_000,
  retryStatuses: [408, 429, 500, 502, 503, 504],
  random: Math.random,
};

/** Merges retry settings: later layers (per call) override earlier ones (client). `false` disables. */
export function resolveRetry(...layers: Array<RetryOptions | false | undefined>): ResolvedRetryOptions {
  let out: ResolvedRetryOptions = { ...DEFAULT_RETRY };
  for (const layer of layers) {
    if (layer === false) out = { ...out, maxAttempts: 1 };
    else if (layer) {
      for (const [k, v] of Object.entries(layer)) {
        if (v !== undefined) (out as Record<string, unknown>)[k] = v;
      }
    }
  }
  out.maxAttempts = Math.max(1, Math.floor(out.maxAttempts));
  return out;
}

/**
 * Whether an error allows another attempt. A failure that proves the request never left
 * (connection refused, DNS) allows it for any operation; everything else only for idempotent ones,
 * so a payment that timed out or got a 502 is never sent twice.
 */
export function isRetryable(error: unknown, idempotent: boolean, policy: ResolvedRetryOptions): boolean {
  if (error instanceof ConnectionError && !error.requestMayHaveBeenSent) return true;
  if (!idempotent) return false;
  if (error instanceof ConnectionError) return true;
  if (error instanceof TimeoutError) return error.scope === 'attempt';
  if (error instanceof RateLimitError) return true;
  if (error instanceof HttpError) return policy.retryStatuses.includes(error.status);
  if (error instanceof ApiError) return error.retryable;
  return false;
}

/** Exponential backoff with full jitter: a random delay in [0, min(cap, base × 2^(retry-1))]. */
export function backoffDelay(retry: number, policy: ResolvedRetryOptions): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(policy.random() * ceiling);
}

/**
 * Parses a `Retry-After` header (delta seconds or an HTTP date) into milliseconds from `now`.
 * Returns undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** The delay before retry number `retry`, honouring a server's Retry-After when the error carries one. */
export function retryDelay(
  error: unknown,
  retry: number,
  policy: ResolvedRetryOptions,
): {
  /** How long to wait before the next attempt. */
  delayMs: number;
  /** True when the server asked for a longer wait than `maxRetryAfterMs`: give up instead. */
  tooLong: boolean;
} {
  const asked = error instanceof RateLimitError ? error.retryAfterMs : retryAfterOf(error);
  if (asked !== undefined) {
    return { delayMs: asked, tooLong: asked > policy.maxRetryAfterMs };
  }
  return { delayMs: backoffDelay(retry, policy), tooLong: false };
}

function retryAfterOf(error: unknown): number | undefined {
  if (error instanceof HttpError) return parseRetryAfter(error.headers['retry-after']);
  return undefined;
}
