import type { TextSink } from '@x/core';
import type { SoapResult } from './cells.js';
import { RowScan, readHead } from './fast-rows.js';
import { MAX_REFERENCES } from './limits.js';
import { COMPLETE_TAIL, isCompleteParts } from './xml.js';

/** Text looked through for the first row before giving up on streaming (a table's head is a few KB). */
const HEAD_LIMIT = 1024 * 1024;
/** The first `<row` (any prefix) with the character after its name. */
const FIRST_ROW = /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/;
const LT = 60;
const BANG = 33;

/**
 * The single-pass row decoder fed while the body arrives (a core `TextSink`): it decodes the rows of
 * a ValueTable answer as each piece of text comes, keeping only the unfinished row between pieces,
 * so the decoding is done when the body is. It gives up (and {@link result} stays `undefined`)
 * on anything but that shape, or anything the whole-text path would refuse or look at more
 * closely: `<!` anywhere (a DTD, comments, CDATA), too many references, a cell that does not
 * convert, a document whose root is not closed at its end, a body that is not valid UTF-8 (the
 * transport then never calls {@link end}). The caller then decodes the whole text as before, so
 * results and errors are the same either way.
 */
export class RowStream implements TextSink {
  #mode: 'head' | 'rows' | 'after' | 'off' = 'head';
  /** Head: all text so far; rows: the text not scanned yet (an unfinished row). */
  #pending = '';
  /** The document's beginning through its first row, for the root element check. */
  #start = '';
  /** The last COMPLETE_TAIL characters, for the same check. */
  #tail = '';
  #references = 0;
  #lastChar = 0;
  #scanner: RowScan | undefined;
  #decoded: SoapResult | undefined;
  #ended = false;

  /** Takes the next piece of text. */
  write(chunk: string): void {
    if (this.#mode === 'off' || chunk.length === 0) return;
    try {
      this.#take(chunk);
    } catch {
      // A cell that does not convert (bad base64...): the whole-text path reports it.
      this.#giveUp();
    }
  }

  /** The body is complete: checks the end of the table and of the document. */
  end(): void {
    if (this.#mode === 'off') return;
    try {
      if (this.#mode === 'head') {
        this.#giveUp();
        return;
      }
      if (this.#mode === 'rows') {
        const scanner = this.#scanner!;
        const text = this.#pending;
        const pos = scanner.scan(text, 0, text.length);
        this.#decoded = pos < 0 ? undefined : scanner.finish(text, pos);
        this.#pending = '';
      }
      if (this.#decoded === undefined || !isCompleteParts(this.#start, this.#tail)) {
        this.#giveUp();
        return;
      }
      this.#ended = true;
    } catch {
      this.#giveUp();
    }
  }

  /** The decoded answer, once {@link end} found it whole; `undefined` means "decode the text". */
  result(): SoapResult | undefined {
    return this.#ended ? this.#decoded : undefined;
  }

  #giveUp(): void {
    this.#mode = 'off';
    this.#pending = '';
    this.#start = '';
    this.#tail = '';
    this.#scanner = undefined;
    this.#decoded = undefined;
  }

  #take(chunk: string): void {
    // The whole-text path refuses DTDs and looks closer at comments and CDATA: all start with `<!`.
    if (chunk.indexOf('<!') !== -1 || (this.#lastChar === LT && chunk.charCodeAt(0) === BANG)) {
      this.#giveUp();
      return;
    }
    this.#lastChar = chunk.charCodeAt(chunk.length - 1);
    for (let i = chunk.indexOf('&'); i !== -1; i = chunk.indexOf('&', i + 1)) {
      if (++this.#references > MAX_REFERENCES) {
        this.#giveUp();
        return;
      }
    }
    this.#tail =
      chunk.length >= COMPLETE_TAIL
        ? chunk.slice(-COMPLETE_TAIL)
        : (this.#tail + chunk).slice(-COMPLETE_TAIL);
    if (this.#mode === 'after') return;
    // A joined copy, not `pending + chunk`: the scan reads a flat string faster than a rope.
    const text = this.#pending === '' ? chunk : [this.#pending, chunk].join('');
    if (this.#mode === 'head') {
      const row = FIRST_ROW.exec(text);
      if (row === null || text.indexOf('>', row.index) === -1) {
        if (text.length > HEAD_LIMIT) {
          this.#giveUp();
          return;
        }
        this.#pending = text;
        return;
      }
      const head = readHead(text);
      // Only a table with rows streams; every other shape is decoded from the whole text.
      if (head?.kind !== 'table') {
        this.#giveUp();
        return;
      }
      this.#scanner = new RowScan(head);
      this.#start = text.slice(0, head.rowAt);
      this.#mode = 'rows';
      this.#scanRows(text, head.rowAt);
      return;
    }
    this.#scanRows(text, 0);
  }

  /** Decodes the whole rows of `text` from `from` on, keeps the unfinished rest. */
  #scanRows(text: string, from: number): void {
    const scanner = this.#scanner!;
    // Whole rows end at the last `</row>`, or at a `<row/>` after it (searched forward: a backward
    // search for an empty row most answers never hold would read the whole piece again).
    const closed = text.lastIndexOf(scanner.closeRow);
    let limit = closed === -1 ? -1 : closed + scanner.closeRow.length;
    const empty = scanner.emptyRow;
    for (let e = text.indexOf(empty, Math.max(limit, from)); e !== -1; e = text.indexOf(empty, limit)) {
      limit = e + empty.length;
    }
    if (limit <= from) {
      this.#pending = from === 0 ? text : text.slice(from);
      return;
    }
    const pos = scanner.scan(text, from, limit);
    if (pos < 0) {
      this.#giveUp();
      return;
    }
    if (pos < limit) {
      // Something other than a row before the last whole row: only the table's end may stop it.
      this.#decoded = scanner.finish(text, pos);
      if (this.#decoded === undefined) {
        this.#giveUp();
        return;
      }
      this.#mode = 'after';
      this.#pending = '';
      return;
    }
    this.#pending = text.slice(pos);
  }
}
