import { type Cell, type Row, type SoapResult, convertCell } from './cells.js';
import { type XmlNode, attr, child, childEntries, children, isNil, textOf } from './parse.js';
import { isDangerousName, unescapeXml } from './xml.js';

/** A vendor answer that was understood but reports failure inside the result (1C `ResultCode`). */
export class ResultCodeError extends Error {
  constructor(
    readonly resultCode: string,
    readonly resultMessage: string,
  ) {
    super(resultMessage || resultCode);
  }
}

function cellOf(node: XmlNode | undefined, fallbackType: string | undefined): Cell {
  if (node === undefined || isNil(node)) return null;
  return convertCell(unescapeXml(textOf(node)), attr(node, 'type') ?? fallbackType);
}

function columnType(column: XmlNode): string | undefined {
  for (const t of children(child(column, 'ValueType'), 'Type')) {
    const name = textOf(t).trim();
    if (name && name !== 'Null') return name;
  }
  return undefined;
}

/** Decodes 1C's ValueTable: `<column><Name>` list, then `<row>`s of positional `<Value>`s. */
export function decodeValueTable(node: XmlNode): Row[] {
  const columns = children(node, 'column');
  const names = columns.map((c) => unescapeXml(textOf(child(c, 'Name'))).trim());
  const types = columns.map(columnType);
  const rows: Row[] = [];
  for (const r of children(node, 'row')) {
    const values = children(r, 'Value');
    const row: Row = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (isDangerousName(name)) continue;
      row[name] = cellOf(values[i], types[i]);
    }
    rows.push(row);
  }
  return rows;
}

function isScalarNode(node: XmlNode): boolean {
  return typeof node === 'string' || childEntries(node).length === 0;
}

/** One named row: each child element is a field. */
function namedRow(node: XmlNode): Row {
  const row: Row = {};
  for (const [name, nodes] of childEntries(node)) {
    if (isDangerousName(name)) continue;
    row[name] = cellOf(nodes[0], undefined);
  }
  return row;
}

/**
 * Decodes named rows: either one element per row whose children are the fields
 * (`<return><row><client_id>…</client_id></row>…</return>`), or the `return` element itself
 * being a row (repeated once per row).
 */
export function decodeNamedRows(returns: readonly XmlNode[]): Row[] {
  const rows: Row[] = [];
  for (const ret of returns) {
    const entries = childEntries(ret);
    if (entries.length === 0) continue;
    const nested = entries.length === 1 && entries[0]![1].every((n) => !isScalarNode(n));
    if (nested) for (const n of entries[0]![1]) rows.push(namedRow(n));
    else rows.push(namedRow(ret));
  }
  return rows;
}

/** Reads 1C's Structure (`<Property name="…"><Value>…</Value></Property>`). */
function structure(node: XmlNode): Map<string, XmlNode | undefined> {
  const map = new Map<string, XmlNode | undefined>();
  for (const p of children(node, 'Property')) map.set(attr(p, 'name') ?? '', child(p, 'Value'));
  return map;
}

/** Decodes what one value node holds: a table, a Structure wrapping ResultCode/ResultData, or a scalar. */
export function decodeValue(node: XmlNode | undefined, all: readonly XmlNode[] = []): SoapResult {
  if (node === undefined) return { kind: 'rows', rows: [] };
  if (isNil(node)) return { kind: 'scalar', value: null };
  if (typeof node !== 'string') {
    // A ValueTable has columns; `<row>`s without columns are a ValueTable only if they hold `<Value>`s.
    if (node.column !== undefined || child(child(node, 'row'), 'Value') !== undefined) {
      return { kind: 'rows', rows: decodeValueTable(node) };
    }
    if (node.Property !== undefined) {
      const props = structure(node);
      const code = props.get('ResultCode');
      const data = props.get('ResultData');
      if (code !== undefined) {
        const resultCode = unescapeXml(textOf(code)).trim();
        if (resultCode !== '' && resultCode.toUpperCase() !== 'SUCCESS') {
          throw new ResultCodeError(resultCode, data === undefined ? '' : unescapeXml(textOf(data)).trim());
        }
        return decodeValue(data);
      }
      return {
        kind: 'rows',
        rows: [
          Object.fromEntries(
            [...props].filter(([k]) => !isDangerousName(k)).map(([k, v]) => [k, cellOf(v, undefined)]),
          ),
        ],
      };
    }
    if (!isScalarNode(node)) return { kind: 'rows', rows: decodeNamedRows(all.length ? all : [node]) };
  }
  return { kind: 'scalar', value: cellOf(node, undefined) };
}
