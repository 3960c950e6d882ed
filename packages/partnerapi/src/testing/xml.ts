import { bytesToBase64 } from '@x/core';
import { SOAP_NS, type SoapVersion, V8_NS, XSI_NS, XS_NS } from '../soap/envelope.js';
import { escapeXml } from '../soap/xml.js';
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
