import {
  AbortError,
  ApiError,
  ConfigError,
  ConnectionError,
  HttpError,
  type Outcome,
  RequestValidationError,
  SdkError,
  TimeoutError,
} from './errors.js';

/** What `attachOutcome` needs to know about the operation that failed. */
export interface OutcomeTarget {
  /** Whether repeating the operation is harmless; idempotent operations get no outcome. */
  readonly idempotent: boolean;
  /**
   * How to find out whether the operation was carried out, as a clause that reads after
   * "before repeating it, …" (the operation table's `verify` hint).
   */
  readonly verify?: string | undefined;
}

const GENERIC_VERIFY = "look the change up with the vendor's read operations (or in its own interface)";

/**
 * Decides from an error what the server may have done with the request. It errs on the side of
 * `unknown`: an error that does not prove the request never arrived, or that the server refused
 * it, may hide an operation that was carried out.
 *
 * @param abortedBeforeCall - The caller's signal had already fired when the call started, so an
 *   {@link AbortError} proves nothing was sent.
 */
export function outcomeOf(error: unknown, abortedBeforeCall = false): Outcome {
  if (error instanceof SdkError && error.outcome !== undefined) return error.outcome;
  if (error instanceof RequestValidationError || error instanceof ConfigError) return 'not-sent';
  if (error instanceof ConnectionError) return error.requestMayHaveBeenSent ? 'unknown' : 'not-sent';
  if (error instanceof AbortError) return abortedBeforeCall ? 'not-sent' : 'unknown';
  if (error instanceof TimeoutError) {
    // A deadline that ran out while waiting to retry a request that never left (a non-idempotent
    // call is only retried after such a failure) sent nothing either.
    const cause = error.cause;
    return cause instanceof ConnectionError && !cause.requestMayHaveBeenSent ? 'not-sent' : 'unknown';
  }
  // The vendor answered and said no. 5xx stays unknown: a front end or a crash after the write
  // may have produced it.
  if (error instanceof ApiError) return 'refused';
  if (error instanceof HttpError) return error.status >= 400 && error.status < 500 ? 'refused' : 'unknown';
  return 'unknown';
}

/**
 * Records on an error of a non-idempotent operation whether it may have been carried out
 * ({@link SdkError.outcome}) and, when that is unknown, says so in the message together with the
 * operation's own way to check it. Idempotent operations and non-SDK errors are returned untouched.
 * The clients call it once, where every operation's call ends (`bindOperations`); it is exported for
 * the escape hatches (`client.call`) that bypass the tables.
 */
export function attachOutcome<E>(error: E, target: OutcomeTarget, abortedBeforeCall = false): E {
  if (target.idempotent || !(error instanceof SdkError) || error.outcome !== undefined) return error;
  const outcome = outcomeOf(error, abortedBeforeCall);
  (error as { outcome: Outcome }).outcome = outcome;
  const note =
    outcome === 'unknown'
      ? `The request may have reached the server, so the operation may have been carried out: before repeating it, ${target.verify ?? GENERIC_VERIFY}.`
      : outcome === 'not-sent' && error instanceof SdkError && !(error instanceof RequestValidationError)
        ? 'The request did not reach the server, so the operation was not carried out.'
        : '';
  if (note) rewriteMessage(error, `${error.message} ${note}`);
  return error;
}

/** Replaces the message, and the stack's first line that repeats it, so printed forms agree. */
function rewriteMessage(error: Error, message: string): void {
  const old = error.message;
  error.message = message;
  const stack = error.stack;
  const head = `${error.name}: ${old}`;
  if (typeof stack === 'string' && stack.startsWith(head)) {
    error.stack = `${error.name}: ${message}${stack.slice(head.length)}`;
  }
}
