import { base64ToBytes } from '@x/core';

/** One decoded value of a result row. */
export type Cell = string | number | boolean | Uint8Array | null;

/** One result row, keyed by the vendor's column names. */
export type Row = Record<string, Cell>;

/**
 * What the `return` element of an answer held. `columns` lists the column names the answer itself
 * declared (a ValueTable's column list, or every field name of named rows), so that documented
 * columns the answer lacks can be reported; it is absent when the answer declares none (no rows).
 */
export type SoapResult =
  | { kind: 'rows'; rows: Row[]; columns?: readonly string[] | undefined }
  | { kind: 'scalar'; value: Cell };

/** Strips a prefix from a type name (`xs:string`, `d4p1:string` → `string`). */
function bareType(type: string | undefined): string | undefined {
  if (type === undefined) return undefined;
  const i = type.indexOf(':');
  return i === -1 ? type : type.slice(i + 1);
}

/** A converter for one `xsi:type`, memoised so the hot loop does no per-cell type parsing. */
export type CellConverter = (text: string) => Cell;

const converters = new Map<string | undefined, CellConverter>();

/** The converter of a type (cached). */
export function converterFor(type: string | undefined): CellConverter {
  let c = converters.get(type);
  if (c === undefined) {
    switch (bareType(type)) {
      case undefined:
      case 'string':
        c = (text) => text;
        break;
      default:
        c = (text) => convertCell(text, type);
    }
    if (converters.size < 256) converters.set(type, c);
  }
  return c;
}

/**
 * Converts one already-unescaped cell text by its `xsi:type` (or its column's type). Untyped and
 * unknown types stay strings; the operation's schema converts them further.
 */
export function convertCell(text: string, type: string | undefined): Cell {
  switch (bareType(type)) {
    case 'boolean':
      return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : text;
    case 'decimal':
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'double':
    case 'float': {
      if (text.trim() === '') return null;
      const n = Number(text);
      // An integer beyond 2^53 stays text, every digit kept: ids may come typed xs:decimal.
      if (Number.isInteger(n) && !Number.isSafeInteger(n) && /^\s*[-+]?\d+\s*$/.test(text))
        return text.trim();
      return Number.isFinite(n) ? n : text;
    }
    case 'dateTime':
    case 'date':
      // 1C's empty date: the document calls it 01.01.0001 ("open-ended").
      return text === '' || text.startsWith('0001-01-01') ? null : text;
    case 'base64Binary':
      return base64ToBytes(text);
    default:
      return text;
  }
}
