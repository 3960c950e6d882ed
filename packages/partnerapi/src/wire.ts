import {
  type Logger,
  type RawResponse,
  RequestValidationError,
  ResponseError,
  type ValidationMode,
  base64ToBytes,
  formatDecimal,
  httpErrorFrom,
  isSecretKey,
  parseFlag,
  registerSecret,
} from '@x/core';
import { prefix, writeLog } from '@x/core/internal';
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
import {
  type XmlNode,
  assertFewReferences,
  assertNoDtd,
  child,
  childEntries,
  children,
  parseXml,
  soapBody,
} from './soap/parse.js';
import { ResultCodeError, UnrecognisedAnswerError, decodeValue } from './soap/rows.js';

// The operation meta types live with the tables (src/operations/meta.ts, as in every client);
// re-exported here for the wire and schema modules that read them.
export type {
  ColumnType,
  Columns,
  ParamSpec,
  ParamType,
  PartnerOpMeta,
  ResultSpec,
} from './operations/meta.js';
import type { ParamType, PartnerOpMeta, ResultSpec } from './operations/meta.js';

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
  const body = soapBody(text, (what, cause) => responseError(operation, what, cause));
  const fault = child(body, 'Fault');
  if (fault !== undefined) {
    const f = readFault(fault);
    throw faultError(operation, f.code, f.message, status);
  }
  const node = responseNode(body);
  if (node === undefined) throw responseError(operation, 'the SOAP body is empty');
  const returns = children(node, 'return');
  try {
    return decodeValue(returns[0], returns);
  } catch (error) {
    if (error instanceof ResultCodeError) {
      throw faultError(operation, error.resultCode, error.resultMessage, status);
    }
    if (error instanceof UnrecognisedAnswerError) {
      throw responseError(operation, `the answer's shape is not one the SDK knows (${error.message})`, error);
    }
    throw error;
  }
}

/** The `<op>Response` element: the first child element of the SOAP Body. */
function responseNode(body: XmlNode | undefined): XmlNode | undefined {
  const response = childEntries(body)[0];
  return response?.[1][0];
}

/**
 * The `<op>Response` element of an answer as fast-xml-parser reads it (attributes as `@_name`),
 * for `validation: 'off'`, which hands out answers the decoder does not recognise instead of
 * failing. `undefined` when the text is not a SOAP envelope.
 */
export function rawAnswer(text: string): unknown {
  return responseNode(child(child(parseXml(text) as never, 'Envelope'), 'Body'));
}

/** How a call treats answers that lack documented columns, as chosen by the client's `validation`. */
export interface DecodeOptions {
  /** `'strict'`: a ResponseError; `'lenient'` (default): one `warn` record; `'off'`: nothing. */
  validation?: ValidationMode | undefined;
  /** Receives the lenient warning. */
  logger?: Logger | undefined;
}

/**
 * Reports documented columns that the answer's own column list lacks: silently filling them with
 * `null` would look like real data. `strict` throws a ResponseError naming the missing and the
 * received columns; `lenient` writes one `warn` record for the call (not one per row) and keeps
 * the rows, with the columns that did come; `off` says nothing.
 */
export function checkColumns(
  result: SoapResult,
  spec: ResultSpec,
  operation: string,
  options: DecodeOptions = {},
): void {
  const mode = options.validation ?? 'lenient';
  if (mode === 'off' || spec.kind !== 'rows' || result.kind !== 'rows' || result.columns === undefined)
    return;
  const received = new Set(result.columns);
  const missing = Object.keys(spec.columns).filter((c) => !received.has(c));
  if (missing.length === 0) return;
  const list = (names: readonly string[]) => (names.length ? names.join(', ') : 'none');
  const what = `the answer lacks documented columns ${list(missing)} (received columns: ${list(result.columns)})`;
  if (mode === 'strict') {
    throw new ResponseError(
      `${prefix(operation)}${what}; the service may be another version than the document describes: check the endpoint, or use validation: 'lenient' to keep the rows.`,
      { operation },
    );
  }
  writeLog(
    options.logger,
    'warn',
    {
      event: 'response_mismatch',
      operation,
      detail: { missingColumns: missing, receivedColumns: [...result.columns] },
    },
    `${operation}: ${what}; they are null in every row, the received columns are kept`,
  );
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

/**
 * The `decode` step handed to the transport: HTTP 500 is how 1C sends Faults. Documented columns
 * missing from the answer are reported as {@link checkColumns} says; an answer the decoder does not
 * recognise is a ResponseError, except with `validation: 'off'`, which returns {@link rawAnswer}.
 */
export function decodeRaw(
  raw: RawResponse,
  spec: ResultSpec,
  operation: string,
  options: DecodeOptions = {},
  streamed?: SoapResult,
): unknown {
  // What the row decoder made of the body while it arrived (see RowStream): only ever a
  // complete, well-formed table answer; anything else is decoded from the text as below.
  let result: SoapResult;
  if (streamed !== undefined && raw.status === 200) result = streamed;
  else {
    const text = raw.text();
    if (raw.status !== 200 && !/Fault[\s>]/.test(text.slice(0, 4096))) throw httpErrorFrom(raw, operation);
    try {
      result = decodeEnvelope(text, operation, raw.status);
    } catch (error) {
      if (options.validation === 'off' && error instanceof ResponseError) {
        if (error.cause instanceof UnrecognisedAnswerError) return rawAnswer(text);
      }
      throw error;
    }
  }
  checkColumns(result, spec, operation, options);
  return shapeResult(result, spec, operation);
}
