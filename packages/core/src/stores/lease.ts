import type { LeaseGrant, LeaseStore } from './memory.js';

/** Options of {@link holdLease}. */
export interface HoldLeaseOptions {
  /** Lease life in ms; renewed every third of it while held. */
  ttlMs: number;
  /** The caller's signal: aborting it ends the work as usual. */
  signal?: AbortSignal | undefined;
}

/** What {@link holdLease} did. */
export type HoldLeaseResult<T> =
  | {
      /** Another holder has the lease: the work did not run. */
      acquired: false;
    }
  | {
      /** The lease was taken and the work ran under it. */
      acquired: true;
      /** What the work returned. */
      value: T;
      /** True when the lease was lost while the work ran (the work's signal was aborted). */
      lost: boolean;
      /** The lease that was held, with its fencing token. */
      grant: LeaseGrant;
    };

/** The lease while work runs under it. */
export interface HeldLease {
  /** The caller's signal and the lease's: aborted when either ends (the lease when it is lost). */
  signal: AbortSignal;
  /** The lease and its fencing token. */
  grant: LeaseGrant;
  /**
   * Confirms the lease is still held before a step that must not run without it, renewing it when
   * a third of its life has passed since the last confirmation; `false` once it is lost.
   */
  confirm(): Promise<boolean>;
}

/**
 * Runs `work` while holding the lease `key`: takes it (or returns `{ acquired: false }` when
 * another process holds it), renews it in the background, aborts the work's signal when a renewal
 * fails (lost, or the store unreachable: the lease can no longer be proved), and releases it at
 * the end. Failing to take the lease because the store is down rejects with the store's error.
 */
export async function holdLease<T>(
  leases: LeaseStore,
  key: string,
  options: HoldLeaseOptions,
  work: (held: HeldLease) => Promise<T>,
): Promise<HoldLeaseResult<T>> {
  const { ttlMs } = options;
  const grant = await leases.acquire(key, ttlMs);
  if (!grant) return { acquired: false };
  const lost = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, lost.signal]) : lost.signal;
  let confirmedAt = Date.now();
  let renewing: Promise<boolean> | undefined;
  const renew = (): Promise<boolean> => {
    if (lost.signal.aborted) return Promise.resolve(false);
    renewing ??= leases
      .renew(key, grant.token, ttlMs)
      .catch(() => false)
      .then((ok) => {
        renewing = undefined;
        if (ok) confirmedAt = Date.now();
        else lost.abort(new Error(`lease ${key} lost`));
        return ok;
      });
    return renewing;
  };
  const timer = setInterval(() => void renew(), Math.max(10, Math.floor(ttlMs / 3)));
  const held: HeldLease = {
    signal,
    grant,
    confirm: () => {
      if (lost.signal.aborted) return Promise.resolve(false);
      return Date.now() - confirmedAt < ttlMs / 3 ? Promise.resolve(true) : renew();
    },
  };
  try {
    const value = await work(held);
    return { acquired: true, value, lost: lost.signal.aborted, grant };
  } finally {
    clearInterval(timer);
    if (!lost.signal.aborted) await leases.release(key, grant.token).catch(() => false);
  }
}
