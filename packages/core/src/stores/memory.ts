// The store interfaces through which several processes share state (sessions, leases, rate
// budgets), with in-process defaults. Shared implementations live in their own packages
// (@x/redis); keep these interfaces small so that any store with atomic operations can serve them.

/**
 * Holds short-lived string values, such as a serialised vendor session, under a key. Values are
 * secrets: an implementation must expire every value after its TTL and store nothing else.
 */
export interface SessionStore {
  /** The value under `key`, or `undefined` when there is none or it has expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds, replacing what was there. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Stores `value` for `ttlMs` only if the current value is `expected` (`undefined`: only if there
   * is none). Atomic. Resolves whether the value was stored.
   */
  compareAndSet(key: string, expected: string | undefined, value: string, ttlMs: number): Promise<boolean>;
}

/** A lease held by one process: its fencing token, greater than every earlier token of the key. */
export interface LeaseGrant {
  /** The lease key. */
  key: string;
  /** Fencing token: increases with every acquisition of the key, so stale holders can be told apart. */
  token: number;
}

/**
 * Time-limited exclusive leases (locks that expire). A holder that dies loses its lease when the
 * TTL runs out; a live holder renews before that.
 */
export interface LeaseStore {
  /** Takes the lease `key` for `ttlMs` when nobody holds it; `undefined` when somebody does. */
  acquire(key: string, ttlMs: number): Promise<LeaseGrant | undefined>;
  /** Extends a lease still held with `token` to `ttlMs` from now; `false` when it was lost. */
  renew(key: string, token: number, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if `token` still holds it; `false` when it had already been lost. */
  release(key: string, token: number): Promise<boolean>;
}

/**
 * Counts units taken from fixed windows (e.g. calls per hour). One method, atomic per key: take
 * `n` units from window `key` if that keeps its total within `limit`, and let the key expire after
 * `ttlMs`.
 */
export interface BudgetStore {
  /** Takes `n` units from window `key` unless that exceeds `limit`; resolves whether they were taken. */
  take(key: string, n: number, limit: number, ttlMs: number): Promise<boolean>;
}

type Clock = () => number;

function checkTtl(ttlMs: number): void {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0)
    throw new RangeError(`ttlMs must be a positive number, got ${ttlMs}.`);
}

/** A {@link SessionStore} in process memory: one process, as without a shared store. */
export class MemorySessionStore implements SessionStore {
  private readonly values = new Map<string, { value: string; expiresAt: number }>();
  /** @param now - Clock (tests). Default `Date.now`. */
  constructor(private readonly now: Clock = Date.now) {}

  /** The live value under `key`. */
  async get(key: string): Promise<string | undefined> {
    const entry = this.values.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.values.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores `value` for `ttlMs`. */
  async set(key: string, value: string, ttlMs: number): Promise<void> {
    checkTtl(ttlMs);
    this.values.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  /** Stores `value` for `ttlMs` if the live value is `expected`. */
  async compareAndSet(
    key: string,
    expected: string | undefined,
    value: string,
    ttlMs: number,
  ): Promise<boolean> {
    checkTtl(ttlMs);
    if ((await this.get(key)) !== expected) return false;
    this.values.set(key, { value, expiresAt: this.now() + ttlMs });
    return true;
  }
}

/** A {@link LeaseStore} in process memory. */
export class MemoryLeaseStore implements LeaseStore {
  private readonly leases = new Map<string, { token: number; expiresAt: number }>();
  private readonly fences = new Map<string, number>();
  /** @param now - Clock (tests). Default `Date.now`. */
  constructor(private readonly now: Clock = Date.now) {}

  private held(key: string): { token: number; expiresAt: number } | undefined {
    const lease = this.leases.get(key);
    if (lease && lease.expiresAt > this.now()) return lease;
    this.leases.delete(key);
    return undefined;
  }

  /** Takes `key` for `ttlMs` when free. */
  async acquire(key: string, ttlMs: number): Promise<LeaseGrant | undefined> {
    checkTtl(ttlMs);
    if (this.held(key)) return undefined;
    const token = (this.fences.get(key) ?? 0) + 1;
    this.fences.set(key, token);
    this.leases.set(key, { token, expiresAt: this.now() + ttlMs });
    return { key, token };
  }

  /** Extends the lease held with `token`. */
  async renew(key: string, token: number, ttlMs: number): Promise<boolean> {
    checkTtl(ttlMs);
    const lease = this.held(key);
    if (!lease || lease.token !== token) return false;
    lease.expiresAt = this.now() + ttlMs;
    return true;
  }

  /** Releases the lease held with `token`. */
  async release(key: string, token: number): Promise<boolean> {
    const lease = this.held(key);
    if (!lease || lease.token !== token) return false;
    this.leases.delete(key);
    return true;
  }
}

/** A {@link BudgetStore} in process memory; expired windows are dropped as new ones open. */
export class MemoryBudgetStore implements BudgetStore {
  private readonly windows = new Map<string, { used: number; expiresAt: number }>();
  /** @param now - Clock (tests). Default `Date.now`. */
  constructor(private readonly now: Clock = Date.now) {}

  /** Takes `n` units from window `key` unless that exceeds `limit`. */
  async take(key: string, n: number, limit: number, ttlMs: number): Promise<boolean> {
    checkTtl(ttlMs);
    const now = this.now();
    for (const [k, w] of this.windows) if (w.expiresAt <= now) this.windows.delete(k);
    const w = this.windows.get(key) ?? { used: 0, expiresAt: now + ttlMs };
    if (w.used + n > limit) return false;
    w.used += n;
    this.windows.set(key, w);
    return true;
  }
}
