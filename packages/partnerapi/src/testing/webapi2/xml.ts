import { bytesToBase64 } from '@x/core';
import { SOAP_NS, type SoapVersion, V8_NS, XSI_NS, XS_NS } from '../../soap/envelope.js';
import { escapeXml } from '../../soap/xml.js';

/** Column types the emulator answers with. */
export type EmuType = 'string' | 'id' | 'datetime' | 'decimal' | 'boolean';

/** A ValueTable the emulator answers: columns in order, rows as records. */
export interface EmuTable {
  /** Column name → type. */
  columns: Readonly<Record<string, EmuType>>;
  /** Records; absent or null values go out as `xsi:nil` (dates as `0001-01-01T00:00:00`). */
  rows: readonly object[];
}

const XS: Record<EmuType, string> = {
  string: 'xs:string',
  id: 'xs:string',
  datetime: 'xs:dateTime',
  decimal: 'xs:decimal',
  boolean: 'xs:boolean',
};

/** One `<Value>` with its own `xsi:type`. */
export function valueXml(value: unknown, type?: EmuType): string {
  if (value === undefined || value === null) {
    // 1C has no null date: an empty one is 0001-01-01T00:00:00.
    return type === 'datetime'
      ? '<Value xsi:type="xs:dateTime">0001-01-01T00:00:00</Value>'
      : '<Value xsi:nil="true"/>';
  }
  if (value instanceof Uint8Array) return `<Value xsi:type="xs:base64Binary">${bytesToBase64(value)}</Value>`;
  const t =
    type ?? (typeof value === 'number' ? 'decimal' : typeof value === 'boolean' ? 'boolean' : 'string');
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return `<Value xsi:type="${XS[t]}">${escapeXml(text)}</Value>`;
}

/**
 * A ValueTable as the live service sends it: `<column>` entries with their ValueType (or an empty
 * `<ValueType/>`, as one live answer had), then positional `<row>`s.
 */
export function valueTableXml(table: EmuTable, emptyValueTypes = false): string {
  let out = '<Value xsi:type="ValueTable">';
  const entries = Object.entries(table.columns);
  for (const [name, type] of entries) {
    const vt = emptyValueTypes
      ? '<ValueType/>'
      : `<ValueType><Type>${XS[type]}</Type>${type === 'id' ? '<Type>Null</Type>' : ''}</ValueType>`;
    out += `<column><Name>${escapeXml(name)}</Name>${vt}</column>`;
  }
  for (const row of table.rows) {
    out += '<row>';
    for (const [name, type] of entries) out += valueXml((row as Record<string, unknown>)[name], type);
    out += '</row>';
  }
  return `${out}</Value>`;
}

/** A Structure value of simple properties. */
export function structureXml(props: Readonly<Record<string, unknown>>): string {
  let out = '<Value xsi:type="Structure">';
  for (const [name, v] of Object.entries(props))
    out += `<Property name="${escapeXml(name)}">${valueXml(v)}</Property>`;
  return `${out}</Value>`;
}

/** The whole answer: `return` = Structure{ResultCode, ResultData}, plus `fileData` when given. */
export function answerXml(
  version: SoapVersion,
  namespace: string,
  operation: string,
  code: string,
  dataXml: string,
  fileData?: Uint8Array,
): string {
  const file = fileData ? `<m:fileData>${bytesToBase64(fileData)}</m:fileData>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soap:Envelope xmlns:soap="${SOAP_NS[version]}"><soap:Body>` +
    `<m:${operation}Response xmlns:m="${escapeXml(namespace)}">` +
    `<m:return xmlns:xs="${XS_NS}" xmlns:xsi="${XSI_NS}">` +
    `<Property xmlns="${V8_NS}" name="ResultCode"><Value xsi:type="xs:string">${escapeXml(code)}</Value></Property>` +
    `<Property xmlns="${V8_NS}" name="ResultData">${dataXml}</Property>` +
    `</m:return>${file}</m:${operation}Response></soap:Body></soap:Envelope>`
  );
}
