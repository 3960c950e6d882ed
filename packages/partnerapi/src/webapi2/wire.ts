import {
  type RawResponse,
  RequestValidationError,
  ResponseError,
  type ValidationIssue,
  base64ToBytes,
  bytesToBase64,
  formatDecimal,
  httpErrorFrom,
  isSecretKey,
  registerSecret,
  toIsoLocal,
} from '@x/core';
import { prefix } from '@x/core/internal';
import { type Cell, type Row, convertCell } from '../soap/cells.js';
import { SOAP_NS, type SoapVersion, V8_NS, XSI_NS, XS_NS } from '../soap/envelope.js';
import { readFault } from '../soap/fault.js';
import { fastDecode } from '../soap/fast-rows.js';
import {
  type XmlNode,
  assertFewReferences,
  assertNoDtd,
  attr,
  child,
  children,
  isNil,
  soapBody,
  textOf,
} from '../soap/parse.js';
import { decodeValueTable } from '../soap/rows.js';
import { escapeXml, hasInvalidXmlChar, isDangerousName, unescapeXml } from '../soap/xml.js';
import { SUCCESS, resultCodeError } from './errors.js';
import type { WebApi2RequestLayout } from './operations.generated.js';

/** A value of a `Params` Structure item, as JS gives it. `null` is sent as `xsi:nil`. */
export type WebApi2Value = string | number | boolean | Date | Uint8Array | null;

/** The `Params` Structure of a call: property name → value; `undefined` entries are left out. */
export type WebApi2Params = { readonly [name: string]: WebApi2Value | undefined };

/** What a known parameter is; decides its `xsi:type` and how its value is checked. */
export type ParamKind = 'string' | 'datetime' | 'date' | 'number' | 'boolean' | 'bytes';

/** One known parameter of an operation. */
export interface ParamSpec {
  /** Kind of value. */
  readonly kind: ParamKind;
  /** Must be given. */
  readonly required?: boolean;
  /** Longest string the vendor accepts (`Строка(N)`). */
  readonly max?: number;
  /** Allowed values. */
  readonly values?: readonly (string | number)[];
}

/** Decoded `ResultData`: rows of a ValueTable, a Structure as an object, a scalar, or `undefined` for nil. */
export type WebApi2Data = Row[] | WebApi2Structure | Cell | undefined;

/** A decoded 1C Structure: property name → decoded value. */
export interface WebApi2Structure {
  /** One property of the Structure. */
  [name: string]: WebApi2Data;
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Encoded {
  type: string | null;
  text: string;
}

function dateTimeText(value: Date | string, timeZone: string): string {
  const iso = toIsoLocal(value, timeZone);
  // Second precision, no offset: what the service reads as its own wall-clock time.
  return iso.length === 10 ? `${iso}T00:00:00` : iso.slice(0, 19);
}

/** Encodes one value, or returns the reason it cannot be sent. */
function encodeValue(value: WebApi2Value, spec: ParamSpec | undefined, timeZone: string): Encoded | string {
  if (value === null) return { type: null, text: '' };
  const kind = spec?.kind;
  if (value instanceof Uint8Array) {
    if (kind !== undefined && kind !== 'bytes') return `expected ${kind}, got bytes`;
    return { type: 'xs:base64Binary', text: bytesToBase64(value) };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'is an invalid Date';
    if (kind === 'date') return { type: 'xs:date', text: toIsoLocal(value, timeZone).slice(0, 10) };
    if (kind !== undefined && kind !== 'datetime') return `expected ${kind}, got a Date`;
    return { type: 'xs:dateTime', text: dateTimeText(value, timeZone) };
  }
  switch (typeof value) {
    case 'boolean':
      if (kind !== undefined && kind !== 'boolean') return `expected ${kind}, got a boolean`;
      return { type: 'xs:boolean', text: value ? 'true' : 'false' };
    case 'number':
      if (kind !== undefined && kind !== 'number') return `expected ${kind}, got a number`;
      if (!Number.isFinite(value)) return 'must be a finite number';
      if (spec?.values && !spec.values.includes(value)) return `must be one of ${spec.values.join(', ')}`;
      return { type: 'xs:decimal', text: formatDecimal(value) };
    case 'string': {
      if (kind === 'datetime' || kind === 'date') {
        try {
          const text = dateTimeText(value, timeZone);
          return kind === 'date'
            ? { type: 'xs:date', text: text.slice(0, 10) }
            : { type: 'xs:dateTime', text };
        } catch {
          return 'expected an ISO date-time (YYYY-MM-DDTHH:MM:SS), an ISO date or a Date';
        }
      }
      if (kind !== undefined && kind !== 'string') return `expected ${kind}, got a string`;
      if (hasInvalidXmlChar(value))
        return 'contains a control character or lone surrogate that XML cannot carry';
      if (spec?.max !== undefined && value.length > spec.max)
        return `is longer than ${spec.max} characters (${value.length})`;
      if (spec?.values && !spec.values.includes(value)) return `must be one of ${spec.values.join(', ')}`;
      // Unknown operations: ISO strings travel typed, as 1C's own clients send them.
      if (kind === undefined && ISO_DATETIME.test(value)) return { type: 'xs:dateTime', text: value };
      if (kind === undefined && ISO_DATE.test(value)) return { type: 'xs:date', text: value };
      return { type: 'xs:string', text: value };
    }
    default:
      return `cannot be sent (${typeof value}); use a string, number, boolean, Date, Uint8Array or null`;
  }
}

function valueXml(e: Encoded): string {
  return e.type === null
    ? '<Value xsi:nil="true"/>'
    : `<Value xsi:type="${e.type}">${escapeXml(e.text)}</Value>`;
}

/** Options of {@link encodeWebApi2Request}. */
export interface EncodeOptions {
  /** SOAP version of the envelope. */
  version: SoapVersion;
  /** Service namespace. */
  namespace: string;
  /** Known parameters of the operation (checked and typed); others are sent by their JS type. */
  specs?: Readonly<Record<string, ParamSpec>> | undefined;
  /** Time zone `Date` values are read in. */
  timeZone: string;
  /** SDK operation name for errors. */
  operation: string;
}

/**
 * Builds the request body: `<par:Op><par:Params>` with one `<Property name><Value xsi:type>` per
 * given parameter (empty `Params` when there are none), or the plain child elements of the eight
 * `ServiceRequest*` operations. Throws {@link RequestValidationError} naming each bad field.
 */
export function encodeWebApi2Request(
  wire: string,
  layout: WebApi2RequestLayout,
  params: unknown,
  options: EncodeOptions,
): string {
  const issues: ValidationIssue[] = [];
  if (params !== undefined && (params === null || typeof params !== 'object' || Array.isArray(params))) {
    throw new RequestValidationError([{ path: '', message: 'must be an object of parameters' }], {
      operation: options.operation,
    });
  }
  const values = (params ?? {}) as Record<string, unknown>;
  let inner = '';
  if (layout === 'params') {
    for (const [name, spec] of Object.entries(options.specs ?? {})) {
      if (spec.required && (values[name] === undefined || values[name] === null))
        issues.push({ path: name, message: 'is required' });
    }
    let props = '';
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      if (!/^[A-Za-z_][\w.-]*$/.test(name)) {
        issues.push({ path: name, message: 'is not a valid parameter name' });
        continue;
      }
      const encoded = encodeValue(value as WebApi2Value, options.specs?.[name], options.timeZone);
      if (typeof encoded === 'string') {
        issues.push({ path: name, message: encoded });
        continue;
      }
      if (encoded.type === 'xs:string' && isSecretKey(name)) registerSecret(encoded.text);
      props += `<Property xmlns="${V8_NS}" name="${name}">${valueXml(encoded)}</Property>`;
    }
    inner = `<par:Params>${props}</par:Params>`;
  } else {
    const known = new Set(layout.map(([n]) => n));
    for (const name of Object.keys(values))
      if (!known.has(name)) issues.push({ path: name, message: 'is not a known field' });
    for (const [name, type] of layout) {
      const value = values[name];
      if (type === 'base64Binary') {
        if (!(value instanceof Uint8Array))
          issues.push({ path: name, message: 'expected bytes (Uint8Array)' });
        else inner += `<par:${name}>${bytesToBase64(value)}</par:${name}>`;
      } else if (typeof value !== 'string' || value === '') {
        issues.push({ path: name, message: 'expected a non-empty string' });
      } else if (hasInvalidXmlChar(value)) {
        issues.push({ path: name, message: 'contains a character XML cannot carry' });
      } else inner += `<par:${name}>${escapeXml(value)}</par:${name}>`;
    }
  }
  if (issues.length) throw new RequestValidationError(issues, { operation: options.operation });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soap:Envelope xmlns:soap="${SOAP_NS[options.version]}" xmlns:par="${escapeXml(options.namespace)}" xmlns:xs="${XS_NS}" xmlns:core="${V8_NS}" xmlns:xsi="${XSI_NS}">` +
    `<soap:Header/><soap:Body><par:${wire}>${inner}</par:${wire}></soap:Body></soap:Envelope>`
  );
}

function responseError(operation: string, what: string, cause?: unknown): ResponseError {
  return new ResponseError(
    `${prefix(operation)}${what}; check the endpoint URL (…/cus/ws/PartnerWebAPI2), or report it with the redacted body.`,
    { operation, cause },
  );
}

function typeOf(node: XmlNode): string {
  const t = attr(node, 'type') ?? '';
  const i = t.indexOf(':');
  return i === -1 ? t : t.slice(i + 1);
}

/** Decodes one `<Value>`: ValueTable → rows, Structure → object, nil → undefined, scalars by `xsi:type`. */
export function decodeData(node: XmlNode | undefined): WebApi2Data {
  if (node === undefined || isNil(node)) return undefined;
  const type = typeOf(node);
  if (typeof node !== 'string') {
    if (type === 'ValueTable' || node.column !== undefined) return decodeValueTable(node);
    if (type === 'Structure' || node.Property !== undefined) {
      const out: WebApi2Structure = {};
      for (const p of children(node, 'Property')) {
        const name = attr(p, 'name') ?? '';
        if (!isDangerousName(name)) out[name] = decodeData(child(p, 'Value'));
      }
      return out;
    }
    if (type === 'Array') return children(node, 'Value').map((v) => decodeData(v)) as Row[];
  }
  return convertCell(unescapeXml(textOf(node)), attr(node, 'type'));
}

/** A decoded successful answer. */
export interface WebApi2Answer {
  /** Decoded `ResultData`. */
  data: WebApi2Data;
  /** The `fileData` part of ServiceRequestDownloadFile, when present. */
  fileData?: Uint8Array | undefined;
}

// The fast path is taken only for `return` = Structure{ResultCode, ...}; the check keeps answers
// without a ResultCode (which are not this service's shape) on the strict general path.
const RESULT_CODE_FIRST = /<(?:[\w.-]+:)?return\b[^>]*>\s*<(?:[\w.-]+:)?Property\b[^>]*\bname="ResultCode"/;

function isPlainXml(text: string): boolean {
  try {
    assertNoDtd(text);
    assertFewReferences(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a whole answer: `ResultCode` + `ResultData`. SUCCESS gives the data; any other code an
 * error ({@link resultCodeError}); a SOAP Fault a {@link PartnerWebApi2Error}-family error; any
 * other shape a ResponseError.
 */
export function decodeWebApi2Answer(
  text: string,
  operation: string,
  status = 200,
  now = Date.now(),
): WebApi2Answer {
  if (status === 200 && RESULT_CODE_FIRST.test(text.slice(0, 4096)) && isPlainXml(text)) {
    const fast = fastDecode(text);
    if (fast?.kind === 'rows') return { data: fast.rows };
  }
  const body = soapBody(text, (what, cause) => responseError(operation, what, cause));
  const fault = child(body, 'Fault');
  if (fault !== undefined) {
    const f = readFault(fault);
    throw resultCodeError(f.code || 'FAULT', f.message, operation, now);
  }
  const response = Object.entries(body).find(([k]) => !k.startsWith('@_') && k !== '#text');
  const node = response ? (Array.isArray(response[1]) ? response[1][0] : response[1]) : undefined;
  const ret = child(node, 'return');
  const props = new Map<string, XmlNode | undefined>();
  for (const p of children(ret, 'Property')) props.set(attr(p, 'name') ?? '', child(p, 'Value'));
  if (!props.has('ResultCode'))
    throw responseError(operation, 'the answer has no ResultCode, so it is not a PartnerWebAPI2 answer');
  const code = unescapeXml(textOf(props.get('ResultCode'))).trim();
  const dataNode = props.get('ResultData');
  if (code !== SUCCESS) {
    const reason = dataNode === undefined || isNil(dataNode) ? '' : unescapeXml(textOf(dataNode)).trim();
    throw resultCodeError(code || '(empty)', reason, operation, now);
  }
  const out: WebApi2Answer = { data: decodeData(dataNode) };
  const file = child(node, 'fileData');
  if (file !== undefined && !isNil(file)) {
    try {
      out.fileData = base64ToBytes(textOf(file).trim());
    } catch (error) {
      throw responseError(operation, 'fileData is not base64', error);
    }
  }
  return out;
}

/** The transport's decode step: non-200 answers other than Faults are HTTP errors. */
export function decodeWebApi2Raw(raw: RawResponse, operation: string, now: number): WebApi2Answer {
  const text = raw.text();
  if (raw.status !== 200 && !/Fault[\s>]/.test(text.slice(0, 4096))) throw httpErrorFrom(raw, operation);
  return decodeWebApi2Answer(text, operation, raw.status, now);
}
