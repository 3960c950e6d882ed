import { bytesToBase64 } from '@x/core';
import { SOAP_NS, type SoapVersion, V8_NS, XSI_NS, XS_NS } from '../soap/envelope.js';
import { escapeXml, localName, unescapeXml } from '../soap/xml.js';
import type { ColumnType, Columns } from '../wire.js';

/** How the emulator shapes row answers: 1C's ValueTable (default) or one element per row with named fields. */
export type ResultForm = 'valueTable' | 'namedRows';

const XS_TYPE: Record<ColumnType, string> = {
  string: 'xs:string',
  boolean: 'xs:boolean',
  integer: 'xs:decimal',
  date: 'xs:dateTime',
  datetime: 'xs:dateTime',
};

function cellXml(tag: string, type: ColumnType, value: unknown): string {
  if (value === null || value === undefined) {
    // 1C has no null date: an empty date is 0001-01-01 (the document's «01.01.0001»).
    if (type === 'date' || type === 'datetime')
      return `<${tag} xsi:type="xs:dateTime">0001-01-01T00:00:00</${tag}>`;
    return `<${tag} xsi:nil="true"/>`;
  }
  let text: string;
  if (type === 'boolean') text = value ? 'true' : 'false';
  else if (type === 'date') text = `${String(value).slice(0, 10)}T00:00:00`;
  else text = String(value);
  return `<${tag} xsi:type="${XS_TYPE[type]}">${escapeXml(text)}</${tag}>`;
}

/** 1C's ValueTable: the column list with value types, then one `<row>` of positional `<Value>`s per record. */
export function valueTableXml(columns: Columns, rows: readonly object[]): string {
  let out = '';
  for (const [name, type] of Object.entries(columns)) {
    const nullable = type === 'string' ? '<Type>Null</Type>' : '';
    out += `<column><Name>${escapeXml(name)}</Name><ValueType><Type>${XS_TYPE[type]}</Type>${nullable}</ValueType></column>`;
  }
  const entries = Object.entries(columns);
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    out += '<row>';
    for (const [name, type] of entries) out += cellXml('Value', type, r[name]);
    out += '</row>';
  }
  return out;
}

/** Named rows: `<m:row><m:client_id>…</m:client_id>…</m:row>` per record. */
export function namedRowsXml(columns: Columns, rows: readonly object[]): string {
  let out = '';
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    out += '<m:row>';
    for (const [name, type] of Object.entries(columns)) out += cellXml(`m:${name}`, type, r[name]);
    out += '</m:row>';
  }
  return out;
}

/** A whole answer around the content of `return`. */
export function answerXml(
  version: SoapVersion,
  namespace: string,
  operation: string,
  content: string,
  returnType?: string,
  valueTable = false,
): string {
  const typeAttr = returnType ? ` xsi:type="${returnType}"` : '';
  const core = valueTable ? ` xmlns="${V8_NS}"` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soap:Envelope xmlns:soap="${SOAP_NS[version]}"><soap:Body>` +
    `<m:${operation}Response xmlns:m="${escapeXml(namespace)}">` +
    `<m:return${core} xmlns:xs="${XS_NS}" xmlns:xsi="${XSI_NS}"${typeAttr}>${content}</m:return>` +
    `</m:${operation}Response></soap:Body></soap:Envelope>`
  );
}

/** A flag answer. */
export function flagContent(value: boolean): string {
  return value ? 'true' : 'false';
}

/** A base64Binary answer. */
export function bytesContent(bytes: Uint8Array): string {
  return bytesToBase64(bytes);
}

/** A SOAP Fault in the request's SOAP version. */
export function faultXml(version: SoapVersion, side: 'Sender' | 'Receiver', message: string): string {
  const body =
    version === '1.2'
      ? `<soap:Fault><soap:Code><soap:Value>soap:${side}</soap:Value></soap:Code><soap:Reason><soap:Text xml:lang="ru">${escapeXml(message)}</soap:Text></soap:Reason></soap:Fault>`
      : `<soap:Fault><faultcode>soap:${side === 'Sender' ? 'Client' : 'Server'}</faultcode><faultstring>${escapeXml(message)}</faultstring></soap:Fault>`;
  return `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="${SOAP_NS[version]}"><soap:Body>${body}</soap:Body></soap:Envelope>`;
}

/** Markup that carries no elements but may contain `<`: skipped before tags are read. */
const NOT_ELEMENTS = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
const TAG = /<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The operation element of a request: its local name and namespace URI. */
export interface OperationElement {
  /** Local name of the first child element of the SOAP Body. */
  name: string;
  /** Its namespace URI, `null` when it is in no namespace. */
  namespace: string | null;
}

/**
 * Finds the operation element (the first child of `Envelope/Body`) and resolves its namespace by
 * XML rules: its own prefix, or the default namespace in scope, declared on the element itself or
 * inherited from any ancestor (the Body, the Envelope). SOAP stacks differ here: this SDK sends
 * `<par:op xmlns:par="…">`, node-soap `<op xmlns="…">` under a prefixed `soap:Body`, others
 * declare everything on the Envelope. The body must already have parsed as XML.
 */
export function operationElement(body: string): OperationElement | undefined {
  const text = body.replace(NOT_ELEMENTS, '');
  // Namespace declarations in scope, innermost last; `''` is the default namespace.
  const scopes: Map<string, string>[] = [];
  const path: string[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const [, closing, qname, attrs, selfClosing] = m as unknown as [string, string, string, string, string];
    if (closing) {
      path.pop();
      scopes.pop();
      continue;
    }
    const declared = new Map<string, string>();
    ATTRIBUTE.lastIndex = 0;
    for (let a = ATTRIBUTE.exec(attrs); a !== null; a = ATTRIBUTE.exec(attrs)) {
      const name = a[1]!;
      const value = unescapeXml(a[2] ?? a[3] ?? '');
      if (name === 'xmlns') declared.set('', value);
      else if (name.startsWith('xmlns:')) declared.set(name.slice(6), value);
    }
    if (path.length === 2 && localName(path[0]!) === 'Envelope' && localName(path[1]!) === 'Body') {
      const colon = qname.indexOf(':');
      const prefix = colon === -1 ? '' : qname.slice(0, colon);
      let namespace: string | undefined = declared.get(prefix);
      for (let i = scopes.length - 1; namespace === undefined && i >= 0; i--)
        namespace = scopes[i]!.get(prefix);
      // `xmlns=""` takes an element out of the default namespace.
      return { name: localName(qname), namespace: namespace ? namespace : null };
    }
    if (!selfClosing) {
      path.push(qname);
      scopes.push(declared);
    }
  }
  return undefined;
}
