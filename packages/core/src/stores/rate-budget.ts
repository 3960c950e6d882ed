import { AbortError, RateLimitError, prefix } from '../errors.js';
import { sleep } from '../signal.js';
import { type BudgetStore, MemoryBudgetStore } from './memory.js';

/** Options of {@link RateBudget}. */
export interface RateBudgetOptions {
  /** Units allowed per window (e.g. calls per hour of one account). */
  limit: number;
  /** Window length in ms; windows are aligned to multiples of it since the epoch. Default one hour. */
  windowMs?: number | undefined;
  /** Where units are counted. Default a {@link MemoryBudgetStore} (this process only). */
  store?: BudgetStore | undefined;
  /** Store key of the budget, e.g. the vendor and account. The window number is appended. */
  key: string;
  /** `wait` (default) sleeps until the next window when the budget is spent; `fail` throws before sending. */
  mode?: 'wait' | 'fail' | undefined;
  /** Longest wait in `wait` mode, in ms; beyond it the call fails instead. Default one window. */
  maxWaitMs?: number | undefined;
  /** Clock (tests). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * A client-side limiter over fixed windows: every call takes units before anything is sent. With a
 * shared {@link BudgetStore} (e.g. `@x/redis`), all processes using the same key draw from one
 * budget, so an account's limit holds across workers.
 */
export class RateBudget {
  private readonly options: RateBudgetOptions;
  private readonly store: BudgetStore;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: RateBudgetOptions) {
    if (!Number.isInteger(options.limit) || options.limit < 0) {
      throw new RangeError(`RateBudget limit must be a non-negative integer, got ${options.limit}.`);
    }
    this.options = options;
    this.windowMs = options.windowMs ?? 3_600_000;
    if (!(this.windowMs > 0)) throw new RangeError('RateBudget windowMs must be positive.');
    this.now = options.now ?? Date.now;
    this.store = options.store ?? new MemoryBudgetStore(this.now);
  }

  /** Tries to take `n` units from the current window without waiting; resolves whether they were taken. */
  async tryTake(n = 1): Promise<boolean> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    const end = (window + 1) * this.windowMs;
    // The key outlives its window a little so a slow clock on one worker cannot reopen it.
    return this.store.take(`${this.options.key}:${window}`, n, this.options.limit, end - now + 60_000);
  }

  /** Takes `n` units, waiting for the next window or throwing a RateLimitError, per `mode`. */
  async acquire(n = 1, operation?: string, signal?: AbortSignal): Promise<void> {
    const maxWait = this.options.maxWaitMs ?? this.windowMs;
    let waited = 0;
    for (;;) {
      if (await this.tryTake(n)) return;
      const now = this.now();
      const wait = (Math.floor(now / this.windowMs) + 1) * this.windowMs - now;
      if (this.options.mode === 'fail' || waited + wait > maxWait) {
        throw new RateLimitError(
          `${prefix(operation)}the client-side budget of ${this.options.limit} calls per ${this.windowMs} ms is spent; nothing was sent, call again in ${Math.ceil(wait / 1000)} s.`,
          { operation, retryAfterMs: wait, retryable: false },
        );
      }
      if (signal?.aborted)
        throw new AbortError(`${prefix(operation)}aborted while waiting for the rate budget.`);
      await sleep(wait, signal, operation);
      waited += wait;
    }
  }
}
