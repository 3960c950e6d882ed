import type { AuthStrategy } from '../auth/strategies.js';
import {
  AbortError,
  AuthError,
  ConfigError,
  HttpError,
  RateLimitError,
  RequestValidationError,
  ResponseError,
  SdkError,
  TimeoutError,
  prefix,
} from '../errors.js';
import { type Logger, envLogger, writeLog } from '../logging.js';
import { type OptionRules, baseClientRules, callRules, checkKnownOptions, checkOptions } from '../options.js';
import { redact } from '../redact.js';
import { type RetryOptions, isRetryable, parseRetryAfter, resolveRetry, retryDelay } from '../retry.js';
import { abortErrorFrom, sleep } from '../signal.js';
import { connectionErrorFrom } from './errors-from-network.js';
import { type RawResponse, type TextSink, readBody } from './response.js';
import { AttemptAbort } from './transport-abort.js';

/** A `fetch`-compatible function: the global one, undici's with an agent, or a test double. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options shared by every client: transport, timeouts, retries, logging. */
export interface TransportOptions {
  /** Base URL every request path is resolved against. */
  baseUrl: string;
  /** Credentials for every request. Default: none. */
  auth?: AuthStrategy | undefined;
  /** Replaces the global `fetch` (proxies, undici agents, tests). */
  fetch?: FetchLike | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** Appended to the SDK's own `User-Agent`. */
  userAgent?: string | undefined;
  /** Time limit of one attempt, headers and body included, in ms. Default 30,000. */
  timeoutMs?: number | undefined;
  /** Time limit of a whole call, retries and backoff included, in ms. Default 120,000. */
  deadlineMs?: number | undefined;
  /** Retry settings; `false` disables retries. */
  retry?: RetryOptions | false | undefined;
  /** Receives one redacted record per attempt. */
  logger?: Logger | undefined;
  /** Largest response body accepted, in bytes. Default 64 MiB. */
  maxResponseBytes?: number | undefined;
  /** Allow a plain `http:` base URL (for emulators and local tests). Default false. */
  allowHttp?: boolean | undefined;
  /**
   * Call options a client accepts besides {@link CallOptions} (with their rules), so that the
   * check of every call's options before sending does not reject them as unknown.
   */
  extraCallOptions?: OptionRules | undefined;
}

/** Per-call options every SDK method accepts as its last argument. */
export interface CallOptions {
  /** Cancels the call, including any backoff sleep. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's per-attempt timeout. */
  timeoutMs?: number | undefined;
  /** Overrides the client's overall deadline. */
  deadlineMs?: number | undefined;
  /** Overrides the client's retry settings; `false` disables retries for this call. */
  retry?: RetryOptions | false | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /**
   * Called with the raw response (status, headers, body bytes) of each attempt that succeeded;
   * a method's `withResponse` uses it to hand back the response its result was decoded from.
   */
  onResponse?: ((response: ResponseInfo) => void) | undefined;
}

/** Status, headers and body of a response, for callers who want them. */
export interface ResponseInfo {
  /** HTTP status code. */
  status: number;
  /** Response headers, unredacted: treat them as secret-bearing. */
  headers: Headers;
  /** Final URL, after redirects. */
  url: string;
  /**
   * The body exactly as received (after content decoding), unredacted: it may hold personal data
   * and secrets the SDK masks everywhere else.
   */
  body: Uint8Array;
}

/** One request as a client's wire layer describes it. */
export interface RequestSpec<T> {
  /** SDK operation name, used in errors and logs. */
  operation: string;
  /** Whether repeating the request is harmless; decides retries. */
  idempotent: boolean;
  /** HTTP method the vendor expects (which says nothing about idempotency). */
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * Path and query relative to the base URL, already encoded by the wire layer
   * (vendors differ in how they want values encoded, so core does not re-encode).
   */
  path: string;
  /** Extra query parameters, each encoded with `encodeURIComponent`. */
  query?: Record<string, string | number | boolean | null | undefined> | undefined;
  /** Headers of this request (content type, SOAP action...), added after the client's own. */
  headers?: Record<string, string> | undefined;
  /** Request body, already encoded. */
  body?: string | Uint8Array | undefined;
  /** Statuses handed to `decode` instead of becoming an {@link HttpError}. Default: 2xx. */
  acceptStatus?: ((status: number) => boolean) | undefined;
  /** Turns the read response into a value, or throws an SdkError (ApiError, AuthError...). */
  decode: (response: RawResponse) => T | Promise<T>;
  /**
   * Asks for the body's text while it arrives: called once per attempt whose status is accepted,
   * before the body is read; the sink it returns (if any) receives the text chunk by chunk, and
   * `decode` still runs afterwards with the whole `RawResponse` (limits and errors unchanged), so
   * it can return what the sink built or decode the text itself. An error thrown by the sink
   * fails the attempt as an error thrown by `decode` would.
   */
  stream?: ((status: number, headers: Headers) => TextSink | undefined) | undefined;
  /** Whether to attach the client's auth strategy. Default true. */
  auth?: boolean | undefined;
}

/** What the retry loop logs about an attempt that failed. */
interface AttemptInfo {
  url?: string;
  status?: number;
  durationMs?: number;
}

const SDK_USER_AGENT = 'x-sdk/0 (+https://www.npmjs.com/org/x)';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_DEADLINE_MS = 120_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const EXCERPT = 300;

/**
 * Sends requests for one client: builds them, applies auth, enforces timeouts and the deadline,
 * retries when it is safe, reads bounded bodies and logs every attempt.
 *
 * It calls `fetch` directly. It used ky at first, with ky's retry, timeout and error handling all
 * switched off, because retries depend on the operation's idempotency and on vendor error codes
 * that only appear once the body is decoded; what remained of ky cost ~5 KB gzipped per bundle and
 * ~10% per call (an extra Request, option merging, `AbortSignal.any`) and did nothing for us.
 */
export class Transport {
  /** The parsed base URL (no query, no fragment, no credentials). */
  readonly baseUrl: URL;
  /** The options the transport was created with. */
  readonly options: Readonly<TransportOptions>;
  private readonly fetchImpl: FetchLike | undefined;
  private readonly callRules: OptionRules;
  /** The base URL's href ending in `/`, and its path: resolved once, not on every call. */
  private readonly baseHref: string;
  private readonly basePath: string;
  /** `User-Agent` and the client's headers, checked once here; copied into every attempt's headers. */
  private readonly clientHeaders: ReadonlyArray<readonly [string, string]>;
  /** Wire paths already resolved and checked by {@link url}, with their href (bounded). */
  private readonly hrefs = new Map<string, string>();

  constructor(options: TransportOptions) {
    // Types and ranges only: clients hand over their own options too, which they check themselves.
    checkKnownOptions(options, baseClientRules, 'Transport options');
    this.options = options;
    this.callRules = options.extraCallOptions ? { ...callRules, ...options.extraCallOptions } : callRules;
    this.baseUrl = parseBaseUrl(options.baseUrl, options.allowHttp ?? false);
    const userAgent = options.userAgent ? `${SDK_USER_AGENT} ${options.userAgent}` : SDK_USER_AGENT;
    checkHeader('user-agent', userAgent, undefined);
    const clientHeaders: Array<[string, string]> = [['user-agent', userAgent]];
    for (const [name, value] of Object.entries(options.headers ?? {})) {
      checkHeader(name, value, undefined);
      clientHeaders.push([name, value]);
    }
    this.clientHeaders = clientHeaders;
    this.fetchImpl = options.fetch;
    const href = this.baseUrl.href;
    this.baseHref = href.endsWith('/') ? href : `${href}/`;
    this.basePath = new URL(this.baseHref).pathname;
  }

  /** Resolves a wire path against the base URL (a relative path keeps the base's path prefix). */
  url(path: string, operation?: string): URL {
    const url = new URL(path.charCodeAt(0) === 47 ? path.replace(/^\/+/, '') : path, this.baseHref);
    // A path built from user input must not leave the base URL: another origin would receive the
    // credentials, and `..` would reach endpoints outside the configured prefix.
    if (url.origin !== this.baseUrl.origin || !url.pathname.startsWith(this.basePath)) {
      throw new RequestValidationError(
        [{ path: 'path', message: `resolves outside the base URL (${redact(url.href)})` }],
        { operation },
      );
    }
    return url;
  }

  /**
   * The href of {@link url}`(path)`, remembered per path: most calls of a client use a handful of
   * fixed paths, and resolving and checking one costs two URL parses.
   */
  private href(path: string, operation: string): string {
    let href = this.hrefs.get(path);
    if (href === undefined) {
      href = this.url(path, operation).href;
      // Paths that carry ids differ per call: start over rather than grow without bound.
      if (this.hrefs.size >= MAX_REMEMBERED_PATHS) this.hrefs.clear();
      this.hrefs.set(path, href);
    }
    return href;
  }

  /** Sends one request with retries and returns what `spec.decode` made of the response. */
  async request<T>(spec: RequestSpec<T>, call: CallOptions = {}): Promise<T> {
    // A misspelt option (`retry: { attempts: 2 }`, `timeoutMs: -1`) fails before anything is sent.
    if (!isEmptyObject(call)) checkOptions(call, this.callRules, `call options of ${spec.operation}`);
    // Resolved on the first failure: a call that succeeds at once never reads it.
    let policy: ReturnType<typeof resolveRetry> | undefined;
    const deadlineMs = call.deadlineMs ?? this.options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const started = Date.now();
    const deadlineAt = started + deadlineMs;
    if (call.signal?.aborted) throw abortErrorFrom(call.signal, spec.operation);
    for (let attempt = 1; ; attempt++) {
      const info: AttemptInfo = {};
      try {
        return await this.attempt(spec, call, attempt, deadlineAt, deadlineMs, info);
      } catch (error) {
        const err = error as SdkError;
        const elapsed = Date.now() - started;
        policy ??= resolveRetry(this.options.retry, call.retry);
        const canRetry =
          attempt < policy.maxAttempts &&
          !(err instanceof AbortError) &&
          !(err instanceof TimeoutError && err.scope === 'deadline') &&
          isRetryable(err, spec.idempotent, policy);
        const { delayMs, tooLong } = canRetry
          ? retryDelay(err, attempt, policy)
          : { delayMs: 0, tooLong: false };
        const retrying = canRetry && !tooLong && elapsed + delayMs < policy.maxElapsedMs;
        writeLog(
          this.options.logger,
          retrying ? 'debug' : 'warn',
          {
            event: 'attempt',
            operation: spec.operation,
            attempt,
            method: spec.method,
            url: info.url,
            status: info.status,
            durationMs: info.durationMs,
            outcome: retrying ? 'retry' : 'error',
            retryInMs: retrying ? delayMs : undefined,
            error: { code: err.code, message: err.message },
          },
          retrying ? `${spec.operation}: attempt ${attempt} failed, retrying` : `${spec.operation}: failed`,
        );
        if (!retrying) throw err;
        // Sleeping past the deadline would only delay the inevitable.
        if (Date.now() + delayMs >= deadlineAt) throw deadlineError(spec.operation, deadlineMs, err);
        await sleep(delayMs, call.signal, spec.operation);
      }
    }
  }

  /**
   * One attempt. A single AbortController per attempt serves the caller's signal, the attempt
   * timeout and the remaining deadline (whichever is shorter), and also bounds reading the body.
   * It always throws an SdkError.
   */
  private async attempt<T>(
    spec: RequestSpec<T>,
    call: CallOptions,
    attempt: number,
    deadlineAt: number,
    deadlineMs: number,
    info: AttemptInfo,
  ): Promise<T> {
    const timeoutMs = call.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const remaining = deadlineAt - Date.now();
    if (remaining <= 0) throw deadlineError(spec.operation, deadlineMs, undefined);
    const byDeadline = remaining < timeoutMs;
    let href = this.href(spec.path, spec.operation);
    if (spec.query) href = withQuery(href, spec.query);
    const headers = new Headers();
    for (const [name, value] of this.clientHeaders) headers.set(name, value);
    setHeaders(headers, spec.headers, spec.operation);
    setHeaders(headers, call.headers, spec.operation);
    // Created last before the try, whose finally clears its timer: nothing above may leave it running.
    const link = new AttemptAbort(call.signal, byDeadline ? remaining : timeoutMs, spec.operation);
    const began = Date.now();
    info.url = href;
    let status: number | undefined;
    try {
      // Every await below is raced against the attempt's own signal: a token provider, a custom
      // fetch or a body stream that ignores `signal` (a proxy wrapper, a test double, an emulator
      // holding its answer) must not hold the call past its timeout or the caller's abort.
      if (spec.auth !== false && this.options.auth) {
        // The URL object is built only for a strategy that reads it (a key in the query string).
        let url: URL | undefined;
        const target = {
          headers,
          get url(): URL {
            url ??= new URL(href);
            return url;
          },
          set url(value: URL) {
            url = value;
          },
        };
        const applied = this.options.auth.apply(target, link.signal);
        // A strategy that finished synchronously left nothing to race.
        if (applied !== undefined || link.signal.aborted) await link.race(Promise.resolve(applied));
        if (url !== undefined) href = url.href;
      }
      // The global fetch is looked up per call so that msw and other patches installed after the
      // client was created still apply.
      const response = await link.race(
        (this.fetchImpl ?? globalThis.fetch)(href, {
          method: spec.method,
          headers,
          body: spec.body as BodyInit | undefined,
          signal: link.signal,
          // Never follow: fetch would carry custom credential headers (API keys) and the body to
          // whatever address the server names, another host or plain http included.
          redirect: 'manual',
        }),
        // An answer that arrives after we gave up still holds a socket until its body is released.
        (late) => void late.body?.cancel().catch(() => {}),
      );
      status = response.status;
      info.status = status;
      if (isRedirect(response)) {
        await response.body?.cancel().catch(() => {});
        throw redirectError(response, spec.operation);
      }
      const maxBytes = this.options.maxResponseBytes ?? DEFAULT_MAX_BYTES;
      const accepted = spec.acceptStatus ? spec.acceptStatus(status) : status >= 200 && status < 300;
      const stream =
        accepted && spec.stream ? guardSink(spec.stream(response.status, response.headers)) : undefined;
      let raw: RawResponse;
      try {
        raw = await readBody(
          response,
          maxBytes,
          spec.operation,
          link.signal,
          (work) => link.race(work),
          stream?.sink,
        );
      } catch (error) {
        // A socket that dies mid-body is a network failure (retryable for reads), not a bad body.
        if (error instanceof SdkError || link.signal.aborted) throw error;
        throw connectionErrorFrom(error, spec.operation, hostOf(href));
      }
      if (!accepted) throw httpErrorFrom(raw, spec.operation);
      if (stream?.failed) throw stream.error;
      const decoded = spec.decode(raw);
      // Only an asynchronous decoder can outlive the signal; a synchronous one has finished already.
      let value: T;
      if (isThenable(decoded)) value = await link.race(decoded);
      else if (link.signal.aborted) throw abortErrorFrom(link.signal, spec.operation);
      else value = decoded;
      call.onResponse?.({ status: raw.status, headers: raw.headers, url: raw.url, body: raw.bytes });
      // Records are built only when someone reads them (a logger, or X_SDK_LOG).
      const logger = this.options.logger ?? envLogger();
      if (logger) {
        writeLog(
          logger,
          'debug',
          {
            event: 'attempt',
            operation: spec.operation,
            attempt,
            method: spec.method,
            url: href,
            status,
            durationMs: Date.now() - began,
            outcome: 'ok',
          },
          `${spec.operation}: ${status}`,
        );
      }
      return value;
    } catch (error) {
      if (link.reason === 'caller') {
        throw error instanceof AbortError ? error : abortErrorFrom({ reason: error }, spec.operation);
      }
      if (link.reason === 'timeout' && !(error instanceof SdkError && !isAbortLike(error))) {
        if (byDeadline) throw deadlineError(spec.operation, deadlineMs, error);
        throw new TimeoutError(
          `${prefix(spec.operation)}no complete answer within ${timeoutMs} ms (attempt ${attempt}); raise timeoutMs or check the server.`,
          timeoutMs,
          'attempt',
          { operation: spec.operation, cause: error },
        );
      }
      if (error instanceof SdkError) throw error;
      if (status === undefined) throw connectionErrorFrom(error, spec.operation, hostOf(href));
      throw new ResponseError(
        `${prefix(spec.operation)}the response could not be decoded (${error instanceof Error ? error.message : String(error)}); report this with the redacted body.`,
        { operation: spec.operation, cause: error },
      );
    } finally {
      info.durationMs = Date.now() - began;
      link.dispose();
    }
  }
}

/** Paths remembered per client by `Transport.href` before the memo starts over. */
const MAX_REMEMBERED_PATHS = 256;

/** `href` with `query` appended, each name and value encoded with `encodeURIComponent`. */
function withQuery(href: string, query: NonNullable<RequestSpec<unknown>['query']>): string {
  let extra = '';
  for (const k of Object.keys(query)) {
    const v = query[k];
    if (v === undefined || v === null) continue;
    extra += `${extra ? '&' : ''}${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`;
  }
  if (!extra) return href;
  // Encoded pairs need no further escaping, so they can be appended to the serialised href as
  // the URL's `search` setter would; only a fragment (the query goes before it) needs the parser.
  if (href.includes('#')) {
    const url = new URL(href);
    url.search += `${url.search ? '&' : ''}${extra}`;
    return url.href;
  }
  const q = href.indexOf('?');
  if (q === -1) return `${href}?${extra}`;
  return q === href.length - 1 ? href + extra : `${href}&${extra}`;
}

function hostOf(href: string): string {
  return new URL(href).host;
}

/**
 * Keeps a sink's exception away from the body read (where it would pass for a broken connection):
 * the sink hears nothing more, and the attempt fails with it once the body is in.
 */
function guardSink(
  sink: TextSink | undefined,
): { sink: TextSink; failed: boolean; error: unknown } | undefined {
  if (!sink) return undefined;
  const state = {
    failed: false,
    error: undefined as unknown,
    sink: {
      write(chunk: string) {
        if (state.failed) return;
        try {
          sink.write(chunk);
        } catch (error) {
          state.failed = true;
          state.error = error;
        }
      },
      end() {
        if (state.failed) return;
        try {
          sink.end();
        } catch (error) {
          state.failed = true;
          state.error = error;
        }
      },
    },
  };
  return state;
}

function deadlineError(operation: string, deadlineMs: number, cause: unknown): TimeoutError {
  return new TimeoutError(
    `${prefix(operation)}the call did not finish within its ${deadlineMs} ms deadline, retries included; raise deadlineMs or check the server.`,
    deadlineMs,
    'deadline',
    { operation, cause },
  );
}

function isRedirect(response: Response): boolean {
  return (
    response.type === 'opaqueredirect' ||
    (response.status >= 300 && response.status < 400 && response.status !== 304)
  );
}

function redirectError(response: Response, operation: string): HttpError {
  const location = response.headers.get('location');
  let target = '';
  try {
    if (location) target = ` to ${new URL(location, response.url || undefined).origin}`;
  } catch {
    target = '';
  }
  return new HttpError(
    `${prefix(operation)}the server redirected (HTTP ${response.status})${redact(target)}; the SDK does not follow redirects, so credentials and request bodies never go to another address: set baseUrl to the final address.`,
    { operation, status: response.status, headers: headerObject(response.headers) },
  );
}

/** A plain object without keys (the usual `{}` of call options): nothing to check. */
function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return false;
  for (const _ in value) return false;
  return true;
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as PromiseLike<T>).then === 'function'
  );
}

function isAbortLike(error: unknown): boolean {
  return (
    error instanceof AbortError ||
    (typeof error === 'object' &&
      error !== null &&
      ((error as { name?: string }).name === 'AbortError' ||
        (error as { name?: string }).name === 'TimeoutError'))
  );
}

function parseBaseUrl(value: string, allowHttp: boolean): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `baseUrl "${redact(value)}" is not an absolute URL; pass e.g. "https://host/path/".`,
    );
  }
  if (url.protocol === 'http:' && !allowHttp) {
    throw new ConfigError(
      `baseUrl "${redact(url.origin)}" uses plain http, which would send credentials unencrypted; use https, or set allowHttp: true for local testing.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`baseUrl must be http(s), got "${url.protocol}".`);
  }
  if (url.username || url.password) {
    throw new ConfigError('baseUrl must not contain credentials; use the auth options instead.');
  }
  url.search = '';
  url.hash = '';
  return url;
}

function checkHeader(name: string, value: string, operation: string | undefined): void {
  if (/[\r\n\0]/.test(name) || /[\r\n\0]/.test(value)) {
    throw new RequestValidationError(
      [{ path: `headers.${name.replace(/[\r\n\0]/g, ' ')}`, message: 'contains a line break or NUL' }],
      {
        operation,
      },
    );
  }
}

function setHeaders(target: Headers, source: Record<string, string> | undefined, operation: string): void {
  if (!source) return;
  for (const [name, value] of Object.entries(source)) {
    checkHeader(name, value, operation);
    target.set(name, value);
  }
}

function headerObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((v, k) => {
    out[k] = v;
  });
  return out;
}

/** Builds the error for a status the operation did not accept: 401/403 → AuthError, 429 → RateLimitError. */
export function httpErrorFrom(raw: RawResponse, operation: string): SdkError {
  const excerpt = raw.excerpt(EXCERPT);
  const status = raw.status;
  if (status === 401 || status === 403) {
    return new AuthError(
      `${prefix(operation)}the server refused the credentials (HTTP ${status}); check the token, password or IP allow-list.`,
      { operation, status },
    );
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfter(raw.headers.get('retry-after'));
    return new RateLimitError(
      `${prefix(operation)}too many requests (HTTP 429)${retryAfterMs !== undefined ? `; the server asks to wait ${Math.ceil(retryAfterMs / 1000)} s` : ''}; slow down and retry later.`,
      { operation, status, retryAfterMs },
    );
  }
  return new HttpError(
    `${prefix(operation)}the server answered HTTP ${status}${looksLikeHtml(excerpt) ? ' with an HTML page' : ''}; ${status >= 500 ? 'the server or a proxy in front of it failed, try again later' : 'check the request and the base URL'}.`,
    { operation, status, headers: headerObject(raw.headers), bodyExcerpt: excerpt },
  );
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype html|html)/i.test(text);
}
