import { AbortError } from './errors.js';
import { AttemptAbort } from './http/transport-abort.js';

/**
 * Resolves after `ms`, or rejects with {@link AbortError} as soon as `signal` aborts, so a caller's
 * cancel never waits out a backoff sleep. The timer is cleared on abort to keep the event loop free.
 */
export function sleep(ms: number, signal?: AbortSignal, operation?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortErrorFrom(signal, operation));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortErrorFrom(signal as AbortSignal, operation));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Builds the AbortError for a fired caller signal. */
export function abortErrorFrom(signal: { reason?: unknown }, operation?: string): AbortError {
  return new AbortError(
    `${operation ? `[${operation}] ` : ''}the call was cancelled by its AbortSignal; nothing more will be sent.`,
    { operation, cause: signal.reason },
  );
}

/**
 * A controller that aborts when any of `signals` aborts, or after `timeoutMs`. `dispose()` removes
 * listeners and the timer so long-lived caller signals do not accumulate them.
 */
export interface LinkedAbort {
  /** Aborts when the caller's signal aborts or the timeout elapses. */
  signal: AbortSignal;
  /** Which source fired first, once one has. */
  readonly reason: 'caller' | 'timeout' | undefined;
  /** Removes the listener on the caller's signal and clears the timer. */
  dispose(): void;
}

/** Links a caller signal and an optional timeout into one signal (see {@link LinkedAbort}). */
export function linkSignals(caller: AbortSignal | undefined, timeoutMs?: number): LinkedAbort {
  // The transport's per-attempt link, without its race slot in use.
  return new AttemptAbort(caller, timeoutMs ?? Number.POSITIVE_INFINITY, undefined);
}

/**
 * Settles like `promise`, or rejects with an {@link AbortError} as soon as `signal` aborts, whether
 * or not the work behind `promise` honours the signal: a custom `fetch` or body stream that ignores
 * it cannot hold a call past its timeout. The listener is removed once either side settles.
 * `onLate` receives a value that arrives after the abort (e.g. a response whose body must be
 * cancelled so its socket is freed); a late rejection is swallowed, never unhandled.
 */
export function raceSignal<T>(
  promise: PromiseLike<T>,
  signal: AbortSignal,
  operation?: string,
  onLate?: (value: T) => void,
): Promise<T> {
  return settleFirst(promise, onLate, (giveUp) => {
    const onAbort = () => giveUp(abortErrorFrom(signal, operation));
    if (signal.aborted) {
      onAbort();
      return noop;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    return () => signal.removeEventListener('abort', onAbort);
  });
}

const noop = () => {};

/**
 * What {@link raceSignal} and the transport's per-attempt race share: a promise that settles like
 * `work` unless the `giveUp` that `arm` receives is called first. `arm` runs once, while `work` is
 * pending, and returns how to take the trigger back (called when `work` settles first). A value
 * that arrives after giving up goes to `onLate`; a late rejection is swallowed, never unhandled.
 */
export function settleFirst<T>(
  work: PromiseLike<T>,
  onLate: ((value: T) => void) | undefined,
  arm: (giveUp: (error: unknown) => void) => () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let done = false;
    let disarm: (() => void) | undefined;
    const giveUp = (error: unknown) => {
      if (done) return;
      done = true;
      reject(error);
    };
    work.then(
      (value) => {
        if (done) {
          try {
            onLate?.(value);
          } catch {
            // Clean-up of a late value must not surface anywhere.
          }
          return;
        }
        done = true;
        disarm?.();
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        disarm?.();
        giveUp(error);
      },
    );
    disarm = arm(giveUp);
  });
}
