import { type Cell, type Row, type SoapResult, convertCell } from './cells.js';
import { isDangerousName, unescapeXml } from './xml.js';

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
  return s.length < 13 ? s : (' ' + s).slice(1);
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
  if (attrs.length > 0) {
    if (attrs.indexOf("'") !== -1) return undefined;
    let quotes = 0;
    for (let i = attrs.indexOf('"'); i !== -1; i = attrs.indexOf('"', i + 1)) quotes++;
    if (quotes % 2 !== 0) return undefined;
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
  const first = nextTag(text, ret.gt + 1);
  if (!first || first.closing || (first.l !== 'column' && first.l !== 'row')) return undefined;
  return scanTable(text, first.lt);
}

function scanTable(text: string, start: number): SoapResult | undefined {
  const names: string[] = [];
  const types: (string | undefined)[] = [];
  const rows: Row[] = [];
  let pos = start;
  let mode = 0; // 0 top, 1 column, 2 row
  let colName: string | undefined;
  let colType: string | undefined;
  let row: Row = {};
  let idx = 0;
  for (;;) {
    const t = nextTag(text, pos);
    if (!t) return undefined;
    pos = t.gt + 1;
    if (t.closing) {
      if (mode === 0) {
        if (t.l !== 'return') return undefined;
        return { kind: 'rows', rows };
      }
      if (mode === 1 && t.l === 'column') {
        if (colName === undefined) return undefined;
        names.push(colName);
        types.push(colType);
        mode = 0;
      } else if (mode === 2) {
        if (t.l !== 'row') return undefined;
        for (; idx < names.length; idx++) if (!isDangerousName(names[idx]!)) row[names[idx]!] = null;
        rows.push(row);
        mode = 0;
      }
      continue;
    }
    if (mode === 0) {
      if (t.l === 'column' && !t.empty) {
        mode = 1;
        colName = undefined;
        colType = undefined;
      } else if (t.l === 'row') {
        row = {};
        idx = 0;
        if (t.empty) {
          for (const n of names) if (!isDangerousName(n)) row[n] = null;
          rows.push(row);
        } else mode = 2;
      } else return undefined;
      continue;
    }
    if (mode === 1) {
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
      continue;
    }
    // mode 2: a row holds only Values
    if (t.l !== 'Value' || idx >= names.length) return undefined;
    const s = simpleText(text, t);
    if (!s) return undefined;
    pos = s.end;
    const name = names[idx]!;
    const type = typeAttr(t.attrs) ?? types[idx];
    let cell: Cell;
    if (nilAttr(t.attrs)) cell = null;
    else {
      cell = convertCell(s.raw.indexOf('&') === -1 ? s.raw : unescapeXml(s.raw), type);
      if (typeof cell === 'string') cell = detach(cell);
    }
    if (!isDangerousName(name)) row[name] = cell;
    idx++;
  }
}
