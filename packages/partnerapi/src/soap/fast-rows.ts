import { type Cell, type CellConverter, type Row, type SoapResult, converterFor } from './cells.js';
import { isComplete, isDangerousName, unescapeXml } from './xml.js';

/**
 * Single-pass decoder for the common answer shape: `Envelope/Body/<op>Response/return` holding a
 * ValueTable (`<column><Name>…` then `<row><Value>…`). It scans the text once with `indexOf`,
 * never builds a tree, and converts each cell by its `xsi:type`. Anything it does not recognise
 * (a Fault, a Structure, named rows, comments, CDATA, nested values, odd quoting) makes it return
 * `undefined` so that the general fast-xml-parser path decodes the answer instead.
 */

const GT = 62; // >
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?

/** Copies a slice so the result does not keep the whole response body alive (V8 sliced strings). */
function detach(s: string): string {
  return (' ' + s).slice(1);
}

function local(qname: string): string {
  const i = qname.indexOf(':');
  return i === -1 ? qname : qname.slice(i + 1);
}

function isNameEnd(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13;
}

interface Tag {
  /** Qualified name as written. */
  q: string;
  /** Local name. */
  l: string;
  /** Index of `<`. */
  lt: number;
  /** Index of `>`. */
  gt: number;
  closing: boolean;
  empty: boolean;
  /** Attribute text (between the name and `>` or `/>`). */
  attrs: string;
}

/** Attribute texts already known to be well quoted (answers repeat the same few). */
const checkedAttrs = new Set<string>();

/** Reads the tag starting at or after `from`; `undefined` on anything other than a plain element tag. */
function nextTag(text: string, from: number): Tag | undefined {
  const lt = text.indexOf('<', from);
  if (lt === -1) return undefined;
  const c = text.charCodeAt(lt + 1);
  if (c === BANG || c === QUESTION) return undefined;
  const gt = text.indexOf('>', lt);
  if (gt === -1) return undefined;
  const closing = c === SLASH;
  let e = closing ? lt + 2 : lt + 1;
  const s = e;
  while (e < gt && !isNameEnd(text.charCodeAt(e))) e++;
  const q = text.slice(s, e);
  const empty = !closing && text.charCodeAt(gt - 1) === SLASH;
  const attrs = closing ? '' : text.slice(e, empty ? gt - 1 : gt);
  // A `>` inside a quoted attribute value would cut the tag short: the quotes would not balance.
  if (attrs.length > 0 && !checkedAttrs.has(attrs)) {
    if (attrs.indexOf("'") !== -1) return undefined;
    let quotes = 0;
    for (let i = attrs.indexOf('"'); i !== -1; i = attrs.indexOf('"', i + 1)) quotes++;
    if (quotes % 2 !== 0) return undefined;
    if (checkedAttrs.size < 256) checkedAttrs.add(attrs);
  }
  return { q, l: local(q), lt, gt, closing, empty, attrs };
}

function typeAttr(attrs: string): string | undefined {
  let i = attrs.indexOf('type="');
  while (i > 0) {
    const before = attrs.charCodeAt(i - 1);
    if (before === 58 /* : */ || before === 32 || before === 9 || before === 10 || before === 13) {
      const end = attrs.indexOf('"', i + 6);
      return attrs.slice(i + 6, end);
    }
    i = attrs.indexOf('type="', i + 1);
  }
  return undefined;
}

function nilAttr(attrs: string): boolean {
  return attrs.indexOf('nil="true"') !== -1 || attrs.indexOf('nil="1"') !== -1;
}

/** Text of a simple element whose open tag is `open`; `undefined` when it has child elements. */
function simpleText(text: string, open: Tag): { raw: string; end: number } | undefined {
  if (open.empty) return { raw: '', end: open.gt + 1 };
  const lt = text.indexOf('<', open.gt + 1);
  if (lt === -1 || text.charCodeAt(lt + 1) !== SLASH) return undefined;
  const q = open.q;
  if (!text.startsWith(q, lt + 2) || text.charCodeAt(lt + 2 + q.length) !== GT) return undefined;
  return { raw: text.slice(open.gt + 1, lt), end: lt + 3 + q.length };
}

/** Decodes the ValueTable answer, or returns `undefined` to ask for the general path. */
export function fastDecode(text: string): SoapResult | undefined {
  // A document cut short goes to the general path, which refuses it.
  if (!isComplete(text)) return undefined;
  const head = readHead(text);
  if (head?.kind !== 'table') return head;
  const scan = new RowScan(head);
  const pos = scan.scan(text, head.rowAt, text.length);
  return pos < 0 ? undefined : scan.finish(text, pos);
}

/** Where a ValueTable's rows begin, with what its column list said about them. */
export interface TableStart {
  /** Tells a table start from a finished {@link SoapResult}. */
  kind: 'table';
  /** Index of the first `<row`. */
  rowAt: number;
  /** The row element's name as written (`row`, `v8:row`). */
  rowQ: string;
  names: readonly string[];
  /** Whether each column may become an object key (see isDangerousName). */
  safe: readonly boolean[];
  /** Each column's converter, from its `ValueType`. */
  converters: readonly CellConverter[];
  /** Local name of the element that closes the table (`return` or `Value`). */
  end: string;
}

/**
 * Reads an answer up to its first table row. Returns where the rows begin, a complete result for
 * the shapes that need no row scan (named rows, an empty table), or `undefined` for the general path.
 */
export function readHead(text: string): TableStart | SoapResult | undefined {
  // Envelope → Body → <op>Response → return → column|row
  let from = 0;
  if (text.startsWith('<?xml', text.charCodeAt(0) === 0xfeff ? 1 : 0)) from = text.indexOf('?>') + 2;
  let t = nextTag(text, from);
  while (t && t.l !== 'Body') t = nextTag(text, t.gt + 1);
  if (!t || t.closing || t.empty) return undefined;
  const response = nextTag(text, t.gt + 1);
  if (!response || response.closing || response.empty || !response.l.endsWith('Response')) return undefined;
  const ret = nextTag(text, response.gt + 1);
  if (!ret || ret.closing || ret.empty || ret.l !== 'return' || nilAttr(ret.attrs)) return undefined;
  let first = nextTag(text, ret.gt + 1);
  let end = 'return';
  // 1C may wrap the table (or the Structure around it) once more in `<Value xsi:type="…">`.
  if (first && !first.closing && first.l === 'Value') {
    const type = local(typeAttr(first.attrs) ?? '');
    if (first.empty || (type !== 'ValueTable' && type !== 'Structure')) return undefined;
    end = 'Value';
    first = nextTag(text, first.gt + 1);
    if (first?.l !== (type === 'Structure' ? 'Property' : 'column')) return undefined;
  }
  if (first && !first.closing && first.l === 'Property') {
    // The successor's Structure {ResultCode: SUCCESS, ResultData: ValueTable}; anything else → general path.
    const data = resultData(text, first);
    if (data === undefined) return undefined;
    first = nextTag(text, data);
    end = 'Value';
  }
  if (!first || first.closing || first.empty) return undefined;
  if (first.l === 'column') return readColumns(text, first.lt, end);
  if (first.l === 'row') {
    // `<row>` holding named fields is named rows; `<row>` of `<Value>`s without a column list is a
    // table nobody can name the cells of, which the general path refuses.
    const inner = nextTag(text, first.gt + 1);
    if (inner && !inner.closing && inner.l !== 'Value' && end === 'return') return scanNamedRows(text, first);
    return undefined;
  }
  return end === 'return' ? scanNamedRows(text, first) : undefined;
}

/**
 * Named rows: `return` holds repeated row elements (all with the first one's name), each holding
 * simple field elements (`<m:client_id xsi:type="xs:string">…</m:client_id>`). Fields are typed
 * by their own `xsi:type`; the first occurrence of a repeated field wins, as in the general path.
 */
function scanNamedRows(text: string, first: Tag): SoapResult | undefined {
  const rowQ = first.q;
  const closeRow = `</${rowQ}>`;
  const rows: Row[] = [];
  const columns = new Set<string>();
  let t: Tag | undefined = first;
  for (;;) {
    if (!t) return undefined;
    if (t.closing) {
      return t.l === 'return' && rows.length > 0 ? { kind: 'rows', rows, columns: [...columns] } : undefined;
    }
    if (t.q !== rowQ || t.empty || t.attrs.indexOf('nil=') !== -1) return undefined;
    const row: Row = {};
    let pos = t.gt + 1;
    let fields = 0;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt === -1) return undefined;
      if (text.startsWith(closeRow, lt)) {
        pos = lt + closeRow.length;
        break;
      }
      const f = nextTag(text, lt);
      if (!f || f.closing || isDangerousName(f.l) || f.l === 'Value') return undefined;
      const s = simpleText(text, f);
      if (!s) return undefined;
      pos = s.end;
      fields++;
      if (f.l in row) continue;
      columns.add(f.l);
      if (nilAttr(f.attrs)) row[f.l] = null;
      else {
        let cell = converterFor(typeAttr(f.attrs))(s.raw.indexOf('&') === -1 ? s.raw : unescapeXml(s.raw));
        if (typeof cell === 'string' && cell.length >= 13) cell = detach(cell);
        row[f.l] = cell;
      }
    }
    if (fields === 0) return undefined;
    rows.push(row);
    t = nextTag(text, pos);
  }
}

function nameAttr(attrs: string): string | undefined {
  return /(?:^|\s)name="([^"]*)"/.exec(attrs)?.[1];
}

/** After `<Property name="ResultCode">SUCCESS` and `<Property name="ResultData"><Value xsi:type="ValueTable">`: the index inside that Value. */
function resultData(text: string, code: Tag): number | undefined {
  if (nameAttr(code.attrs) !== 'ResultCode') return undefined;
  const v = nextTag(text, code.gt + 1);
  if (!v || v.closing || v.l !== 'Value') return undefined;
  const s = simpleText(text, v);
  if (s?.raw.trim().toUpperCase() !== 'SUCCESS') return undefined;
  const close = nextTag(text, s.end);
  if (!close?.closing || close.l !== 'Property') return undefined;
  const data = nextTag(text, close.gt + 1);
  if (!data || data.closing || data.l !== 'Property' || nameAttr(data.attrs) !== 'ResultData')
    return undefined;
  const table = nextTag(text, data.gt + 1);
  if (
    !table ||
    table.closing ||
    table.empty ||
    table.l !== 'Value' ||
    !typeAttr(table.attrs)?.endsWith('ValueTable')
  ) {
    return undefined;
  }
  return table.gt + 1;
}

function safeNames(names: readonly string[], safe: readonly boolean[]): string[] {
  return names.filter((_, i) => safe[i]);
}

/** Reads the column list; stops at the first row (or the table's end when it has no rows). */
function readColumns(text: string, start: number, end: string): TableStart | SoapResult | undefined {
  const names: string[] = [];
  const converters: CellConverter[] = [];
  const safe: boolean[] = [];
  let pos = start;
  let inColumn = false;
  let colName: string | undefined;
  let colType: string | undefined;
  for (;;) {
    const t = nextTag(text, pos);
    if (!t) return undefined;
    pos = t.gt + 1;
    if (t.closing) {
      if (!inColumn)
        return t.l === end ? { kind: 'rows', rows: [], columns: safeNames(names, safe) } : undefined;
      if (t.l === 'column') {
        if (colName === undefined) return undefined;
        names.push(colName);
        converters.push(converterFor(colType));
        safe.push(!isDangerousName(colName));
        inColumn = false;
      }
      continue;
    }
    if (!inColumn) {
      if (t.l === 'row') {
        if (names.length === 0) return undefined;
        return { kind: 'table', rowAt: t.lt, rowQ: t.q, names, safe, converters, end };
      }
      if (t.l !== 'column' || t.empty) return undefined;
      inColumn = true;
      colName = undefined;
      colType = undefined;
      continue;
    }
    if (t.l === 'Name' || t.l === 'Type') {
      const s = simpleText(text, t);
      if (!s) return undefined;
      pos = s.end;
      if (t.l === 'Name') colName = unescapeXml(s.raw).trim();
      else if (colType === undefined) {
        const ty = s.raw.trim();
        if (ty && ty !== 'Null') colType = ty;
      }
    }
  }
}

/** The attributes of a `<Value` tag seen before, up to and including its `>` (or `/>`). */
interface ValueTail {
  tail: string;
  empty: boolean;
  nil: boolean;
  type: string | undefined;
}

/**
 * The hot loop: rows of positional Values. It compares against the few tag texts it has already
 * seen (`<Value xsi:type="xs:string">`...) with `startsWith`, so a cell costs two `indexOf`s and
 * one slice, and no tag objects are allocated. Its state lives between calls, so that the rows of
 * one table can be scanned piece by piece as the text arrives (see RowStream).
 */
export class RowScan {
  readonly rows: Row[] = [];
  /** `</row>` and `<row/>` as this answer spells them: a piece of text ending in one holds whole rows. */
  readonly closeRow: string;
  readonly emptyRow: string;
  readonly #openRow: string;
  readonly #openValue: string;
  readonly #closeValue: string;
  readonly #tails: ValueTail[] = [];

  readonly #table: TableStart;

  constructor(table: TableStart) {
    this.#table = table;
    const rowQ = table.rowQ;
    const colon = rowQ.indexOf(':');
    const valueQ = colon === -1 ? 'Value' : `${rowQ.slice(0, colon)}:Value`;
    this.#openRow = `<${rowQ}>`;
    this.emptyRow = `<${rowQ}/>`;
    this.closeRow = `</${rowQ}>`;
    this.#openValue = `<${valueQ}`;
    this.#closeValue = `</${valueQ}>`;
  }

  /**
   * Decodes the rows of `text` from `pos` on whose `<` comes before `limit` (each must be complete).
   * Returns where it stopped: the first `<` at or past `limit`, or a tag that is not a row (for
   * {@link finish} to check), `text.length` when no `<` is left; -1 for a shape it does not know.
   */
  scan(text: string, pos: number, limit: number): number {
    const { names, safe, converters } = this.#table;
    const { emptyRow, closeRow, rows } = this;
    const openRow = this.#openRow;
    const openValue = this.#openValue;
    const closeValue = this.#closeValue;
    const tails = this.#tails;
    const width = names.length;
    for (;;) {
      const lt = text.indexOf('<', pos);
      if (lt === -1) return text.length;
      if (lt >= limit) return lt;
      if (text.startsWith(emptyRow, lt)) {
        const row: Row = {};
        for (let i = 0; i < width; i++) if (safe[i]) row[names[i]!] = null;
        rows.push(row);
        pos = lt + emptyRow.length;
        continue;
      }
      if (!text.startsWith(openRow, lt)) return lt;
      pos = lt + openRow.length;
      const row: Row = {};
      let idx = 0;
      for (;;) {
        const vlt = text.indexOf('<', pos);
        if (vlt === -1) return -1;
        if (text.startsWith(closeRow, vlt)) {
          for (; idx < width; idx++) if (safe[idx]) row[names[idx]!] = null;
          rows.push(row);
          pos = vlt + closeRow.length;
          break;
        }
        if (!text.startsWith(openValue, vlt) || idx >= width) return -1;
        const a = vlt + openValue.length;
        let tail: ValueTail | undefined;
        for (let k = 0; k < tails.length; k++) {
          if (text.startsWith(tails[k]!.tail, a)) {
            tail = tails[k];
            break;
          }
        }
        if (tail === undefined) {
          tail = readTail(text, a);
          if (tail === undefined) return -1;
          if (tails.length < 16) tails.push(tail);
        }
        let raw = '';
        const textStart = a + tail.tail.length;
        if (tail.empty) pos = textStart;
        else {
          const stop = text.indexOf('<', textStart);
          if (stop === -1 || !text.startsWith(closeValue, stop)) return -1;
          raw = text.slice(textStart, stop);
          pos = stop + closeValue.length;
        }
        let cell: Cell;
        if (tail.nil) cell = null;
        else {
          const convert = tail.type === undefined ? converters[idx]! : converterFor(tail.type);
          cell = convert(raw.indexOf('&') === -1 ? raw : unescapeXml(raw));
          if (typeof cell === 'string' && cell.length >= 13) cell = detach(cell);
        }
        if (safe[idx]) row[names[idx]!] = cell;
        idx++;
      }
    }
  }

  /** The result, when the tag at `pos` (where {@link scan} stopped) closes the table; else `undefined`. */
  finish(text: string, pos: number): SoapResult | undefined {
    const t = nextTag(text, pos);
    if (!t?.closing || t.l !== this.#table.end) return undefined;
    return { kind: 'rows', rows: this.rows, columns: safeNames(this.#table.names, this.#table.safe) };
  }
}

/** Reads the attribute part of a `<Value` tag starting at `a` (just after the name). */
function readTail(text: string, a: number): ValueTail | undefined {
  const c = text.charCodeAt(a);
  if (c !== GT && c !== SLASH && c !== 32 && c !== 9 && c !== 10 && c !== 13) return undefined;
  const gt = text.indexOf('>', a);
  if (gt === -1) return undefined;
  const tail = text.slice(a, gt + 1);
  const empty = text.charCodeAt(gt - 1) === SLASH;
  const attrs = tail.slice(0, empty ? -2 : -1);
  if (attrs.indexOf("'") !== -1 || attrs.indexOf('<') !== -1) return undefined;
  let quotes = 0;
  for (let i = attrs.indexOf('"'); i !== -1; i = attrs.indexOf('"', i + 1)) quotes++;
  if (quotes % 2 !== 0) return undefined;
  return { tail, empty, nil: nilAttr(attrs), type: typeAttr(attrs) };
}
