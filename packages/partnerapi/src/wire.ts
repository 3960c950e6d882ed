import {
  type RawResponse,
  RequestValidationError,
  ResponseError,
  base64ToBytes,
  formatDecimal,
  httpErrorFrom,
  isSecretKey,
  parseFlag,
  registerSecret,
} from '@x/core';
import { prefix } from '@x/core/internal';
import { PartnerApiError, reasonOf } from './errors.js';
import type { Row, SoapResult } from './soap/cells.js';
import {
  type Operand,
  type OperandForm,
  type SoapVersion,
  type WireType,
  buildEnvelope,
} from './soap/envelope.js';
import { readFault } from './soap/fault.js';
import { fastDecode } from './soap/fast-rows.js';
import { hasInvalidXmlChar } from './soap/xml.js';
import { UnsafeXmlError, assertFewReferences, assertNoDtd, child, children, parseXml } from './soap/parse.js';
import { ResultCodeError, decodeValue } from './soap/rows.js';

/** Operand types as the document writes them. */
export type ParamType = 'string' | 'boolean' | 'int' | 'date' | 'datetime';

/** One operand of an operation, in the document's order. */
export interface ParamSpec {
  /** Operand name as the document's signature spells it. */
  readonly name: string;
  /** Operand type as the document writes it; decides the wire layout and `xsi:type`. */
  readonly type: ParamType;
  /** Bold in the document; `=void` operands are optional and sent as `xsi:nil="true"` when absent. */
  readonly required: boolean;
}

/** Column types of result rows as the document writes them. */
export type ColumnType = 'string' | 'boolean' | 'integer' | 'date' | 'datetime';

/** Columns of a result, in the document's order. */
export type Columns = Readonly<Record<string, ColumnType>>;

/** What an operation returns. */
export type ResultSpec =
  | { readonly kind: 'rows'; readonly columns: Columns; readonly key: readonly string[] }
  | { readonly kind: 'flag' }
  | { readonly kind: 'bytes' };

/** PartnerAPI wire facts of one operation (the `meta` of its table entry). */
export interface PartnerOpMeta {
  /** Operands in the order of the document's signature; every one is sent, absent ones as nil. */
  readonly params: readonly ParamSpec[];
  /** Shape of the answer: rows with columns and key, a flag (Истина/Ложь) or base64Binary bytes. */
  readonly result: ResultSpec;
  /** The document says a successful call answers with an empty result (delete/stop operations). */
  readonly emptyOnSuccess?: boolean | undefined;
}

const WIRE_TYPE: Record<ParamType, WireType> = {
  string: 'string',
  boolean: 'boolean',
  int: 'decimal',
  // The document asks for dates as `2012-09-14T00:00:00`, i.e. xs:dateTime even for date operands.
  date: 'dateTime',
  datetime: 'dateTime',
};

const ONLY_SPACES = /^ +$/;

/** Converts one validated input value to its wire text. */
function operandText(type: ParamType, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  switch (type) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'int':
      return formatDecimal(Number(value));
    default: {
      const text = String(value);
      // The document: in reference fields a string of spaces means "not given"; we send it empty.
      return ONLY_SPACES.test(text) ? '' : text;
    }
  }
}

/** Turns a validated input object into the operands of the request, in the document's order. */
export function encodeOperands(meta: PartnerOpMeta, input: unknown, operation?: string): Operand[] {
  const values = (input ?? {}) as Record<string, unknown>;
  return meta.params.map((p) => {
    const value = operandText(p.type, values[p.name]);
    if (value !== null && hasInvalidXmlChar(value)) {
      throw new RequestValidationError(
        [{ path: p.name, message: 'contains a control character or lone surrogate that XML cannot carry' }],
        { operation },
      );
    }
    // A password operand (email_password, agent_*_password) is masked wherever a server echoes it.
    if (value !== null && isSecretKey(p.name)) registerSecret(value);
    return { name: p.name, type: WIRE_TYPE[p.type], value };
  });
}

/** Builds the request body of one call. */
export function encodeRequest(
  version: SoapVersion,
  namespace: string,
  wire: string,
  meta: PartnerOpMeta,
  input: unknown,
  form: OperandForm = 'qualified',
  operation?: string,
): string {
  return buildEnvelope(version, namespace, wire, encodeOperands(meta, input, operation), form);
}

function responseError(operation: string, what: string, cause?: unknown): ResponseError {
  return new ResponseError(
    `${prefix(operation)}${what}; check the endpoint URL and the namespace/service options, or report it with the redacted body.`,
    { operation, cause },
  );
}

function faultError(operation: string, code: string, message: string, status: number): PartnerApiError {
  const reason = reasonOf(message) ?? 'fault';
  return new PartnerApiError(
    `${prefix(operation)}the PartnerAPI refused the call: ${message || code || 'no message'}${reason === 'fault' ? '' : ` (${reason})`}; correct the request as the message says.`,
    { operation, vendorCode: code, vendorMessage: message, status, reason, faultCode: code },
  );
}

/**
 * Decodes a whole SOAP answer: the single-pass row decoder first, fast-xml-parser for everything
 * else (Faults, Structures, named rows, scalars). Throws {@link PartnerApiError} for Faults and
 * non-success result codes, ResponseError for anything that is not a SOAP answer.
 */
export function decodeEnvelope(text: string, operation: string, status = 200): SoapResult {
  // Answers with a DTD or too many references go to the general path, which refuses them.
  const fast = status === 200 && isPlainXml(text) ? fastDecode(text) : undefined;
  if (fast) return fast;
  return decodeGeneral(text, operation, status);
}

function isPlainXml(text: string): boolean {
  try {
    assertNoDtd(text);
    assertFewReferences(text);
    return true;
  } catch {
    return false;
  }
}

/** The general path alone (exported for the property test that both paths agree). */
export function decodeGeneral(text: string, operation: string, status = 200): SoapResult {
  let doc: ReturnType<typeof parseXml>;
  try {
    doc = parseXml(text);
  } catch (error) {
    if (error instanceof UnsafeXmlError)
      throw responseError(operation, `the answer was refused: ${error.message}`, error);
    // fast-xml-parser may throw non-Error values; keep a plain Error as the cause.
    const detail = error instanceof Error ? error.message : Object.prototype.toString.call(error);
    throw responseError(
      operation,
      `the answer is not well-formed XML (${detail.slice(0, 120)})`,
      new Error(detail),
    );
  }
  const body = child(child(doc as never, 'Envelope'), 'Body');
  if (body === undefined || typeof body === 'string')
    throw responseError(operation, 'the answer is not a SOAP envelope');
  const fault = child(body, 'Fault');
  if (fault !== undefined) {
    const f = readFault(fault);
    throw faultError(operation, f.code, f.message, status);
  }
  const response = Object.entries(body).find(([k]) => !k.startsWith('@_') && k !== '#text');
  if (!response) throw responseError(operation, 'the SOAP body is empty');
  const node = Array.isArray(response[1]) ? response[1][0] : response[1];
  const returns = children(node, 'return');
  try {
    return decodeValue(returns[0], returns);
  } catch (error) {
    if (error instanceof ResultCodeError) {
      throw faultError(operation, error.resultCode, error.resultMessage, status);
    }
    throw error;
  }
}

/** Shapes a decoded answer into what the operation returns: rows, a flag or bytes. */
export function shapeResult(result: SoapResult, spec: ResultSpec, operation: string): unknown {
  if (spec.kind === 'rows') {
    if (result.kind === 'rows') return result.rows;
    if (result.value === null || result.value === '') return [];
    throw responseError(operation, 'the answer holds a single value where rows were documented');
  }
  const value = result.kind === 'scalar' ? result.value : firstCell(result.rows);
  if (spec.kind === 'flag') {
    if (typeof value === 'boolean') return value;
    try {
      return parseFlag(value) ?? false;
    } catch (error) {
      throw responseError(operation, 'the answer is not a flag', error);
    }
  }
  if (value instanceof Uint8Array) return value;
  if (value === null || value === '') return new Uint8Array(0);
  if (typeof value === 'string') {
    try {
      return base64ToBytes(value);
    } catch (error) {
      throw responseError(operation, 'the answer is not base64 data', error);
    }
  }
  throw responseError(operation, 'the answer is not binary data');
}

function firstCell(rows: readonly Row[]): unknown {
  const row = rows[0];
  return row === undefined ? null : Object.values(row)[0];
}

/** The `decode` step handed to the transport: HTTP 500 is how 1C sends Faults. */
export function decodeRaw(raw: RawResponse, spec: ResultSpec, operation: string): unknown {
  const text = raw.text();
  if (raw.status !== 200 && !/Fault[\s>]/.test(text.slice(0, 4096))) throw httpErrorFrom(raw, operation);
  return shapeResult(decodeEnvelope(text, operation, raw.status), spec, operation);
}
