import type { RequestHandler } from 'msw';
import { DEFAULT_NAMESPACE, DEFAULT_SERVICE } from '../endpoints.js';
import { operationsByWire } from '../operations/index.js';
import type { SoapVersion } from '../soap/envelope.js';
import { type XmlNode, attr, childEntries, isNil, parseXml, textOf } from '../soap/parse.js';
import { localName, unescapeXml } from '../soap/xml.js';
import type { Columns } from '../wire.js';
import { type Clock, ManualClock, type LoopbackServer, mswHandlers, serveLoopback } from '@x/core/testing';
import { type Args, type Ctx, EmulatorFault, type Handler, type HandlerResult } from './context.js';
import { defaultSeed } from './defaults.js';
import { catalogHandlers } from './ops-catalog.js';
import { partnerClientHandlers } from './ops-partner-client.js';
import { peopleHandlers } from './ops-people.js';
import { EmulatorState, type SeedData } from './state.js';
import { wsdlXml } from './wsdl.js';
import {
  type ResultForm,
  answerXml,
  bytesContent,
  faultXml,
  flagContent,
  namedRowsXml,
  operationElement,
  valueTableXml,
} from './xml.js';

/** Options of {@link PartnerApiEmulator}. */
export interface PartnerApiEmulatorOptions {
  /** Accepted Basic credentials, user → password. Default `{ partner: 'secret' }`. */
  users?: Record<string, string>;
  /** Service namespace. Default `http://buhphone.com/PartnerAPI`. */
  namespace?: string;
  /** Service name in SOAPAction. Default `PartnerAPI`. */
  service?: string;
  /** Path the service answers on. Default `/cus/ws/PartnerAPI`. */
  path?: string;
  /** Clock for "today" and the two-month rule. Default a {@link ManualClock} at 2026-01-01 09:00 UTC. */
  clock?: Clock;
  /** Shape of row answers. Default `valueTable`. */
  resultForm?: ResultForm;
  /** Start with the default data set (one partner, regions, a specialist, lines). Default true. */
  defaults?: boolean;
  /** Extra data merged after the defaults. */
  seed?: Partial<SeedData>;
}

/** One operand as the emulator received it. */
export interface ReceivedOperand {
  /** `xsi:type` as written (e.g. `xs:string`), when present. */
  type: string | undefined;
  /** `xsi:nil="true"`. */
  nil: boolean;
  /** Decoded text ("" for nil). */
  text: string;
}

/** One request as the emulator received it, for wire-shape assertions. */
export interface ReceivedRequest {
  /** Wire name of the operation (local name of the operation element), e.g. `client_add_its`. */
  operation: string;
  /** SOAP version the request came in (1.1 or 1.2). */
  soapVersion: SoapVersion;
  /** `SOAPAction` header (or the `action` parameter of the SOAP 1.2 content type), `null` when absent. */
  soapAction: string | null;
  /** `Content-Type` header as sent. */
  contentType: string;
  /** Namespace URI of the operation element. */
  namespace: string | null;
  /** Operands in document order. */
  operands: [string, ReceivedOperand][];
  /** The raw request body (the envelope text). */
  body: string;
}

/** A failure to inject into the next request(s). */
export interface InjectedFault {
  /** HTTP status to answer with. Default 503. */
  status?: number;
  /** Body of that answer. */
  body?: string;
  /** Wait this long first (real time; for timeout tests). Alone, the normal answer follows the wait. */
  delayMs?: number;
  /** Answer a SOAP Fault with this message instead of a plain status. */
  soapFault?: string;
  /** How many requests it applies to. Default 1. */
  times?: number;
}

/** Waits, but gives up as soon as the client aborts (so in-process fetch behaves like a real socket). */
function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

const ALL_HANDLERS: Record<string, Handler> = {
  ...partnerClientHandlers,
  ...peopleHandlers,
  ...catalogHandlers,
};

/**
 * A stateful SOAP emulator of the PartnerAPI, routed by the SDK's own operation table. Serves the
 * WSDL at `?wsdl`, checks Basic auth, SOAPAction and namespace, answers ValueTables (or named rows),
 * flags and base64Binary, and SOAP Faults with the document's messages.
 */
export class PartnerApiEmulator {
  /** The records; tests may read and change them directly. */
  readonly state = new EmulatorState();
  /** "Now" for default dates and the two-month rule. */
  readonly clock: Clock;
  /** Namespace the operations must be in. */
  readonly namespace: string;
  /** Service name expected in SOAPAction. */
  readonly service: string;
  /** Path served by {@link PartnerApiEmulator.serve}. */
  readonly path: string;
  /** Every request routed to an operation, oldest first. */
  readonly requests: ReceivedRequest[] = [];
  /** Shape of row answers; may be switched at any time. */
  resultForm: ResultForm;
  private readonly users: Record<string, string>;
  private readonly faults: InjectedFault[] = [];
  private readonly counts = new Map<string, number>();
  private readonly ops = operationsByWire();

  constructor(options: PartnerApiEmulatorOptions = {}) {
    this.users = options.users ?? { partner: 'secret' };
    this.namespace = options.namespace ?? DEFAULT_NAMESPACE;
    this.service = options.service ?? DEFAULT_SERVICE;
    this.path = options.path ?? '/cus/ws/PartnerAPI';
    this.clock = options.clock ?? new ManualClock();
    this.resultForm = options.resultForm ?? 'valueTable';
    if (options.defaults !== false) this.state.seed(defaultSeed());
    if (options.seed) this.state.seed(options.seed);
  }

  /** A fetch function bound to this emulator, usable as the client's `fetch` option. */
  readonly fetch = (input: Request | string | URL, init?: RequestInit): Promise<Response> =>
    this.handle(input instanceof Request && init === undefined ? input : new Request(input, init));

  /** Merges more data into the state. */
  seed(data: Partial<SeedData>): void {
    this.state.seed(data);
  }

  /** Makes the next request(s) fail as described. */
  failNext(fault: InjectedFault = {}): void {
    this.faults.push({ ...fault });
  }

  /** Requests received for one wire operation. */
  count(wire: string): number {
    return this.counts.get(wire) ?? 0;
  }

  /** The last request received (for one operation, when given). */
  lastRequest(wire?: string): ReceivedRequest | undefined {
    for (let i = this.requests.length - 1; i >= 0; i--) {
      if (wire === undefined || this.requests[i]!.operation === wire) return this.requests[i];
    }
    return undefined;
  }

  /** msw handlers serving this emulator under `baseUrl`. */
  mswHandlers(baseUrl: string): RequestHandler[] {
    return mswHandlers(baseUrl, (r) => this.handle(r));
  }

  /** Serves the emulator on a loopback port; `url` is the service URL (with the path). */
  async serve(): Promise<{ url: string; close: () => Promise<void>; server: LoopbackServer }> {
    const server = await serveLoopback((r) => this.handle(r));
    return { url: `${server.url}${this.path}`, close: () => server.close(), server };
  }

  /** Handles one HTTP request. */
  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (!this.authorised(request.headers.get('authorization'))) {
      return new Response('401 Unauthorized', {
        status: 401,
        headers: { 'www-authenticate': `Basic realm="${this.service}"`, 'content-type': 'text/plain' },
      });
    }
    if (request.method === 'GET' && url.searchParams.has('wsdl')) {
      return new Response(wsdlXml(this.namespace, this.service, `${url.origin}${url.pathname}`), {
        headers: { 'content-type': 'text/xml; charset=utf-8' },
      });
    }
    if (request.method !== 'POST') return new Response('Method Not Allowed', { status: 405 });
    const body = await request.text();
    const contentType = request.headers.get('content-type') ?? '';
    const version: SoapVersion = body.includes('http://www.w3.org/2003/05/soap-envelope') ? '1.2' : '1.1';
    const injected = this.faults[0];
    if (injected) {
      injected.times = (injected.times ?? 1) - 1;
      if (injected.times <= 0) this.faults.shift();
    }
    let received: ReceivedRequest | undefined;
    try {
      received = this.read(body, version, contentType, request.headers.get('soapaction'));
      this.counts.set(received.operation, this.count(received.operation) + 1);
      this.requests.push(received);
      if (injected) {
        if (injected.delayMs) await delay(injected.delayMs, request.signal);
        if (injected.soapFault !== undefined) throw new EmulatorFault(injected.soapFault);
        const delayOnly = injected.delayMs && injected.status === undefined && injected.body === undefined;
        if (!delayOnly)
          return new Response(injected.body ?? 'Service Unavailable', { status: injected.status ?? 503 });
      }
      return this.answer(received, version);
    } catch (error) {
      if (error instanceof EmulatorFault) {
        // 1C wraps module errors in the method context; the SDK must still recognise the message.
        const message = received
          ? `Ошибка при вызове метода контекста (${received.operation}): ${error.message}`
          : error.message;
        return this.xml(faultXml(version, error.side, message), version, 500);
      }
      throw error;
    }
  }

  private authorised(header: string | null): boolean {
    if (!header?.startsWith('Basic ')) return false;
    let decoded: string;
    try {
      const bin = atob(header.slice(6).trim());
      decoded = new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    } catch {
      return false;
    }
    const i = decoded.indexOf(':');
    return (
      i > 0 &&
      Object.hasOwn(this.users, decoded.slice(0, i)) &&
      this.users[decoded.slice(0, i)] === decoded.slice(i + 1)
    );
  }

  private read(
    body: string,
    version: SoapVersion,
    contentType: string,
    soapAction: string | null,
  ): ReceivedRequest {
    let doc: ReturnType<typeof parseXml>;
    try {
      doc = parseXml(body);
    } catch (error) {
      throw new EmulatorFault(`Ошибка разбора XML: ${(error as Error).message}`, 'Sender');
    }
    const envelope = childEntries(doc as XmlNode).find(([k]) => k === 'Envelope')?.[1][0];
    const bodyNode = childEntries(envelope).find(([k]) => k === 'Body')?.[1][0];
    const opEntry = childEntries(bodyNode)[0];
    if (!opEntry) throw new EmulatorFault('Пустое тело SOAP-запроса', 'Sender');
    const operation = opEntry[0];
    const operands: [string, ReceivedOperand][] = [];
    for (const [name, nodes] of childEntries(opEntry[1][0])) {
      const node = nodes[0] as XmlNode;
      operands.push([
        localName(name),
        { type: attr(node, 'type'), nil: isNil(node), text: isNil(node) ? '' : unescapeXml(textOf(node)) },
      ]);
    }
    const action = soapAction ?? /action="([^"]*)"/.exec(contentType)?.[1] ?? null;
    return {
      operation,
      soapVersion: version,
      soapAction: action,
      contentType,
      namespace: operationElement(body)?.namespace ?? null,
      operands,
      body,
    };
  }

  private answer(req: ReceivedRequest, version: SoapVersion): Response {
    const entry = this.ops.get(req.operation);
    const handler = ALL_HANDLERS[req.operation];
    if (!entry || !handler || req.namespace !== this.namespace) {
      throw new EmulatorFault(
        `Операция ${req.operation} не найдена в пространстве имен ${req.namespace ?? ''}`,
        'Sender',
      );
    }
    const expected = `${this.namespace}#${this.service}:${req.operation}`;
    if (req.soapAction !== null && req.soapAction.replace(/^"|"$/g, '') !== expected) {
      throw new EmulatorFault(
        `SOAPAction ${req.soapAction} не соответствует операции ${req.operation}`,
        'Sender',
      );
    }
    const args: Args = {};
    for (const [name, o] of req.operands) {
      if (o.nil) args[name] = null;
      else if (o.type?.endsWith('boolean')) args[name] = o.text === 'true' || o.text === '1';
      else if (o.type?.endsWith('decimal')) args[name] = Number(o.text);
      else args[name] = o.text;
    }
    const ctx: Ctx = { state: this.state, clock: this.clock };
    const result: HandlerResult = handler(args, ctx);
    const spec = entry.op.meta.result;
    if ('flag' in result)
      return this.xml(
        answerXml(version, this.namespace, req.operation, flagContent(result.flag), 'xs:boolean'),
        version,
      );
    if ('bytes' in result) {
      return this.xml(
        answerXml(version, this.namespace, req.operation, bytesContent(result.bytes), 'xs:base64Binary'),
        version,
      );
    }
    const columns: Columns = spec.kind === 'rows' ? spec.columns : {};
    return this.xml(this.rowsXml(version, req.operation, columns, result.rows), version);
  }

  /** The answer body of a row result in the configured form (exposed for benchmarks and tests). */
  rowsXml(version: SoapVersion, operation: string, columns: Columns, rows: readonly object[]): string {
    return this.resultForm === 'valueTable'
      ? answerXml(version, this.namespace, operation, valueTableXml(columns, rows), undefined, true)
      : answerXml(version, this.namespace, operation, namedRowsXml(columns, rows));
  }

  private xml(text: string, version: SoapVersion, status = 200): Response {
    const type = version === '1.2' ? 'application/soap+xml; charset=utf-8' : 'text/xml; charset=utf-8';
    return new Response(text, { status, headers: { 'content-type': type } });
  }
}
