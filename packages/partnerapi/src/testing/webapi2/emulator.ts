import { base64ToBytes } from '@x/core';
import {
  type Clock,
  type EmulatorFault,
  EmulatorKit,
  type Framed,
  type RecordedRequest,
  headersOf,
} from '@x/core/testing';
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
import { basicAuthorised } from '../auth.js';
import { type EmuArgs, type EmuResult, type EmulatedOperation, WEBAPI2_HANDLERS } from './handlers.js';
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
  /** Clock for `changedAt`, limits and the day/night switch. Default a `ManualClock` at 2026-01-01 09:00 UTC. */
  clock?: Clock;
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

/** What the PartnerWebAPI2 emulator records of a request beyond the common journal fields. */
export interface WebApi2RequestDetails {
  /** SOAP version of the envelope. */
  soapVersion: SoapVersion;
  /** `SOAPAction` header (or the `action` parameter of the SOAP 1.2 content type), `null` when absent. */
  soapAction: string | null;
  /** `xsi:type` of each `Params` property as sent (`undefined` for nil; empty for plain-element requests). */
  types: Record<string, string | undefined>;
}

/**
 * One request as the emulator received it: `operation` is the local name of the operation element
 * (`ClientRead`), `params` the `Params` properties decoded by their `xsi:type` (or the plain child
 * elements of the `ServiceRequest*` operations, `Data` as bytes), `body` the envelope.
 */
export type WebApi2Request = RecordedRequest<EmuArgs, WebApi2RequestDetails>;

/**
 * A fault answered as the service answers a refusal: HTTP 200 with `ResultCode` `code` and `text`
 * in `ResultData`, in the request's SOAP version. Pass it to {@link PartnerWebApi2Emulator.failNext},
 * with `operation` or `times` when needed:
 * `failNext(resultCode('ACCESS_DENIED', 'Нет прав', { operation: 'ClientAdd' }))`.
 */
export function resultCode(
  code: string,
  text = '',
  fault: Omit<EmulatorFault<WebApi2Request>, 'answer'> = {},
): EmulatorFault<WebApi2Request> {
  return {
    ...fault,
    answer: (request) =>
      xmlResponse(
        request.soapVersion,
        answerXml(request.soapVersion, NAMESPACE, request.operation, code, textXml(text)),
      ),
  };
}

function textXml(text: string): string {
  return `<Value xsi:type="xs:string">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Value>`;
}

function xmlResponse(version: SoapVersion, text: string, status = 200): Response {
  const type = version === '1.2' ? 'application/soap+xml;charset=utf-8' : 'text/xml;charset=utf-8';
  return new Response(text, { status, headers: { 'content-type': type } });
}

/**
 * A stateful emulator of PartnerWebAPI2 for tests, on the emulator kit of `@x/core/testing`
 * (in-process `fetch`, `serve()`, `failNext()`, the request journal, `count()`/`counts()`/`last()`,
 * `reset()`): answers in the recorded format (`return` = Structure{ResultCode, ResultData}) for the
 * operations whose shapes are known, `NOT_EMULATED` for the rest, and enforces hourly budgets on
 * its clock (`OUT_OF_LIMIT`).
 */
export class PartnerWebApi2Emulator extends EmulatorKit<WebApi2Request> {
  /** The records; tests may read and change them. */
  readonly state = new WebApi2State();
  /** Path the service answers on. */
  readonly path: string;
  /** Empty `<ValueType/>` in every column; may be switched at any time. */
  emptyValueTypes: boolean;
  private readonly users: Record<string, string>;
  private readonly used = new Map<string, number>();
  private readonly options: PartnerWebApi2EmulatorOptions;

  /** Creates an emulator with the default data set (unless `defaults: false`) and `seed` appended. */
  constructor(options: PartnerWebApi2EmulatorOptions = {}) {
    super(options);
    this.options = options;
    this.users = options.users ?? { partner: 'secret' };
    this.path = options.path ?? '/cus/ws/PartnerWebAPI2';
    this.emptyValueTypes = options.emptyValueTypes ?? false;
    if (options.defaults !== false) this.state.seed(defaultWebApi2Seed(this.clock.now()));
    if (options.seed) this.state.seed(options.seed);
  }

  /** Appends records. */
  seed(data: Partial<WebApi2Seed>): void {
    this.state.seed(data);
  }

  /**
   * Forgets the journal, the counters, queued faults and the hourly budgets spent (they count
   * requests, like the journal); the records stay.
   */
  override reset(): void {
    super.reset();
    this.used.clear();
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

  protected override baseUrlFor(origin: string): string {
    return `${origin}${this.path}`;
  }

  protected override faultPage(): { body: string; contentType: string } {
    return { body: 'Service Unavailable', contentType: 'text/plain;charset=UTF-8' };
  }

  protected async frame(request: Request): Promise<Framed<WebApi2Request>> {
    if (!basicAuthorised(request.headers.get('authorization'), this.users)) {
      const response = new Response('401 Unauthorized', {
        status: 401,
        headers: { 'www-authenticate': 'Basic realm="PartnerWebAPI2"', 'content-type': 'text/plain' },
      });
      return { response };
    }
    if (request.method !== 'POST') return { response: new Response('Method Not Allowed', { status: 405 }) };
    const url = new URL(request.url);
    const body = await request.text();
    const contentType = request.headers.get('content-type') ?? '';
    const version: SoapVersion = body.includes('http://www.w3.org/2003/05/soap-envelope') ? '1.2' : '1.1';
    const read = readEnvelope(body);
    if (!read) return { response: new Response('Bad Request', { status: 400 }) };
    const record: WebApi2Request = {
      operation: read.operation,
      method: request.method,
      path: url.pathname,
      search: url.search,
      query: Object.fromEntries(url.searchParams),
      headers: headersOf(request),
      contentType,
      body,
      params: read.params,
      status: 0,
      soapVersion: version,
      soapAction: request.headers.get('soapaction') ?? /action="([^"]*)"/.exec(contentType)?.[1] ?? null,
      types: read.types,
    };
    return { record, answer: () => this.answer(record) };
  }

  /** Processes one recorded request: the operation's effect, then its answer or refusal. */
  private answer(req: WebApi2Request): Response {
    const op = req.operation;
    const version = req.soapVersion;
    const refuse = (code: string, text: string) =>
      xmlResponse(version, answerXml(version, NAMESPACE, op, code, textXml(text)));
    if (!Object.hasOwn(WEBAPI2_OPERATIONS, op))
      return refuse('UNKNOWN_OPERATION', `Операция ${op} не найдена`);
    const wire = op as WebApi2OperationName;
    const expected = `${NAMESPACE}#PartnerWebAPI2:${op}`;
    if (req.soapAction !== null && req.soapAction.replace(/^"|"$/g, '') !== expected)
      return new Response(`SOAPAction ${req.soapAction} does not match ${op}`, { status: 500 });
    const limit = this.budget(wire);
    if (limit !== undefined) {
      const key = `${wire}:${Math.floor(this.clock.now() / 3_600_000)}`;
      const used = this.used.get(key) ?? 0;
      if (used >= limit) return refuse(OUT_OF_LIMIT, `Превышен лимит операций ${op} в час (${limit})`);
      this.used.set(key, used + 1);
    }
    const handler = Object.hasOwn(WEBAPI2_HANDLERS, wire)
      ? WEBAPI2_HANDLERS[wire as EmulatedOperation]
      : undefined;
    if (!handler) return refuse(NOT_EMULATED, `not emulated: ${op}`);
    const result: EmuResult = handler(req.params, { state: this.state, now: this.clock.now() });
    const ok = (data: string, file?: Uint8Array) =>
      xmlResponse(version, answerXml(version, NAMESPACE, op, 'SUCCESS', data, file));
    if ('error' in result) return refuse(result.error[0], result.error[1]);
    if ('table' in result) return ok(valueTableXml(result.table, this.emptyValueTypes));
    if ('file' in result) return ok(structureXml(result.structure), result.file);
    if ('structure' in result) return ok(structureXml(result.structure));
    return ok('<Value xsi:nil="true"/>');
  }
}

/** The operation and its arguments in an envelope; `undefined` when it is not a SOAP request. */
function readEnvelope(
  body: string,
): { operation: string; params: EmuArgs; types: Record<string, string | undefined> } | undefined {
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
  const params: EmuArgs = {};
  const types: Record<string, string | undefined> = {};
  const props = child(node, 'Params');
  if (props !== undefined) {
    for (const p of children(props, 'Property')) {
      const name = attr(p, 'name') ?? '';
      const v = child(p, 'Value') as XmlNode;
      types[name] = isNil(v) ? undefined : attr(v, 'type');
      params[name] = decodeArg(v);
    }
  } else {
    // The ServiceRequest* operations take plain child elements; `Data` is the file's base64.
    for (const [name, nodes] of childEntries(node)) {
      const text = unescapeXml(textOf(nodes[0]));
      params[name] = name === 'Data' ? base64ToBytes(text.trim()) : text;
    }
  }
  return { operation, params, types };
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
