import { DEFAULT_NAMESPACE, DEFAULT_SERVICE } from '../endpoints.js';
import { operationsByWire } from '../operations/index.js';
import type { SoapVersion } from '../soap/envelope.js';
import { type XmlNode, attr, childEntries, isNil, parseXml, textOf } from '../soap/parse.js';
import { localName, unescapeXml } from '../soap/xml.js';
import type { Columns } from '../wire.js';
import {
  type Clock,
  type EmulatorFault as KitFault,
  EmulatorKit,
  type Framed,
  type RecordedRequest,
  requestDetails,
} from '@x/core/testing';
import { type Args, type Ctx, EmulatorFault, type HandlerResult } from './context.js';
import { defaultSeed } from './defaults.js';
import { basicAuthorised } from './auth.js';
import { handlersByWire } from './handlers/index.js';
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
  /** Clock for "today" and the two-month rule. Default a `ManualClock` at 2026-01-01 09:00 UTC. */
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

/** What the PartnerAPI emulator records of a request beyond the common journal fields. */
export interface PartnerApiRequestDetails {
  /** SOAP version the request came in (1.1 or 1.2). */
  soapVersion: SoapVersion;
  /** `SOAPAction` header (or the `action` parameter of the SOAP 1.2 content type), `null` when absent. */
  soapAction: string | null;
  /** Namespace URI of the operation element. */
  namespace: string | null;
  /** Operands in document order, as written. */
  operands: [string, ReceivedOperand][];
}

/**
 * One request as the emulator received it, for wire-shape assertions: `operation` is the local
 * name of the operation element (`client_add_its`), `params` the operands decoded the way the
 * emulated service reads them, `body` the envelope text.
 */
export type PartnerApiRequest = RecordedRequest<Args, PartnerApiRequestDetails>;

/**
 * A fault answered as a SOAP Fault with `message` (wrapped in the method context as 1C does), in
 * the request's SOAP version. Pass the result to {@link PartnerApiEmulator.failNext}, with
 * `operation` or `times` when needed: `failNext(soapFault('…', { operation: 'client_add_its' }))`.
 */
export function soapFault(
  message: string,
  fault: Omit<KitFault<PartnerApiRequest>, 'answer'> = {},
): KitFault<PartnerApiRequest> {
  return {
    ...fault,
    answer: (request) =>
      xmlResponse(
        faultXml(
          request.soapVersion,
          'Receiver',
          `Ошибка при вызове метода контекста (${request.operation}): ${message}`,
        ),
        request.soapVersion,
        500,
      ),
  };
}

function xmlResponse(text: string, version: SoapVersion, status = 200): Response {
  const type = version === '1.2' ? 'application/soap+xml; charset=utf-8' : 'text/xml; charset=utf-8';
  return new Response(text, { status, headers: { 'content-type': type } });
}

/**
 * A stateful SOAP emulator of the PartnerAPI, routed by the SDK's own operation table. Serves the
 * WSDL at `?wsdl`, checks Basic auth, SOAPAction and namespace, answers ValueTables (or named rows),
 * flags and base64Binary, and SOAP Faults with the document's messages.
 */
export class PartnerApiEmulator extends EmulatorKit<PartnerApiRequest> {
  /** The records; tests may read and change them directly. */
  readonly state = new EmulatorState();
  /** Namespace the operations must be in. */
  readonly namespace: string;
  /** Service name expected in SOAPAction. */
  readonly service: string;
  /** Path served by {@link PartnerApiEmulator.serve}. */
  readonly path: string;
  /** Shape of row answers; may be switched at any time. */
  resultForm: ResultForm;
  private readonly users: Record<string, string>;
  private readonly ops = operationsByWire();

  /** Creates an emulator with the default data set (unless `defaults: false`) and `seed` merged in. */
  constructor(options: PartnerApiEmulatorOptions = {}) {
    super(options);
    this.users = options.users ?? { partner: 'secret' };
    this.namespace = options.namespace ?? DEFAULT_NAMESPACE;
    this.service = options.service ?? DEFAULT_SERVICE;
    this.path = options.path ?? '/cus/ws/PartnerAPI';
    this.resultForm = options.resultForm ?? 'valueTable';
    if (options.defaults !== false) this.state.seed(defaultSeed());
    if (options.seed) this.state.seed(options.seed);
  }

  /** Merges more data into the state. */
  seed(data: Partial<SeedData>): void {
    this.state.seed(data);
  }

  protected override baseUrlFor(origin: string): string {
    return `${origin}${this.path}`;
  }

  protected override faultPage(): { body: string; contentType: string } {
    return { body: 'Service Unavailable', contentType: 'text/plain;charset=UTF-8' };
  }

  protected async frame(request: Request): Promise<Framed<PartnerApiRequest>> {
    const url = new URL(request.url);
    if (!basicAuthorised(request.headers.get('authorization'), this.users)) {
      const response = new Response('401 Unauthorized', {
        status: 401,
        headers: { 'www-authenticate': `Basic realm="${this.service}"`, 'content-type': 'text/plain' },
      });
      return { response };
    }
    if (request.method === 'GET' && url.searchParams.has('wsdl')) {
      const wsdl = wsdlXml(this.namespace, this.service, `${url.origin}${url.pathname}`);
      return { response: new Response(wsdl, { headers: { 'content-type': 'text/xml; charset=utf-8' } }) };
    }
    if (request.method !== 'POST') return { response: new Response('Method Not Allowed', { status: 405 }) };
    const body = await request.text();
    const contentType = request.headers.get('content-type') ?? '';
    const version: SoapVersion = body.includes('http://www.w3.org/2003/05/soap-envelope') ? '1.2' : '1.1';
    let details: PartnerApiRequestDetails & { operation: string };
    try {
      details = this.read(body, version, contentType, request.headers.get('soapaction'));
    } catch (error) {
      if (error instanceof EmulatorFault) {
        return { response: xmlResponse(faultXml(version, error.side, error.message), version, 500) };
      }
      throw error;
    }
    const record: PartnerApiRequest = {
      ...details,
      ...requestDetails(request, body),
      contentType,
      params: decodeOperands(details.operands),
    };
    const answer = (): Response => {
      try {
        return this.answer(record, version);
      } catch (error) {
        if (error instanceof EmulatorFault) {
          // 1C wraps module errors in the method context; the SDK must still recognise the message.
          const message = `Ошибка при вызове метода контекста (${record.operation}): ${error.message}`;
          return xmlResponse(faultXml(version, error.side, message), version, 500);
        }
        throw error;
      }
    };
    return { record, answer };
  }

  private read(
    body: string,
    version: SoapVersion,
    contentType: string,
    soapAction: string | null,
  ): PartnerApiRequestDetails & { operation: string } {
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
      namespace: operationElement(body)?.namespace ?? null,
      operands,
    };
  }

  private answer(req: PartnerApiRequest, version: SoapVersion): Response {
    const entry = this.ops.get(req.operation);
    const handler = handlersByWire.get(req.operation);
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
    const ctx: Ctx = { state: this.state, clock: this.clock };
    const result: HandlerResult = handler(req.params, ctx);
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
    return xmlResponse(text, version, status);
  }
}

/** Operands as the service reads them: nil → null, typed booleans and decimals, text otherwise. */
function decodeOperands(operands: readonly [string, ReceivedOperand][]): Args {
  const args: Args = {};
  for (const [name, o] of operands) {
    if (o.nil) args[name] = null;
    else if (o.type?.endsWith('boolean')) args[name] = o.text === 'true' || o.text === '1';
    else if (o.type?.endsWith('decimal')) args[name] = Number(o.text);
    else args[name] = o.text;
  }
  return args;
}
