import { type Cell, type Row, type SoapResult, convertCell } from './cells.js';
import { type XmlNode, attr, child, childEntries, children, isNil, textOf } from './parse.js';
import { bareTypeOf, isScalarNode, unwrapTypedValue } from './typed-value.js';
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

/**
 * An answer whose shape no decoder recognises (a cell holding elements, rows without columns, a
 * Structure mixing records and tables…). The wire layer turns it into a ResponseError: guessing
 * would hand out fabricated rows.
 */
export class UnrecognisedAnswerError extends Error {}

function cellOf(node: XmlNode | undefined, fallbackType: string | undefined): Cell {
  const value = unwrapTypedValue(node);
  if (value === undefined || isNil(value)) return null;
  if (!isScalarNode(value))
    throw new UnrecognisedAnswerError('a value holds elements where a value was expected');
  return convertCell(unescapeXml(textOf(value)), attr(value, 'type') ?? fallbackType);
}

function columnType(column: XmlNode): string | undefined {
  for (const t of children(child(column, 'ValueType'), 'Type')) {
    const name = textOf(t).trim();
    if (name && name !== 'Null') return name;
  }
  return undefined;
}

/** Child elements a ValueTable may carry: `index` describes search indexes and holds no data. */
const TABLE_PARTS = new Set(['column', 'row', 'index']);

/** True when `node` is 1C's ValueTable (typed so, or holding columns, or rows of `<Value>`s). */
export function isValueTable(node: XmlNode | undefined): boolean {
  if (node === undefined || typeof node === 'string') return false;
  return (
    bareTypeOf(node) === 'ValueTable' ||
    node.column !== undefined ||
    child(child(node, 'row'), 'Value') !== undefined
  );
}

/**
 * Decodes 1C's ValueTable: `<column><Name>` list, then `<row>`s of positional `<Value>`s. Throws
 * {@link UnrecognisedAnswerError} for a table it cannot read faithfully (a column without a name,
 * a row with more values than columns, a cell holding elements).
 */
export function decodeValueTable(node: XmlNode): Row[] {
  return readValueTable(node).rows;
}

function readValueTable(node: XmlNode): { rows: Row[]; columns: string[] } {
  for (const [name] of childEntries(node)) {
    if (!TABLE_PARTS.has(name)) throw new UnrecognisedAnswerError(`a ValueTable holds <${name}>`);
  }
  const columns = children(node, 'column');
  const names = columns.map((c) => {
    const name = child(c, 'Name');
    if (name === undefined) throw new UnrecognisedAnswerError('a ValueTable column has no name');
    return unescapeXml(textOf(name)).trim();
  });
  const types = columns.map(columnType);
  const rows: Row[] = [];
  for (const r of children(node, 'row')) {
    for (const [name] of childEntries(r)) {
      if (name !== 'Value') throw new UnrecognisedAnswerError(`a ValueTable row holds <${name}>`);
    }
    const values = children(r, 'Value');
    if (values.length > names.length) {
      throw new UnrecognisedAnswerError(
        `a ValueTable row holds ${values.length} values for ${names.length} columns`,
      );
    }
    const row: Row = {};
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const cell = values[i] === undefined || isNil(values[i]) ? null : tableCell(values[i]!, types[i]);
      if (!isDangerousName(name)) row[name] = cell;
    }
    rows.push(row);
  }
  return { rows, columns: names.filter((n) => !isDangerousName(n)) };
}

function tableCell(node: XmlNode, fallbackType: string | undefined): Cell {
  if (!isScalarNode(node)) throw new UnrecognisedAnswerError('a ValueTable cell holds elements');
  return convertCell(unescapeXml(textOf(node)), attr(node, 'type') ?? fallbackType);
}

/** One named row: each child element is a field holding one value. */
function namedRow(node: XmlNode, columns: Set<string>): Row {
  const row: Row = {};
  for (const [name, nodes] of childEntries(node)) {
    if (isDangerousName(name)) continue;
    // `Value` is 1C's positional cell, never a named field: this is a table or array we do not know.
    if (name === 'Value') throw new UnrecognisedAnswerError('a record holds <Value> elements');
    row[name] = cellOf(nodes[0], undefined);
    columns.add(name);
  }
  return row;
}

function readNamedRows(returns: readonly XmlNode[]): { rows: Row[]; columns: string[] | undefined } {
  const rows: Row[] = [];
  const columns = new Set<string>();
  for (const ret of returns) {
    const entries = childEntries(ret);
    if (entries.length === 0) continue;
    const nested = entries.length === 1 && entries[0]![1].every((n) => !isScalarNode(n));
    if (nested) for (const n of entries[0]![1]) rows.push(namedRow(n, columns));
    else rows.push(namedRow(ret, columns));
  }
  // Without a row, named rows declare no columns at all: nothing can be said about missing ones.
  return { rows, columns: rows.length > 0 ? [...columns] : undefined };
}

/**
 * Decodes named rows: either one element per row whose children are the fields
 * (`<return><row><client_id>…</client_id></row>…</return>`), or the `return` element itself
 * being a row (repeated once per row). A field holding elements is not a named row:
 * {@link UnrecognisedAnswerError}.
 */
export function decodeNamedRows(returns: readonly XmlNode[]): Row[] {
  return readNamedRows(returns).rows;
}

/** Reads 1C's Structure (`<Property name="…"><Value>…</Value></Property>`). */
export function readStructure(node: XmlNode): Map<string, XmlNode | undefined> {
  for (const [name] of childEntries(node)) {
    if (name !== 'Property') throw new UnrecognisedAnswerError(`a Structure holds <${name}>`);
  }
  const map = new Map<string, XmlNode | undefined>();
  for (const p of children(node, 'Property')) map.set(attr(p, 'name') ?? '', child(p, 'Value'));
  return map;
}

function decodeStructure(node: XmlNode): SoapResult {
  const props = readStructure(node);
  if (props.has('ResultCode')) {
    const code = unwrapTypedValue(props.get('ResultCode'));
    const data = props.get('ResultData');
    if (!isScalarNode(code)) throw new UnrecognisedAnswerError('ResultCode holds elements');
    const resultCode = unescapeXml(textOf(code)).trim();
    if (resultCode !== '' && resultCode.toUpperCase() !== 'SUCCESS') {
      const message = unwrapTypedValue(data);
      throw new ResultCodeError(resultCode, isScalarNode(message) ? unescapeXml(textOf(message)).trim() : '');
    }
    return decodeValue(data);
  }
  // A Structure whose only property holds a table or another Structure is a wrapper around it.
  if (props.size === 1) {
    const only = [...props.values()][0];
    if (!isScalarNode(unwrapTypedValue(only))) return decodeValue(only);
  }
  // A Structure of values is one record; a table beside other properties is not a shape we know.
  const row: Row = {};
  for (const [name, value] of props) if (!isDangerousName(name)) row[name] = cellOf(value, undefined);
  return { kind: 'rows', rows: [row], columns: Object.keys(row) };
}

/**
 * Decodes what one value node holds: a table, a Structure (the `{ResultCode, ResultData}` wrapper,
 * a wrapper of one table, or one record), named rows, or a scalar. `<Value xsi:type="…">` wrappers
 * are looked through at every level. Throws {@link UnrecognisedAnswerError} for anything else.
 */
export function decodeValue(node: XmlNode | undefined, all: readonly XmlNode[] = []): SoapResult {
  if (node === undefined) return { kind: 'rows', rows: [] };
  const value = unwrapTypedValue(node)!;
  if (isNil(value)) return { kind: 'scalar', value: null };
  if (isValueTable(value) && typeof value !== 'string') {
    const { rows, columns } = readValueTable(value);
    return { kind: 'rows', rows, columns };
  }
  if (isScalarNode(value)) return { kind: 'scalar', value: cellOf(value, undefined) };
  if (typeof value !== 'string' && value.Property !== undefined) return decodeStructure(value);
  // Named rows are plain elements; a 1C-typed value here (an Array, a Map...) is something else.
  const type = bareTypeOf(value);
  if (type !== undefined) throw new UnrecognisedAnswerError(`a value typed ${type}`);
  // `return` repeated once per row only counts when `return` itself was not a wrapper.
  const { rows, columns } = readNamedRows(value === node && all.length > 1 ? all : [value]);
  return { kind: 'rows', rows, columns };
}
