import { SdkError, type SdkErrorInit } from './errors.js';

/** Fields of a {@link PaymentOutcomeUnknownError}. */
export interface PaymentOutcomeUnknownErrorInit extends SdkErrorInit {
  /** What the lookup read, one sentence each (e.g. "OrderPaysBetweenForAll 01.03–03.03: no new payment of 120 on order 1001"). */
  checked: readonly string[];
  /** The values the lookup compared (before and after), for logs and support. */
  evidence: Record<string, unknown>;
  /** The read that failed, when the lookup itself could not be completed. */
  lookupError?: unknown;
}

/**
 * A money operation (payment, refund, bonus credit) lost its answer, and the settle helper's
 * lookup through the vendor's read operations did not find it either, or could not run. The
 * operation was probably not carried out, but that is not proven: a request still being processed
 * by the server may land later. `cause` is the original failure, `checked` says what was read, and
 * `evidence` holds the compared values. The helper never sends the operation a second time.
 */
export class PaymentOutcomeUnknownError extends SdkError {
  /** @internal */
  static override readonly brand: symbol = Symbol.for('@x/core/error/PaymentOutcomeUnknownError');
  /** What the lookup read, one sentence each. */
  readonly checked: readonly string[];
  /** The values the lookup compared (before and after). */
  readonly evidence: Record<string, unknown>;
  /** The read that failed, when the lookup could not be completed. */
  readonly lookupError: unknown;
  constructor(message: string, init: PaymentOutcomeUnknownErrorInit & { cause: SdkError }) {
    super(init.cause.code, message, { outcome: 'unknown', ...init });
    this.checked = init.checked;
    this.evidence = init.evidence;
    this.lookupError = init.lookupError;
  }
  protected override details(): Record<string, unknown> {
    return {
      checked: this.checked,
      evidence: this.evidence,
      lookupError: this.lookupError instanceof SdkError ? this.lookupError.toJSON() : undefined,
    };
  }
}

/** What a settle helper returns: the operation was recorded, by its own answer or by the lookup. */
export type Settled<R, E> =
  | {
      /** The vendor recorded the operation. */
      status: 'recorded';
      /** The operation's own answer said so. */
      via: 'answer';
      /** The operation's decoded answer. */
      result: R;
    }
  | {
      /** The vendor recorded the operation. */
      status: 'recorded';
      /** The answer was lost; the lookup found the operation. */
      via: 'lookup';
      /** What the lookup found. */
      evidence: E;
      /** The failure that lost the answer (its outcome was `unknown`). */
      error: SdkError;
    };

/** What a settle helper's lookup concluded. */
export interface LookupResult<E> {
  /** Whether the operation was found. */
  found: boolean;
  /** What was read, one sentence each. */
  checked: string[];
  /** The values compared. */
  evidence: E;
}

/** The three steps of a settle helper, vendor-specific. */
export interface SettleSteps<S, R, E> {
  /** The operation's SDK name, for messages. */
  operation: string;
  /** Reads the state the lookup compares against, before anything is sent; a failure here sends nothing. */
  snapshot: () => Promise<S>;
  /** Sends the operation once, with retries of an unknown outcome impossible (it is non-idempotent). */
  send: () => Promise<R>;
  /** After an unknown outcome: reads again and decides whether the operation was recorded. */
  lookup: (before: S) => Promise<LookupResult<E>>;
}

/**
 * Runs a money operation at most once and settles a lost answer: snapshot, send, and on an
 * `unknown` outcome look it up. Returns how it was recorded, rethrows failures that prove nothing
 * happened (`not-sent`, `refused`), and throws {@link PaymentOutcomeUnknownError} when the lookup
 * does not find it or cannot run. It never calls `send` twice.
 */
export async function settleOnce<S, R, E>(steps: SettleSteps<S, R, E>): Promise<Settled<R, E>> {
  const before = await steps.snapshot();
  let error: SdkError;
  try {
    return { status: 'recorded', via: 'answer', result: await steps.send() };
  } catch (e) {
    if (!(e instanceof SdkError) || e.outcome !== 'unknown') throw e;
    error = e;
  }
  let found: LookupResult<E>;
  try {
    found = await steps.lookup(before);
  } catch (lookupError) {
    throw new PaymentOutcomeUnknownError(
      `[${steps.operation}] the answer was lost and the lookup failed too, so whether it was carried out is unknown; check it by hand before repeating it (${error.message})`,
      {
        operation: steps.operation,
        cause: error,
        checked: [],
        evidence: { before },
        lookupError,
      },
    );
  }
  if (found.found) return { status: 'recorded', via: 'lookup', evidence: found.evidence, error };
  throw new PaymentOutcomeUnknownError(
    `[${steps.operation}] the answer was lost and the lookup did not find the operation (${found.checked.join('; ')}); it was probably not carried out, but a request still in progress on the server may land later: look again in a few minutes before repeating it.`,
    {
      operation: steps.operation,
      cause: error,
      checked: found.checked,
      evidence: found.evidence as Record<string, unknown>,
    },
  );
}

/** An amount in kopecks, for exact comparison of money read back from a vendor. */
export function toKopecks(value: unknown): number | undefined {
  if (typeof value === 'string' && value.trim() === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value ?? '').replace(',', '.'));
  return Number.isFinite(n) ? Math.round(n * 100) : undefined;
}
