import { type Logger, writeLog } from '../logging.js';
import { sleep } from '../signal.js';
import type { LeaseStore, SessionStore } from '../stores/memory.js';
import type { SessionGrant } from './session.js';

/**
 * Shares one vendor session among several processes: the session lives in `store` under `key`,
 * and only the process holding the lease `<key>:renew` logs in or refreshes; the others wait for
 * the new session and take it from the store.
 */
export interface SharedSessionOptions {
  /** Where the session is kept (e.g. `@x/redis`'s `RedisSessionStore`). */
  store: SessionStore;
  /** Where the renewal lease is taken (e.g. `@x/redis`'s `RedisLeaseStore`). */
  leases: LeaseStore;
  /**
   * Store key of this account's session; processes sharing one vendor account use the same key,
   * other accounts a different one. The lease is `<key>:renew`.
   */
  key: string;
  /**
   * How long a renewal may hold the lease, in ms. A process that dies while renewing blocks the
   * others at most this long. Keep it above a login's worst time. Default 30,000.
   */
  leaseTtlMs?: number | undefined;
  /** How often waiting processes look for the new session, in ms. Default 100. */
  pollMs?: number | undefined;
  /** How long a stored session lives when the vendor gives no expiry, in ms. Default 600,000. */
  defaultTtlMs?: number | undefined;
}

/** What the coordinator needs from the session manager. */
export interface SharedSessionHost<S> {
  name: string;
  logger: Logger | undefined;
  now(): number;
  isStale(grant: SessionGrant<S>): boolean;
  /** Logs in or refreshes `base` in this process. */
  renewLocally(base: S | undefined, signal: AbortSignal): Promise<SessionGrant<S>>;
  /** Takes a grant renewed by another process. */
  adopt(grant: SessionGrant<S>): SessionGrant<S>;
}

interface Stored<S> {
  s: S;
  e?: number | undefined;
}

function decode<S>(raw: string | undefined): SessionGrant<S> | undefined {
  if (raw === undefined) return undefined;
  try {
    const parsed = JSON.parse(raw) as Stored<S>;
    if (!parsed || typeof parsed !== 'object' || !('s' in parsed)) return undefined;
    return { session: parsed.s, expiresAt: typeof parsed.e === 'number' ? parsed.e : undefined };
  } catch {
    return undefined;
  }
}

const same = <S>(a: S | undefined, b: S | undefined): boolean =>
  a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** A failure of the shared store, as opposed to one of the vendor's login or refresh. */
class StoreFailure {
  constructor(readonly cause: unknown) {}
}

function guarded<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    throw new StoreFailure(error);
  });
}

/**
 * Renews through the shared store. When the store fails (e.g. Redis restarting), falls back to a
 * renewal in this process, so calls keep working; the next renewal goes through the store again.
 */
export async function renewShared<S>(
  host: SharedSessionHost<S>,
  shared: SharedSessionOptions,
  stale: S | undefined,
  signal: AbortSignal,
): Promise<SessionGrant<S>> {
  const { store, leases, key } = shared;
  const leaseKey = `${key}:renew`;
  const leaseTtl = shared.leaseTtlMs ?? 30_000;
  const pollMs = shared.pollMs ?? 100;
  const usable = (grant: SessionGrant<S> | undefined): boolean =>
    grant !== undefined && !same(grant.session, stale) && !host.isStale(grant);
  try {
    for (;;) {
      const found = decode<S>(await guarded(store.get(key)));
      if (found && usable(found)) return host.adopt(found);
      const lease = await guarded(leases.acquire(leaseKey, leaseTtl));
      if (lease) {
        try {
          // Read again under the lease: another process may have stored a session just before.
          const raw = await guarded(store.get(key));
          const latest = decode<S>(raw);
          if (latest && usable(latest)) return host.adopt(latest);
          // Refresh from the newest session anyone had: an older refresh id may be spent already.
          const grant = await host.renewLocally(latest?.session ?? stale, signal);
          await publish(host, shared, raw, grant);
          return grant;
        } finally {
          await leases.release(leaseKey, lease.token).catch(() => false);
        }
      }
      await sleep(pollMs, signal, host.name);
    }
  } catch (error) {
    if (!(error instanceof StoreFailure)) throw error;
    warnStoreDown(host, error.cause);
    return host.renewLocally(stale, signal);
  }
}

/** Stores a session this process renewed, unless another process stored one meanwhile. */
async function publish<S>(
  host: SharedSessionHost<S>,
  shared: SharedSessionOptions,
  previous: string | undefined,
  grant: SessionGrant<S>,
): Promise<void> {
  const ttl = grant.expiresAt !== undefined ? grant.expiresAt - host.now() : (shared.defaultTtlMs ?? 600_000);
  if (ttl <= 0) return;
  const value = JSON.stringify({ s: grant.session, e: grant.expiresAt } satisfies Stored<S>);
  let stored: boolean;
  try {
    stored = await shared.store.compareAndSet(shared.key, previous, value, Math.ceil(ttl));
  } catch (error) {
    // The session is valid; only sharing it failed. The others renew when they need to.
    warnStoreDown(host, error);
    return;
  }
  if (!stored) {
    writeLog(
      host.logger,
      'warn',
      { event: 'session', operation: host.name, detail: 'shared session replaced during renewal' },
      `${host.name}: another process stored a session while this one renewed; renewals take longer than the lease (leaseTtlMs)`,
    );
  }
}

function warnStoreDown(host: SharedSessionHost<unknown>, cause: unknown): void {
  writeLog(
    host.logger,
    'warn',
    {
      event: 'session',
      operation: host.name,
      detail: 'session store unavailable, renewing in this process',
      // The store's own error text can carry connection strings; only its class is logged.
      error: { code: 'store', message: cause instanceof Error ? cause.name : 'store failure' },
    },
    `${host.name}: the shared session store failed; this process renews its own session until the store is back`,
  );
}
