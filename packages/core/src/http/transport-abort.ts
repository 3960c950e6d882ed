import { abortErrorFrom, settleFirst } from '../signal.js';

/**
 * One attempt's cancellation: the caller's signal and the attempt's time limit (its timeout or
 * what is left of the deadline) in one signal, which is handed to `fetch` and to auth providers.
 * `linkSignals` returns one too.
 *
 * With {@link race} it does what `raceSignal` does, for the transport's hot path: the transport awaits
 * one thing at a time (auth, fetch, body, decoder), so the race against the abort needs one slot
 * that {@link abort} rejects, not an `abort` listener added to and removed from the signal around
 * every await (Node's EventTarget makes that pair one of the larger per-call costs).
 */
export class AttemptAbort {
  /** Which source fired first, once one has. */
  reason: 'caller' | 'timeout' | undefined;
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal | undefined;
  readonly #operation: string | undefined;
  readonly #timer: ReturnType<typeof setTimeout> | undefined;
  #onCaller: (() => void) | undefined;
  /** Rejects the race now pending, if any. */
  #reject: ((error: unknown) => void) | undefined;

  constructor(caller: AbortSignal | undefined, timeoutMs: number, operation: string | undefined) {
    this.#caller = caller;
    this.#operation = operation;
    if (caller) {
      if (caller.aborted) this.abort('caller', caller.reason);
      else {
        this.#onCaller = () => this.abort('caller', caller.reason);
        caller.addEventListener('abort', this.#onCaller, { once: true });
      }
    }
    if (Number.isFinite(timeoutMs) && !this.#controller.signal.aborted) {
      this.#timer = setTimeout(
        () => this.abort('timeout', new Error(`timed out after ${timeoutMs} ms`)),
        Math.max(0, timeoutMs),
      );
    }
  }

  /** Aborts when the caller's signal aborts or the time limit elapses. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  private abort(reason: 'caller' | 'timeout', why: unknown): void {
    this.reason ??= reason;
    this.#controller.abort(why);
    const reject = this.#reject;
    this.#reject = undefined;
    reject?.(abortErrorFrom(this.#controller.signal, this.#operation));
  }

  /**
   * Settles like `work`, or rejects with the AbortError of `raceSignal` as soon as the attempt
   * aborts, whether or not the work honours the signal. `onLate` receives a value that arrives
   * after the abort (e.g. a response whose body must be released); a late rejection is swallowed.
   * One race at a time: the transport awaits each before starting the next.
   */
  race<T>(work: PromiseLike<T>, onLate?: (value: T) => void): Promise<T> {
    return settleFirst(work, onLate, (giveUp) => {
      if (this.#controller.signal.aborted) {
        giveUp(abortErrorFrom(this.#controller.signal, this.#operation));
        return () => {};
      }
      this.#reject = giveUp;
      return () => {
        if (this.#reject === giveUp) this.#reject = undefined;
      };
    });
  }

  /** Removes the listener on the caller's signal and clears the timer. */
  dispose(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    if (this.#onCaller) this.#caller?.removeEventListener('abort', this.#onCaller);
    this.#reject = undefined;
  }
}
