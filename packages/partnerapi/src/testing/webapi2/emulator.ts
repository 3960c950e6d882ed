import { base64ToBytes } from '@x/core';
import { type LoopbackServer, ManualClock, serveLoopback } from '@x/core/testing';
import type { SoapVersion } from '../../soap/envelope.js';
import {
  type XmlNode,
  attr,
  child,
  childEntries,
  children,
  isNil,
  parseXml,
  textOf,
} from '../../soap/parse.js';
import { unescapeXml } from '../../soap/xml.js';
import { DEFAULT_NIGHT_HOURS, type NightHours, publishedLimits } from '../../webapi2/limits.js';
import { WEBAPI2_OPERATIONS, type WebApi2OperationName } from '../../webapi2/operations.generated.js';
import { type EmuArgs, type EmuResult, WEBAPI2_HANDLERS } from './handlers.js';
import { WebApi2State, type WebApi2Seed, defaultWebApi2Seed } from './state.js';
import { answerXml, structureXml, valueTableXml } from './xml.js';

const NAMESPACE = 'http://buhphone.com/PartnerWebAPI2';

/** The ResultCode the emulator answers for operations it does not emulate. */
export const NOT_EMULATED = 'NOT_EMULATED';
/** The ResultCode the emulator answers when an hourly budget is spent. */
export const OUT_OF_LIMIT = 'OUT_OF_LIMIT';

/** Options of {@link PartnerWebApi2Emulator}. */
export interface PartnerWebApi2EmulatorOptions {
  /** Accepted Basic credentials, user → password. Default `{ partner: 'secret' }`. */
  users?: Record<string, string>;
  /** Clock for `changedAt`, limits and the day/night switch. Default a ManualClock at 2026-01-01 09:00 UTC. */
  clock?: { now(): number };
  /** Start with the small default data set. Default true. */
  defaults?: boolean;
  /** Extra records. */
  seed?: Partial<WebApi2Seed>;
  /** Hourly budgets enforced per operation (default: the published ones); `false` turns limits off. */
  limits?: Partial<Record<WebApi2OperationName, { day: number; night: number }>> | false;
  /** Day/night boundary for the budgets. Default 20:00–08:00 Moscow time. */
  night?: NightHours;
  /** Send every ValueTable column with an empty `<ValueType/>` (as one live answer did). */
  emptyValueTypes?: boolean;
  /** Path served by {@link PartnerWebApi2Emulator.serve}. Default `/cus/ws/PartnerWebAPI2`. */
  path?: string;
}

/** A failure to inject into the next request(s). */
export interface WebApi2Fault {
  /** Answer with this ResultCode (and `text` in ResultData) instead of the real answer. */
  resultCode?: string;
  /** ResultData text of `resultCode`. */
  text?: string;
  /** Answer with this HTTP status (and `body`) instead. */
  status?: number;
  /** Body of the `status` answer. */
  body?: string;
  /** How many requests it applies to. Default 1. */
  times?: number;
}

/** One request as the emulator received it. */
export interface WebApi2Received {
  /** Wire name of the operation. */
  operation: string;
  /** SOAP version of the envelope. */
  soapVersion: SoapVersion;
  /** `SOAPAction` header, `null` when absent. */
  soapAction: string | null;
  /** Decoded arguments. */
  args: EmuArgs;
  /** `xsi:type` of each Params property as sent (`undefined` for nil). */
  types: Record<string, string | undefined>;
  /** The raw envelope. */
  body: string;
}

/**
 * A stateful emulator of PartnerWebAPI2 for tests: answers in the recorded format
 * (`return` = Structure{ResultCode, ResultData}) for the operations whose shapes are known,
 * `NOT_EMULATED` for the rest, and enforces hourly budgets on its clock (`OUT_OF_LIMIT`).
 */
export class PartnerWebApi2Emulator {
  /** The records; tests may read and change them. */
  readonly state = new WebApi2State();
  /** The emulator's clock. */
  readonly clock: { now(): number };
  /** Path the service answers on. */
  readonly path: string;
  /** Every request received, oldest first. */
  readonly requests: WebApi2Received[] = [];
  /** Empty `<ValueType/>` in every column; may be switched at any time. */
  emptyValueTypes: boolean;
  private readonly users: Record<string, string>;
  private readonly faults: WebApi2Fault[] = [];
  private readonly counts = new Map<string, number>();
  private readonly used = new Map<string, number>();
  private readonly options: PartnerWebApi2EmulatorOptions;

  constructor(options: PartnerWebApi2EmulatorOptions = {}) {
    this.options = options;
    this.users = options.users ?? { partner: 'secret' };
    this.clock = options.clock ?? new ManualClock();
    this.path = options.path ?? '/cus/ws/PartnerWebAPI2';
    this.emptyValueTypes = options.emptyValueTypes ?? false;
    if (options.defaults !== false) this.state.seed(defaultWebApi2Seed(this.clock.now()));
    if (options.seed) this.state.seed(options.seed);
  }

  /** A fetch function bound to this emulator (the client's `fetch` option). */
  readonly fetch = (input: Request | string | URL, init?: RequestInit): Promise<Response> =>
    this.handle(input instanceof Request && init === undefined ? input : new Request(input, init));

  /** Appends records. */
  seed(data: Partial<WebApi2Seed>): void {
    this.state.seed(data);
  }

  /** Makes the next request(s) fail as described. */
  failNext(fault: WebApi2Fault = {}): void {
    this.faults.push({ ...fault });
  }

  /** Requests received for one operation. */
  count(wire: string): number {
    return this.counts.get(wire) ?? 0;
  }

  /** The last request (for one operation, when given). */
  lastRequest(wire?: string): WebApi2Received | undefined {
    for (let i = this.requests.length - 1; i >= 0; i--)
      if (wire === undefined || this.requests[i]!.operation === wire) return this.requests[i];
    return undefined;
  }

  /** Serves the emulator on a loopback port; `url` is the service URL. */
  async serve(): Promise<{ url: string; close: () => Promise<void>; server: LoopbackServer }> {
    const server = await serveLoopback((r) => this.handle(r));
    return { url: `${server.url}${this.path}`, close: () => server.close(), server };
  }

  /** The hourly budget enforced for `wire` now, or `undefined`. */
  budget(wire: WebApi2OperationName): number | undefined {
    if (this.options.limits === false) return undefined;
    const own = this.options.limits?.[wire];
    const pub = publishedLimits(wire);
    const pair = own ?? (pub && { day: pub.day, night: pub.night ?? pub.day });
    if (!pair) return undefined;
    const n = this.options.night ?? DEFAULT_NIGHT_HOURS;
    const hour = new Date(this.clock.now() + n.utcOffsetHours * 3_600_000).getUTCHours();
    const night = n.from > n.to ? hour >= n.from || hour < n.to : hour >= n.from && hour < n.to;
    return (night ? pair.night : pair.day) ?? undefined;
  }

  /** Handles one HTTP request. */
  async handle(request: Request): Promise<Response> {
    if (!this.authorised(request.headers.get('authorization')))
      return new Response('401 Unauthorized', {
        status: 401,
        headers: { 'www-authenticate': 'Basic realm="PartnerWebAPI2"' },
      });
    if (request.method !== 'POST') return new Response('Method Not Allowed', { status: 405 });
    const body = await request.text();
    const version: SoapVersion = body.includes('http://www.w3.org/2003/05/soap-envelope') ? '1.2' : '1.1';
    const received = this.read(
      body,
      version,
      request.headers.get('soapaction') ??
        /action="([^"]*)"/.exec(request.headers.get('content-type') ?? '')?.[1] ??
        null,
    );
    if (!received) return new Response('Bad Request', { status: 400 });
    const op = received.operation;
    this.requests.push(received);
    this.counts.set(op, this.count(op) + 1);
    const fault = this.faults[0];
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.shift();
      if (fault.status !== undefined)
        return new Response(fault.body ?? 'Service Unavailable', { status: fault.status });
      return this.xml(
        version,
        answerXml(version, NAMESPACE, op, fault.resultCode ?? 'ERROR', this.textXml(fault.text ?? '')),
      );
    }
    if (!Object.hasOwn(WEBAPI2_OPERATIONS, op))
      return this.xml(
        version,
        answerXml(version, NAMESPACE, op, 'UNKNOWN_OPERATION', this.textXml(`Операция ${op} не найдена`)),
      );
    const wire = op as WebApi2OperationName;
    const expected = `${NAMESPACE}#PartnerWebAPI2:${op}`;
    if (received.soapAction !== null && received.soapAction.replace(/^"|"$/g, '') !== expected)
      return new Response(`SOAPAction ${received.soapAction} does not match ${op}`, { status: 500 });
    const limit = this.budget(wire);
    if (limit !== undefined) {
      const key = `${wire}:${Math.floor(this.clock.now() / 3_600_000)}`;
      const used = this.used.get(key) ?? 0;
      if (used >= limit)
        return this.xml(
          version,
          answerXml(
            version,
            NAMESPACE,
            op,
            OUT_OF_LIMIT,
            this.textXml(`Превышен лимит операций ${op} в час (${limit})`),
          ),
        );
      this.used.set(key, used + 1);
    }
    const handler = WEBAPI2_HANDLERS[wire];
    if (!handler)
      return this.xml(
        version,
        answerXml(version, NAMESPACE, op, NOT_EMULATED, this.textXml(`not emulated: ${op}`)),
      );
    const result: EmuResult = handler(received.args, { state: this.state, now: this.clock.now() });
    if ('error' in result)
      return this.xml(
        version,
        answerXml(version, NAMESPACE, op, result.error[0], this.textXml(result.error[1])),
      );
    if ('table' in result)
      return this.xml(
        version,
        answerXml(version, NAMESPACE, op, 'SUCCESS', valueTableXml(result.table, this.emptyValueTypes)),
      );
    if ('file' in result)
      return this.xml(
        version,
        answerXml(version, NAMESPACE, op, 'SUCCESS', structureXml(result.structure), result.file),
      );
    if ('structure' in result)
      return this.xml(version, answerXml(version, NAMESPACE, op, 'SUCCESS', structureXml(result.structure)));
    return this.xml(version, answerXml(version, NAMESPACE, op, 'SUCCESS', '<Value xsi:nil="true"/>'));
  }

  private textXml(text: string): string {
    return `<Value xsi:type="xs:string">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Value>`;
  }

  private xml(version: SoapVersion, text: string): Response {
    const type = version === '1.2' ? 'application/soap+xml;charset=utf-8' : 'text/xml;charset=utf-8';
    return new Response(text, { status: 200, headers: { 'content-type': type } });
  }

  private authorised(header: string | null): boolean {
    if (!header?.startsWith('Basic ')) return false;
    try {
      const decoded = new TextDecoder().decode(base64ToBytes(header.slice(6).trim()));
      const i = decoded.indexOf(':');
      const user = decoded.slice(0, i);
      return i > 0 && Object.hasOwn(this.users, user) && this.users[user] === decoded.slice(i + 1);
    } catch {
      return false;
    }
  }

  private read(body: string, version: SoapVersion, soapAction: string | null): WebApi2Received | undefined {
    let doc: ReturnType<typeof parseXml>;
    try {
      doc = parseXml(body);
    } catch {
      return undefined;
    }
    const bodyNode = child(child(doc as never, 'Envelope'), 'Body');
    const entry = childEntries(bodyNode)[0];
    if (!entry) return undefined;
    const [operation, [node]] = entry;
    const args: EmuArgs = {};
    const types: Record<string, string | undefined> = {};
    const params = child(node, 'Params');
    if (params !== undefined) {
      for (const p of children(params, 'Property')) {
        const name = attr(p, 'name') ?? '';
        const v = child(p, 'Value') as XmlNode;
        types[name] = isNil(v) ? undefined : attr(v, 'type');
        args[name] = decodeArg(v);
      }
    } else {
      for (const [name, nodes] of childEntries(node)) {
        const text = unescapeXml(textOf(nodes[0]));
        args[name] = name === 'Data' ? base64ToBytes(text.trim()) : text;
      }
    }
    return { operation, soapVersion: version, soapAction, args, types, body };
  }
}

function decodeArg(v: XmlNode | undefined): EmuArgs[string] {
  if (v === undefined || isNil(v)) return null;
  const text = unescapeXml(textOf(v));
  const type = (attr(v, 'type') ?? '').replace(/^.*:/, '');
  if (type === 'decimal') return Number(text);
  if (type === 'boolean') return text === 'true' || text === '1';
  if (type === 'base64Binary') return base64ToBytes(text);
  return text;
}
