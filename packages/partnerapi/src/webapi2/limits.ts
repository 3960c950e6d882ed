import { AbortError, type BudgetStore, MemoryBudgetStore, RateLimitError } from '@x/core';
import { prefix, sleep } from '@x/core/internal';
import { untilNextHour } from './errors.js';
import { WEBAPI2_OPERATIONS, type WebApi2Limits, type WebApi2OperationName } from './operations.generated.js';

// One budget-store interface for every limiter: core's, so a shared store (e.g. @x/redis's
// RedisBudgetStore) serves PartnerWebAPI2 and any other client-side limiter alike.
export { type BudgetStore, MemoryBudgetStore } from '@x/core';

/**
 * When the night budget applies, in hours of the service's time zone. The vendor publishes day
 * and night budgets but not the boundary; the default assumes night from 20:00 to 08:00 Moscow time
 * (UTC+3, no DST). Set your own when your account manager tells you otherwise.
 */
export interface NightHours {
  /** Hour (0–23) the night budget starts. Default 20. */
  from: number;
  /** Hour (0–23) the night budget ends. Default 8. */
  to: number;
  /** Offset of the service's time zone from UTC, in hours. Default 3 (Moscow). */
  utcOffsetHours: number;
}

/** The default {@link NightHours}: 20:00–08:00 Moscow time. */
export const DEFAULT_NIGHT_HOURS: NightHours = { from: 20, to: 8, utcOffsetHours: 3 };

/** Options of the client-side {@link RateLimiter}. */
export interface RateLimiterOptions {
  /** `wait` (default) sleeps until the next hour when the budget is spent; `fail` throws RateLimitError before sending. */
  mode?: 'wait' | 'fail' | undefined;
  /** Where budgets are counted. Default a {@link MemoryBudgetStore}. */
  store?: BudgetStore | undefined;
  /** Day/night boundary. Default {@link DEFAULT_NIGHT_HOURS}. */
  night?: Partial<NightHours> | undefined;
  /** Budgets for operations without published ones, or overrides (e.g. a share of the budget per worker). */
  limits?: Partial<Record<WebApi2OperationName, { day: number; night: number }>> | undefined;
  /** Prefix of the store keys, so that several partner accounts can share one store. Default `webapi2`. */
  keyPrefix?: string | undefined;
  /** Longest wait in `wait` mode, in ms; beyond it the call fails instead. Default one hour. */
  maxWaitMs?: number | undefined;
  /** Clock (tests). Default `Date.now`. */
  now?: (() => number) | undefined;
  /** Sleep (tests). Default core's abortable sleep. */
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
}

/** The published limits of an operation, or `undefined`. */
export function publishedLimits(wire: WebApi2OperationName): WebApi2Limits | undefined {
  return WEBAPI2_OPERATIONS[wire].limits;
}

/**
 * Client-side hourly budgets per operation: each call takes one unit from the current hour's
 * window (day or night budget by the hour), before anything is sent. Operations without a
 * published budget (and no `limits` entry) are not limited.
 */
export class RateLimiter {
  private readonly mode: 'wait' | 'fail';
  private readonly store: BudgetStore;
  private readonly night: NightHours;
  private readonly now: () => number;
  private readonly sleepFn: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly options: RateLimiterOptions;

  constructor(options: RateLimiterOptions = {}) {
    this.options = options;
    this.mode = options.mode ?? 'wait';
    this.now = options.now ?? Date.now;
    this.store = options.store ?? new MemoryBudgetStore(this.now);
    this.night = { ...DEFAULT_NIGHT_HOURS, ...options.night };
    this.sleepFn = options.sleep ?? ((ms, signal) => sleep(ms, signal));
  }

  /** Whether `at` (epoch ms) falls in the night hours. */
  isNight(at: number): boolean {
    const hour = new Date(at + this.night.utcOffsetHours * 3_600_000).getUTCHours();
    const { from, to } = this.night;
    return from > to ? hour >= from || hour < to : hour >= from && hour < to;
  }

  /** The hourly budget of `wire` at `at`, or `undefined` when unlimited. */
  budget(wire: WebApi2OperationName, at: number = this.now()): number | undefined {
    const own = this.options.limits?.[wire];
    const published = publishedLimits(wire);
    const pair = own ?? (published && { day: published.day, night: published.night ?? published.day });
    if (!pair) return undefined;
    const value = this.isNight(at) ? pair.night : pair.day;
    return value ?? undefined;
  }

  /** Takes one unit for `wire`, waiting for the next hour or throwing, per `mode`. */
  async acquire(wire: WebApi2OperationName, operation: string, signal?: AbortSignal): Promise<void> {
    const maxWait = this.options.maxWaitMs ?? 3_600_000;
    let waited = 0;
    for (;;) {
      const now = this.now();
      const limit = this.budget(wire, now);
      if (limit === undefined) return;
      const hour = Math.floor(now / 3_600_000);
      const key = `${this.options.keyPrefix ?? 'webapi2'}:${wire}:${hour}`;
      if (await this.store.take(key, 1, limit, untilNextHour(now) + 60_000)) return;
      const wait = untilNextHour(now);
      if (this.mode === 'fail' || waited + wait > maxWait) {
        throw new RateLimitError(
          `${prefix(operation)}the client-side budget of ${limit} ${wire} calls per hour is spent; nothing was sent, call again in ${Math.ceil(wait / 1000)} s.`,
          { operation, retryAfterMs: wait, retryable: false },
        );
      }
      if (signal?.aborted)
        throw new AbortError(`${prefix(operation)}aborted while waiting for the hourly budget.`);
      await this.sleepFn(wait, signal);
      waited += wait;
    }
  }
}
