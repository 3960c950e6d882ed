import { AuthError, SdkError, TimeoutError, prefix } from '../errors.js';
import { type Logger, writeLog } from '../logging.js';
import { registerSecret } from '../redact.js';
import { type SharedSessionOptions, renewShared } from './shared-session.js';
import { linkSignals, raceSignal } from '../signal.js';

/** A session as the vendor issued it, plus when the SDK should consider it stale. */
export interface SessionGrant<S> {
  /** The vendor's session value (an id, a token pair...). */
  session: S;
  /** Epoch ms after which the session is no longer valid, when the vendor says (e.g. login + 10 min). */
  expiresAt?: number | undefined;
}

/** How a {@link SessionManager} obtains, renews and ends sessions for one client. */
export interface SessionManagerOptions<S> {
  /** Name used in errors and logs, e.g. "agbis". */
  name: string;
  /** Full login with the user's credentials. */
  login(signal?: AbortSignal): Promise<SessionGrant<S>>;
  /** Cheap renewal of a session (e.g. with a refresh id); when it fails, the manager logs in again. */
  refresh?(current: S, signal?: AbortSignal): Promise<SessionGrant<S>>;
  /** Ends a session on the server. */
  logout?(current: S, signal?: AbortSignal): Promise<void>;
  /** Secret strings inside a session (ids, refresh ids), registered for redaction. */
  secrets?(session: S): Array<string | undefined>;
  /** Renew this long before `expiresAt`. Default 60,000 ms. */
  refreshAheadMs?: number;
  /**
   * Time limit of one shared login or refresh (the refresh and a fallback login together), in ms.
   * It is the client's own limit: no caller's signal cancels a renewal others may be waiting for.
   * Default 120,000 (the transport's default deadline).
   */
  renewTimeoutMs?: number | undefined;
  /** Clock, injectable for tests. Default `Date.now`. */
  now?: () => number;
  /** Receives session events (login, refresh, failed refresh). */
  logger?: Logger | undefined;
  /**
   * Share one session among processes through a store (e.g. Redis): one process renews under a
   * lease while the others wait and take the new session from the store. Default: this process only.
   */
  shared?: SharedSessionOptions | undefined;
}

/** Counters for observability and tests. */
export interface SessionStats {
  /** Full logins performed. */
  logins: number;
  /** Successful refreshes. */
  refreshes: number;
  /** Refreshes that failed (each followed by a full login). */
  failedRefreshes: number;
  /** Sessions taken from the shared store, renewed by another process; present with the `shared` option. */
  adopted?: number;
}

/**
 * Owns one client's session: logs in lazily, shares one in-flight login or refresh among all
 * concurrent callers (single flight), renews ahead of a known expiry, and on an "expired" answer
 * renews once and repeats the call once.
 */
export class SessionManager<S> {
  private current: SessionGrant<S> | undefined;
  private pending: Promise<SessionGrant<S>> | undefined;
  private readonly options: SessionManagerOptions<S>;
  /** Counters: logins, refreshes, failed refreshes. */
  readonly stats: SessionStats = { logins: 0, refreshes: 0, failedRefreshes: 0 };

  constructor(options: SessionManagerOptions<S>) {
    this.options = options;
    if (options.shared) this.stats.adopted = 0;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** The current session, if one is held (no network call). */
  peek(): S | undefined {
    return this.current?.session;
  }

  /**
   * A valid session: the held one, or the result of the one login/refresh in flight. `signal`
   * only stops this caller's wait (with an AbortError); the shared renewal goes on for the others.
   */
  async get(signal?: AbortSignal): Promise<S> {
    const held = this.current;
    if (held && !this.isStale(held)) return held.session;
    return (await this.renew(held?.session, signal)).session;
  }

  private isStale(grant: SessionGrant<S>): boolean {
    if (grant.expiresAt === undefined) return false;
    return this.now() >= grant.expiresAt - (this.options.refreshAheadMs ?? 60_000);
  }

  /**
   * Starts (or joins) a renewal. `stale` is the session the caller found unusable: if another
   * caller has already replaced it, the new one is returned without another round trip.
   *
   * The renewal is shared, so it runs under the manager's own time limit (`renewTimeoutMs`), never
   * under a caller's signal: one caller giving up (a browser that disconnected) must not fail every
   * other call waiting for the same session. `signal` ends only this caller's wait; when every
   * waiter has left, the renewal still completes and its session is kept for the next call.
   */
  renew(stale: S | undefined, signal?: AbortSignal): Promise<SessionGrant<S>> {
    if (this.current && this.current.session !== stale && !this.isStale(this.current)) {
      return Promise.resolve(this.current);
    }
    // A caller that has already given up does not start a login nobody asked for.
    if (signal?.aborted) return raceSignal(new Promise<never>(() => {}), signal, this.options.name);
    if (!this.pending) {
      const pending = this.shared(stale).finally(() => {
        if (this.pending === pending) this.pending = undefined;
      });
      // Every waiter may have left: the outcome is still observed, so a failure after the aborts
      // is never an unhandled rejection (it is logged by doRenew, and the next call renews again).
      pending.catch(() => {});
      this.pending = pending;
    }
    return signal ? raceSignal(this.pending, signal, this.options.name) : this.pending;
  }

  /** What the shared-session coordinator may do with this manager. */
  private host() {
    return {
      name: this.options.name,
      logger: this.options.logger,
      now: () => this.now(),
      isStale: (grant: SessionGrant<S>) => this.isStale(grant),
      renewLocally: (base: S | undefined, signal: AbortSignal) => this.doRenew(base, signal),
      adopt: (grant: SessionGrant<S>) => {
        for (const s of this.options.secrets?.(grant.session) ?? []) registerSecret(s);
        this.stats.adopted = (this.stats.adopted ?? 0) + 1;
        this.log('debug', 'took the shared session', 'took the session another process renewed');
        this.current = grant;
        return grant;
      },
    };
  }

  /** One renewal bounded by the manager's own time limit, whatever login/refresh do with the signal. */
  private async shared(stale: S | undefined): Promise<SessionGrant<S>> {
    const limitMs = this.options.renewTimeoutMs ?? 120_000;
    const link = linkSignals(undefined, limitMs);
    try {
      const coordinated = this.options.shared;
      const renewal = coordinated
        ? renewShared(this.host(), coordinated, stale, link.signal)
        : this.doRenew(stale, link.signal);
      return await raceSignal(renewal, link.signal, this.options.name);
    } catch (error) {
      if (link.reason !== 'timeout') throw error;
      throw new TimeoutError(
        `${prefix(this.options.name)}the shared ${stale === undefined ? 'login' : 'session renewal'} did not finish within ${limitMs} ms; check the server, or raise the client's deadline.`,
        limitMs,
        'deadline',
        { operation: this.options.name, cause: error },
      );
    } finally {
      link.dispose();
    }
  }

  /** One session event: `detail` in the record, `what` after the manager's name in the message. */
  private log(
    level: 'debug' | 'info' | 'warn',
    detail: string,
    what: string,
    extra?: { error: { code: string; message: string } | undefined },
  ): void {
    const { logger, name } = this.options;
    writeLog(logger, level, { event: 'session', operation: name, detail, ...extra }, `${name}: ${what}`);
  }

  private async doRenew(stale: S | undefined, signal: AbortSignal): Promise<SessionGrant<S>> {
    const { refresh, login } = this.options;
    let grant: SessionGrant<S> | undefined;
    if (stale !== undefined && refresh) {
      try {
        grant = await refresh(stale, signal);
        this.stats.refreshes++;
        this.log('debug', 'refreshed', 'session refreshed');
      } catch (error) {
        this.stats.failedRefreshes++;
        if (signal.aborted) throw error;
        this.log('info', 'refresh failed, logging in', 'refresh failed, logging in again');
      }
    }
    if (!grant) {
      try {
        grant = await login(signal);
      } catch (error) {
        this.log('warn', 'login failed', 'login failed', {
          error: error instanceof SdkError ? { code: error.code, message: error.message } : undefined,
        });
        throw error;
      }
      this.stats.logins++;
      this.log('debug', 'logged in', 'logged in');
    }
    for (const s of this.options.secrets?.(grant.session) ?? []) registerSecret(s);
    this.current = grant;
    return grant;
  }

  /** Forgets `session` if it is the one held, so the next {@link get} renews. */
  invalidate(session?: S): void {
    if (session === undefined || this.current?.session === session) {
      this.current = this.current && { ...this.current, expiresAt: 0 };
    }
  }

  /**
   * Runs `fn` with a valid session. When `fn` fails with an error for which `isExpired` is true,
   * renews once (sharing the renewal with concurrent callers) and runs `fn` once more; a second
   * expiry in the same call becomes an {@link AuthError} instead of a loop.
   */
  async run<T>(
    fn: (session: S) => Promise<T>,
    isExpired: (error: unknown) => boolean,
    signal?: AbortSignal,
    operation?: string,
  ): Promise<T> {
    const first = await this.get(signal);
    try {
      return await fn(first);
    } catch (error) {
      if (!isExpired(error)) throw error;
      const fresh = await this.renew(first, signal);
      try {
        return await fn(fresh.session);
      } catch (again) {
        if (!isExpired(again)) throw again;
        this.invalidate(fresh.session);
        throw new AuthError(
          `${prefix(operation)}the server rejected a freshly renewed ${this.options.name} session; check the account's permissions and the server clock.`,
          {
            operation,
            sessionExpired: true,
            cause: again,
            vendorCode:
              again instanceof SdkError ? (again as { vendorCode?: string | number }).vendorCode : undefined,
          },
        );
      }
    }
  }

  /**
   * Logs out (when supported) and forgets the session. Safe to call more than once. A shared
   * session is only forgotten here, not logged out: other processes are still using it.
   */
  async close(signal?: AbortSignal): Promise<void> {
    const held = this.current;
    this.current = undefined;
    if (held && this.options.logout && !this.options.shared) await this.options.logout(held.session, signal);
  }
}
