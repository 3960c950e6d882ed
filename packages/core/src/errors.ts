import { redact, redactString } from './redact.js';

/**
 * Stable, machine-readable kind of an {@link SdkError}. Switch on this rather than on messages.
 */
export type ErrorCode =
  | 'config'
  | 'request_validation'
  | 'connection'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'api'
  | 'auth'
  | 'rate_limit'
  | 'response';

/**
 * Whether a failed non-idempotent operation (a write, a payment) may have been carried out:
 * - `not-sent`: the request provably never reached the server (invalid input, connection refused,
 *   DNS failure, cancelled before sending); nothing happened and calling again is safe;
 * - `refused`: the server answered and refused it (a vendor error, HTTP 4xx); nothing happened;
 * - `unknown`: the request may have reached the server and the answer was lost or unreadable
 *   (timeout, connection reset after sending, HTTP 5xx, an answer that could not be decoded): the
 *   operation may have been carried out, so check before repeating it.
 */
export type Outcome = 'not-sent' | 'refused' | 'unknown';

/** Fields every SDK error accepts when it is built. */
export interface SdkErrorInit {
  /** For a non-idempotent operation: whether it may have been carried out (see {@link Outcome}). */
  outcome?: Outcome | undefined;
  /** The SDK operation that failed, e.g. `agbis.orders.save` or the vendor's wire name. */
  operation?: string | undefined;
  /** The lower-level error that caused this one. Shown redacted by `toJSON()` and `inspect`. */
  cause?: unknown;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Marks every instance with one `Symbol.for` brand per class in its chain, so that `instanceof`
 * keeps working when an application ends up with two copies of `@x/core` (ESM and CJS, or two versions).
 */
function brandOf(name: string): symbol {
  return Symbol.for(`@x/core/error/${name}`);
}

/**
 * Base class of every error the SDK throws. `message` is one sentence: what happened, in which
 * operation, and what to do; it never contains a secret.
 */
export class SdkError extends Error {
  /** @internal */
  static readonly brand: symbol = brandOf('SdkError');

  /**
   * Brand check behind `instanceof`: true when `value` carries this class's brand, even if it was
   * created by another copy of `@x/core`.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // `this` is the class `instanceof` was asked about, so subclasses check their own brand.
    // biome-ignore lint/complexity/noThisInStatic: the dynamic `this` is the point here
    const brand = (this as unknown as { brand?: symbol }).brand;
    return (
      typeof value === 'object' &&
      value !== null &&
      brand !== undefined &&
      (value as Record<symbol, unknown>)[brand] === true
    );
  }

  /** Machine-readable kind of failure. */
  readonly code: ErrorCode;
  /** The operation that failed, when known. */
  readonly operation: string | undefined;
  /**
   * Set on every error of a non-idempotent operation (writes, payments): whether the operation may
   * have been carried out. `undefined` for idempotent operations, which are safe to repeat anyway.
   */
  readonly outcome: Outcome | undefined;

  constructor(code: ErrorCode, message: string, init: SdkErrorInit = {}) {
    super(redact(message), init.cause === undefined ? undefined : { cause: init.cause });
    this.code = code;
    this.operation = init.operation;
    this.outcome = init.outcome;
    this.name = new.target.name;
    for (let ctor: unknown = new.target; ctor && ctor !== Function.prototype; ) {
      if (Object.hasOwn(ctor as object, 'brand')) {
        Object.defineProperty(this, (ctor as { brand: symbol }).brand, { value: true });
      }
      ctor = Object.getPrototypeOf(ctor);
    }
  }

  /** Extra fields a subclass adds to `toJSON()`. */
  protected details(): Record<string, unknown> {
    return {};
  }

  /** A plain, redacted object for structured logs. */
  toJSON(): Record<string, unknown> {
    // The class name, code, operation and outcome are the SDK's own words: they are never redacted,
    // so a vendor field declared personal under the same key (`name`) cannot blank the error's name.
    return {
      name: this.name,
      code: this.code,
      operation: this.operation,
      ...(this.outcome === undefined ? {} : { outcome: this.outcome }),
      ...(redact({ message: this.message, ...this.details() }) as Record<string, unknown>),
      cause: describeCause(this.cause),
    };
  }

  /**
   * What Node's `util.inspect` (and so `console.error`) prints: the class, the redacted message,
   * the stack and the redacted cause chain, laid out like Node's own errors, plus the error's
   * fields. Secrets are masked in every part, and the raw cause objects are never shown.
   */
  [INSPECT](): unknown {
    // A non-string result is formatted by inspect itself, with the caller's depth, colours and indentation.
    return inspectView(this, 0);
  }
}

/** Longest cause chain shown; deeper links (or a cycle) are cut. */
const MAX_CAUSE_DEPTH = 8;

/**
 * A stand-in for `error` that `util.inspect` prints like a native error: same prototype (so the
 * class name shows), redacted stack and message, the SDK fields, and `[cause]` built the same way.
 * Its own `INSPECT` slot is blanked so printing it does not come back here.
 */
function inspectView(error: Error, depth: number): Error {
  const view = Object.create(Object.getPrototypeOf(error) as object) as Error;
  Object.defineProperty(view, INSPECT, { value: undefined });
  const hidden = (key: string, value: unknown) =>
    Object.defineProperty(view, key, { value, writable: true, configurable: true, enumerable: false });
  hidden('message', redactString(String(error.message)));
  hidden('stack', redactString(String(error.stack ?? `${error.name}: ${error.message}`)));
  if (error instanceof SdkError) {
    const json = error.toJSON();
    delete json.cause;
    delete json.message;
    delete json.name;
    Object.assign(view, json);
  } else {
    // Node's system errors carry code, errno, syscall, hostname, address, port: what the 3 a.m.
    // reader needs. Other own fields go through redact() like everything else.
    for (const key of Object.keys(error)) {
      if (key === 'name' || key === 'message' || key === 'stack' || key === 'cause') continue;
      const value = (error as unknown as Record<string, unknown>)[key];
      if (typeof value === 'object' && value !== null) continue; // sockets, requests: noise and secrets
      (view as unknown as Record<string, unknown>)[key] = redact(value);
    }
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && depth < MAX_CAUSE_DEPTH) {
    hidden('cause', cause instanceof Error ? inspectView(cause, depth + 1) : redact(cause));
  }
  return view;
}

/** The cause chain as plain redacted objects, for `toJSON()`: name, message, code, and its own cause. */
function describeCause(cause: unknown, depth = 0): unknown {
  if (cause === undefined) return undefined;
  if (depth >= MAX_CAUSE_DEPTH) return '[cause chain cut]';
  if (cause instanceof SdkError) return cause.toJSON();
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    const inner = (cause as { cause?: unknown }).cause;
    return {
      name: redactString(cause.name),
      ...(redact({ message: cause.message, ...(code ? { code } : {}) }) as Record<string, unknown>),
      ...(inner !== undefined ? { cause: describeCause(inner, depth + 1) } : {}),
    };
  }
  return redact(String(cause));
}

/** Client options are wrong (missing credentials, a malformed base URL, plain http without opt-in). */
export class ConfigError extends SdkError {
  /** @internal */
  static override readonly brand: symbol = brandOf('ConfigError');
  constructor(message: string, init?: SdkErrorInit) {
    super('config', message, init);
  }
}

/** One problem found in a request before it was sent. */
export interface ValidationIssue {
  /** Dotted path of the offending field, e.g. `services.0.price`; empty for the whole input. */
  path: string;
  /** What is wrong with it. */
  message: string;
}

/** The input failed validation; nothing was sent to the server. */
export class RequestValidationError extends SdkError {
  /** @internal */
  static override readonly brand: symbol = brandOf('RequestValidationError');
  /** Every problem found, each naming its field. */
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[], init?: SdkErrorInit) {
    const list = issues
      .slice(0, 5)
      .map((i) => `${i.path || '(input)'}: ${i.message}`)
      .join('; ');
    const more = issues.length > 5 ? ` (+${issues.length - 5} more)` : '';
    super(
      'request_validation',
      `${prefix(init?.operation)}invalid input, nothing was sent: ${list}${more}. Fix the named fields and call again.`,
      init,
    );
    this.issues = issues;
  }
  protected override details(): Record<string, unknown> {
    return { issues: this.issues };
  }
}

/** The request did not complete at the network level. */
export class TransportError extends SdkError {
  /** @internal */
  static override readonly brand: symbol = brandOf('TransportError');
}

/** Connecting or talking to the server failed (refused, reset, DNS, TLS). */
export class ConnectionError extends TransportError {
  /** @internal */
  static override readonly brand: symbol = brandOf('ConnectionError');
  /**
   * `false` when the failure proves the request never reached the server (connection refused,
   * DNS failure): only then may a non-idempotent operation be retried.
   */
  readonly requestMayHaveBeenSent: boolean;
  constructor(message: string, requestMayHaveBeenSent: boolean, init?: SdkErrorInit) {
    super('connection', message, init);
    this.requestMayHaveBeenSent = requestMayHaveBeenSent;
  }
  protected override details(): Record<string, unknown> {
    return { requestMayHaveBeenSent: this.requestMayHaveBeenSent };
  }
}

/** An attempt or the whole call ran out of time. */
export class TimeoutError extends TransportError {
  /** @internal */
  static override readonly brand: symbol = brandOf('TimeoutError');
  /** The limit that was hit, in milliseconds. */
  readonly timeoutMs: number;
  /** Whether the per-attempt timeout or the overall deadline was hit. */
  readonly scope: 'attempt' | 'deadline';
  constructor(message: string, timeoutMs: number, scope: 'attempt' | 'deadline', init?: SdkErrorInit) {
    super('timeout', message, init);
    this.timeoutMs = timeoutMs;
    this.scope = scope;
  }
  protected override details(): Record<string, unknown> {
    return { timeoutMs: this.timeoutMs, scope: this.scope };
  }
}

/** The caller's `AbortSignal` fired. */
export class AbortError extends TransportError {
  /** @internal */
  static override readonly brand: symbol = brandOf('AbortError');
  constructor(message: string, init?: SdkErrorInit) {
    super('aborted', message, init);
  }
}

/** Fields of an {@link HttpError}. */
export interface HttpErrorInit extends SdkErrorInit {
  /** HTTP status code of the answer. */
  status: number;
  /** Response headers; they are redacted when stored. */
  headers?: Record<string, string>;
  /** The start of the response body; it is redacted when stored. */
  bodyExcerpt?: string;
}

/** The server answered with a status the operation does not accept (usually non-2xx). */
export class HttpError extends SdkError {
  /** @internal */
  static override readonly brand: symbol = brandOf('HttpError');
  /** HTTP status code. */
  readonly status: number;
  /** Response headers, with secrets masked. */
  readonly headers: Record<string, string>;
  /** The first few hundred characters of the body, with secrets masked. */
  readonly bodyExcerpt: string;
  constructor(message: string, init: HttpErrorInit) {
    super('http', message, init);
    this.status = init.status;
    this.headers = redact(init.headers ?? {}) as Record<string, string>;
    this.bodyExcerpt = redact(init.bodyExcerpt ?? '') as string;
  }
  protected override details(): Record<string, unknown> {
    return { status: this.status, headers: this.headers, bodyExcerpt: this.bodyExcerpt };
  }
}

/** Fields of an {@link ApiError}. */
export interface ApiErrorInit extends SdkErrorInit {
  /** The vendor's own error code, as it sent it. */
  vendorCode?: string | number | undefined;
  /** The vendor's message, decoded (e.g. URL-decoded), redacted. */
  vendorMessage?: string | undefined;
  /** HTTP status of the answer, when it matters. */
  status?: number | undefined;
  /** Whether repeating the same call later may succeed (an idempotent call is retried automatically). */
  retryable?: boolean | undefined;
}

/** The vendor understood the request and refused it. */
export class ApiError extends SdkError {
  /** @internal */
  static override readonly brand: symbol = brandOf('ApiError');
  /** The vendor's error code. */
  readonly vendorCode: string | number | undefined;
  /** The vendor's message. */
  readonly vendorMessage: string | undefined;
  /** HTTP status, when the vendor used one. */
  readonly status: number | undefined;
  /** Whether the same call may succeed if repeated later. */
  readonly retryable: boolean;
  constructor(message: string, init: ApiErrorInit = {}, code: ErrorCode = 'api') {
    super(code, message, init);
    this.vendorCode = init.vendorCode;
    this.vendorMessage =
      init.vendorMessage === undefined ? undefined : (redact(init.vendorMessage) as string);
    this.status = init.status;
    this.retryable = init.retryable ?? false;
  }
  protected override details(): Record<string, unknown> {
    return {
      vendorCode: this.vendorCode,
      vendorMessage: this.vendorMessage,
      status: this.status,
      retryable: this.retryable,
    };
  }
}

/** Fields of an {@link AuthError}. */
export interface AuthErrorInit extends ApiErrorInit {
  /** The server said the session expired or is unknown: a fresh session may fix it. */
  sessionExpired?: boolean;
}

/** Credentials, token or session were refused (401/403 or the vendor's equivalent). */
export class AuthError extends ApiError {
  /** @internal */
  static override readonly brand: symbol = brandOf('AuthError');
  /** True when the session expired or is unknown, so the SDK may log in again. */
  readonly sessionExpired: boolean;
  constructor(message: string, init: AuthErrorInit = {}) {
    super(message, init, 'auth');
    this.sessionExpired = init.sessionExpired ?? false;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), sessionExpired: this.sessionExpired };
  }
}

/** Fields of a {@link RateLimitError}. */
export interface RateLimitErrorInit extends ApiErrorInit {
  /** How long the server asked us to wait, in milliseconds, when it said. */
  retryAfterMs?: number | undefined;
}

/** The server refused because of request rate (HTTP 429 or a vendor "too many requests" code). */
export class RateLimitError extends ApiError {
  /** @internal */
  static override readonly brand: symbol = brandOf('RateLimitError');
  /** Milliseconds the server asked us to wait, if it said. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, init: RateLimitErrorInit = {}) {
    super(message, { retryable: true, ...init }, 'rate_limit');
    this.retryAfterMs = init.retryAfterMs;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), retryAfterMs: this.retryAfterMs };
  }
}

/** The response is not what the vendor promised (not JSON/XML, too large, schema mismatch). */
export class ResponseError extends SdkError {
  /** @internal */
  static override readonly brand: symbol = brandOf('ResponseError');
  /** Where in the decoded body the mismatch is, when known. */
  readonly issues: readonly ValidationIssue[];
  constructor(message: string, init: SdkErrorInit & { issues?: readonly ValidationIssue[] } = {}) {
    super('response', message, init);
    this.issues = init.issues ?? [];
  }
  protected override details(): Record<string, unknown> {
    return { issues: this.issues };
  }
}

/** `"[op] "` prefix for messages, empty when the operation is unknown. */
export function prefix(operation: string | undefined): string {
  return operation ? `[${operation}] ` : '';
}

/** True for any error thrown by the SDK (works across duplicate copies of @x/core). */
export function isSdkError(value: unknown): value is SdkError {
  return value instanceof SdkError;
}
