import { type Clock, ManualClock } from './clock.js';
import { ConnectionDropped, type LoopbackServer, serveLoopback } from './loopback.js';

/**
 * One request as an emulator saw it: the same shape in every vendor emulator, plus the vendor's
 * own details (`X`), for wire-shape assertions.
 */
export type RecordedRequest<P = Record<string, unknown>, X extends object = {}> = {
  /** Wire name of the operation it was routed to (`Pay`, `client_add_its`...); `unknown` when none matched. */
  operation: string;
  /** HTTP method as sent. */
  method: string;
  /** URL path as received (still encoded). */
  path: string;
  /** The raw query string, with its `?` ("" when none). */
  search: string;
  /** Query parameters as sent, in the caller's spelling. */
  query: Record<string, string>;
  /** Request headers, lower-case names (credentials included: this is a test tool). */
  headers: Record<string, string>;
  /** The `Content-Type` header as sent, or "". */
  contentType: string;
  /** The raw request body ("" for none). */
  body: string;
  /** The operation's parameters after the vendor framing decoded them. */
  params: P;
  /** HTTP status answered; 0 while in flight, or when the answer was lost or held. */
  status: number;
} & X;

/**
 * A misbehaviour for the next matching request(s); the same type in every emulator.
 *
 * - With `status` or `body` (or nothing else at all) the request is answered with that instead of
 *   being processed (default status 500 and the vendor's usual error page).
 * - `delayMs` and `hold` alone slow the request down, then it is processed normally.
 * - `afterEffect` processes the request first (its effect happens), then applies the rest.
 * - `lost` processes the request, then the answer never arrives: the connection is reset, or held
 *   until the client gives up.
 */
export interface EmulatorFault<R = RecordedRequest> {
  /** Only requests of this wire operation match (`Pay`, `To1c/Delete`, `PayForAll`...). Default: any. */
  operation?: string;
  /** HTTP status of the faulty answer. Default 500. */
  status?: number;
  /** Body of the faulty answer; an object is sent as JSON. Default: the vendor's error page. */
  body?: string | Record<string, unknown>;
  /** Content type of `body`. Default: JSON for an object, the vendor's error-page type otherwise. */
  contentType?: string;
  /**
   * Builds the faulty answer from the request (vendor helpers use it for their own refusals, e.g. a
   * SOAP Fault naming the operation). Takes precedence over `status`, `body` and `contentType`.
   */
  answer?: (request: R) => Response;
  /** Wait this long first (real time, given up when the client aborts). */
  delayMs?: number;
  /**
   * Hold the request until {@link EmulatorKit.release} (or the client aborts): a server that hangs,
   * for timeout tests that do not depend on how fast the machine is.
   */
  hold?: boolean;
  /** Process the request first (its effect happens), then wait and answer (normally, or with `status`/`body`). */
  afterEffect?: boolean;
  /**
   * Process the request, then lose the answer: `reset` drops the connection (in-process `fetch`
   * rejects like a reset socket), `hang` never answers (until the client aborts or the server closes).
   */
  lost?: 'reset' | 'hang';
  /** How many matching requests it applies to. Default 1. */
  times?: number;
}

/** What {@link EmulatorKit.serve} returns. */
export interface EmulatorServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  /** The URL to give the client as its base URL (the emulator's service path under `url`). */
  baseUrl: string;
  /** The loopback server behind it (port, request count). */
  server: LoopbackServer;
  /** Stops the server, destroying open connections. */
  close(): Promise<void>;
}

/**
 * What a vendor emulator's framing makes of one request: either an answer given before anything
 * is recorded (WSDL, a refused login), or the journal entry and how to answer it.
 */
export type Framed<R> =
  | {
      /** Answer at once; the request is not recorded or counted, and faults do not apply. */
      response: Response;
    }
  | {
      /** The journal entry (its `status` is filled in by the kit). */
      record: R;
      /** Processes the request (its effect) and encodes the answer or the vendor's refusal. */
      answer: () => Response | Promise<Response>;
      /** Answer at once, skipping faults (e.g. a refused credential checked before anything else). */
      refusal?: Response;
    };

/** Options every emulator accepts. */
export interface EmulatorKitOptions {
  /** Clock of the emulated server (sessions, dates). Default a {@link ManualClock}. */
  clock?: Clock;
}

const DEFAULT_FAULT_PAGE =
  '<html><head><title>500 Internal Server Error</title></head><body><h1>500 Internal Server Error</h1></body></html>';

/** The error a reset connection makes `fetch` reject with (what undici throws). */
function resetError(): TypeError {
  const cause = Object.assign(new Error('other side closed'), { code: 'ECONNRESET' });
  return new TypeError('fetch failed', { cause });
}

/** Resolves when `signal` aborts, rejecting with its reason; never settles without a signal. */
function untilAborted(signal: AbortSignal | undefined, also?: Promise<void>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    also?.then(resolve, reject);
  });
}

/**
 * The emulator kit: everything the vendor emulators share. A vendor emulator extends it with its
 * framing (`frame`: find the operation and its parameters in a request, encode an
 * answer or a refusal) and its state; the kit gives it the in-process `fetch`, `serve()`, fault
 * injection, the request journal, counters and the clock.
 */
export abstract class EmulatorKit<R extends RecordedRequest<unknown> = RecordedRequest> {
  /** The clock of the emulated server. */
  readonly clock: Clock;
  /** Every request recorded, oldest first. */
  readonly requests: R[] = [];
  private readonly faults: Array<{ fault: EmulatorFault<R>; left: number }> = [];
  private readonly counters = new Map<string, number>();
  private readonly inflight = new Set<Promise<Response>>();
  private held: (() => void)[] = [];

  /** Starts with an empty journal and a {@link ManualClock} unless another clock is given. */
  constructor(options: EmulatorKitOptions = {}) {
    this.clock = options.clock ?? new ManualClock();
  }

  /**
   * Reads one request the vendor's way: its operation, parameters and details, and how to answer.
   * The kit calls it once per request, before faults apply.
   */
  protected abstract frame(request: Request): Promise<Framed<R>>;

  /** The client's base URL for a server at `origin` (the vendor's service path). Default `origin`. */
  protected baseUrlFor(origin: string): string {
    return origin;
  }

  /** The vendor's default faulty answer body and type (an error page like its front end returns). */
  protected faultPage(): { body: string; contentType: string } {
    return { body: DEFAULT_FAULT_PAGE, contentType: 'text/html; charset=utf-8' };
  }

  /**
   * A `fetch` answered by this emulator, for the client's `fetch` option. Honours `init.signal`
   * (and the request's own signal): it rejects with the signal's reason on abort, also while an
   * answer is delayed or held.
   */
  readonly fetch = (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined) ?? undefined;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const answered = this.handle(request, signal).catch((error: unknown) => {
      throw error instanceof ConnectionDropped ? resetError() : error;
    });
    if (!signal) return answered;
    return Promise.race([answered, untilAborted(signal).then(() => answered)]);
  };

  /** Serves the emulator over real HTTP on a loopback port: `{ url, baseUrl, close }`. */
  async serve(): Promise<EmulatorServer> {
    const server = await serveLoopback((request) => this.handle(request));
    return {
      url: server.url,
      baseUrl: this.baseUrlFor(server.url),
      server,
      close: () => server.close(),
    };
  }

  /** Queues a misbehaviour for the next request(s) of `fault.operation` (any operation when absent). */
  failNext(fault: EmulatorFault<R> = {}): void {
    this.faults.push({ fault, left: fault.times ?? 1 });
  }

  /** Lets every held request (see {@link EmulatorFault.hold}) go on. */
  release(): void {
    for (const go of this.held.splice(0)) go();
  }

  /** Number of requests currently held. */
  get heldCount(): number {
    return this.held.length;
  }

  /** Resolves when every request in progress (delayed ones included) has been answered. */
  async settled(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  /** Requests recorded for one wire operation. */
  count(operation: string): number {
    return this.counters.get(operation) ?? 0;
  }

  /** Requests recorded per wire operation. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.counters);
  }

  /** The last request recorded (of one operation, when given). */
  last(operation?: string): R | undefined {
    for (let i = this.requests.length - 1; i >= 0; i--) {
      const r = this.requests[i]!;
      if (operation === undefined || r.operation === operation) return r;
    }
    return undefined;
  }

  /** Forgets the journal, the counters and queued faults, and releases held requests (state stays). */
  reset(): void {
    this.requests.length = 0;
    this.counters.clear();
    this.faults.length = 0;
    this.release();
  }

  /**
   * Answers one request (what `fetch`, `serve()` and msw handlers call). `signal` cuts delays and
   * holds short when the client gives up.
   */
  handle(request: Request, signal?: AbortSignal): Promise<Response> {
    const p = this.process(request, signal);
    this.inflight.add(p);
    const done = () => this.inflight.delete(p);
    p.then(done, done);
    return p;
  }

  private async process(request: Request, signal: AbortSignal | undefined): Promise<Response> {
    const framed = await this.frame(request);
    if ('response' in framed) return framed.response;
    const { record } = framed;
    this.counters.set(record.operation, this.count(record.operation) + 1);
    this.requests.push(record);
    const response = await this.respond(framed, signal);
    record.status = response.status;
    return response;
  }

  private async respond(framed: Extract<Framed<R>, { record: R }>, signal?: AbortSignal): Promise<Response> {
    if (framed.refusal) return framed.refusal;
    const fault = this.takeFault(framed.record.operation);
    if (!fault) return framed.answer();
    if (fault.hold) await untilAborted(signal, new Promise<void>((go) => this.held.push(go)));
    const replaces =
      fault.answer !== undefined ||
      fault.status !== undefined ||
      fault.body !== undefined ||
      (!fault.delayMs && !fault.hold && !fault.afterEffect && !fault.lost);
    if (fault.afterEffect || fault.lost) {
      const real = await framed.answer();
      if (fault.lost === 'reset') throw new ConnectionDropped();
      if (fault.lost === 'hang') await untilAborted(signal);
      if (fault.delayMs) await this.delay(fault.delayMs, signal);
      return replaces ? this.faultAnswer(fault, framed.record) : real;
    }
    if (fault.delayMs) await this.delay(fault.delayMs, signal);
    return replaces ? this.faultAnswer(fault, framed.record) : framed.answer();
  }

  private faultAnswer(fault: EmulatorFault<R>, record: R): Response {
    if (fault.answer) return fault.answer(record);
    const page = this.faultPage();
    const json = typeof fault.body === 'object';
    const body = fault.body === undefined ? page.body : json ? JSON.stringify(fault.body) : fault.body;
    const type = fault.contentType ?? (json ? 'application/json; charset=utf-8' : page.contentType);
    return new Response(body as string, { status: fault.status ?? 500, headers: { 'content-type': type } });
  }

  private takeFault(operation: string): EmulatorFault<R> | undefined {
    const i = this.faults.findIndex(
      (f) => f.fault.operation === undefined || f.fault.operation === operation,
    );
    if (i < 0) return undefined;
    const entry = this.faults[i]!;
    if (--entry.left <= 0) this.faults.splice(i, 1);
    return entry.fault;
  }

  private delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const elapsed = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    });
    return untilAborted(signal, elapsed).finally(() => clearTimeout(timer));
  }
}

/** Headers of a request as a plain record with lower-case names. */
export function headersOf(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  request.headers.forEach((v, k) => {
    out[k] = v;
  });
  return out;
}

/**
 * The common part of a journal entry for `request`: method, path, query, headers, content type
 * and raw body; `status` starts at 0. Vendor framings add `operation`, `params` and their own fields.
 */
export function requestDetails(
  request: Request,
  body: string,
): Omit<RecordedRequest<never>, 'operation' | 'params'> {
  const url = new URL(request.url);
  return {
    method: request.method,
    path: url.pathname,
    search: url.search,
    query: Object.fromEntries(url.searchParams),
    headers: headersOf(request),
    contentType: request.headers.get('content-type') ?? '',
    body,
    status: 0,
  };
}
