import type { RawResponse, Schema } from '@x/core';
import { findMissingFields } from '@x/core/internal';
import { safeParse } from 'zod/v4/core';
import {
  decodeAnswerSlot,
  decodeAnswerString,
  decodeAnswerStringsInPlace,
  decodeJsonAnswer,
  decodeWireValue,
  isBase64Key,
} from './wire.js';

/**
 * The single-pass decoder of AGBIS answers: vendor strings are URI-decoded, values converted and
 * checked in one walk over the tree `JSON.parse` returned, writing each result where its wire value
 * was (no copy of the answer is made). It is derived once per output schema from the zod schemas
 * themselves and is only a shortcut: it answers {@link FAIL} at the first value it is not certain
 * about, and the caller then decodes the answer the ordinary way (string decoding, then zod), so
 * every error and warning is the one the ordinary path produces.
 *
 * Agreement with zod, field by field: leaf schemas built by the shared codecs (`oText`, `oNum`,
 * `oFlag`, `oDate`) register a decoder that does what their zod pipe does ({@link fastLeaf});
 * `optional`, `array`, loose objects and `pipe(…, transform)` are walked; any other schema is
 * handed to zod for that value alone (its strings decoded first, as the ordinary path does).
 * Results are deep-equal to zod's; record keys keep the vendor's order (zod puts documented keys
 * first).
 *
 * The answer is parsed with plain `JSON.parse`, without `parseJsonExact`'s scan of the whole text
 * for long integer literals: a number beyond `Number.MAX_SAFE_INTEGER` anywhere in the tree makes
 * the decoder answer FAIL instead, and the ordinary path parses the text again exactly.
 */

/** Returned by a decoder for a value it cannot decode exactly as zod would. */
export const FAIL: unique symbol = Symbol('agbis.fast-decode.fail');

/** Decodes one wire value (strings not yet URI-decoded), or answers {@link FAIL}. */
export type FastDecoder = (value: unknown) => unknown;

/** Makes the decoder of a leaf schema for the field named `key` (base64 fields decode differently). */
export type LeafFactory = (decodeString: (s: string) => string) => FastDecoder;

const leaves = new WeakMap<object, LeafFactory>();

/**
 * Registers the single-pass decoder of a leaf schema (returns the schema itself). The decoder must
 * return exactly what zod returns for every value zod accepts, and {@link FAIL} for every other and
 * for any number that is not {@link isSafeNumber} (it may have lost digits in `JSON.parse`).
 */
export function fastLeaf<S extends Schema>(schema: S, factory: LeafFactory): S {
  leaves.set(schema, factory);
  return schema;
}

type Def = {
  type: string;
  checks?: readonly unknown[];
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  in?: Schema;
  out?: Schema;
  transform?: (value: unknown, ctx: unknown) => unknown;
};
type Internals = { def: Def; optin?: string; optout?: string };
const zodOf = (schema: Schema) => (schema as unknown as { _zod: Internals })._zod;

/** Whether `n` is exactly what `parseJsonExact` would have made of its literal. */
export function isSafeNumber(n: number): boolean {
  return n <= Number.MAX_SAFE_INTEGER && n >= -Number.MAX_SAFE_INTEGER;
}

/**
 * Decodes the strings of a value the schema does not describe (kept as sent) where they are, as
 * the ordinary path's string pass does; false when it holds a number that may have lost digits.
 */
const decodeLooseInPlace = (value: object, key: string | undefined): boolean =>
  decodeAnswerStringsInPlace(value, key, isSafeNumber);

/**
 * Memos that live for one answer: a month of orders repeats the same encoded names, statuses and
 * times thousands of times, and `decodeURIComponent` was the largest single cost of the decode.
 * They are emptied when the answer is decoded, so no answer's values (personal data among them)
 * outlive its call, and each stops growing at {@link MEMO_LIMIT} entries.
 */
const answerMemos: Array<{ clear(): void }> = [];
const MEMO_LIMIT = 10_000;

/** `fn` remembered per distinct string for the answer being decoded. */
export function perAnswerMemo<T>(fn: (s: string) => T): (s: string) => T {
  const memo = new Map<string, T>();
  answerMemos.push(memo as Map<string, unknown>);
  return (s) => {
    let value = memo.get(s);
    if (value === undefined) {
      value = fn(s);
      if (memo.size < MEMO_LIMIT) memo.set(s, value);
    }
    return value;
  };
}

/**
 * Decoded vendor text has its own memo: a direct-mapped table indexed by a hash of a string's length
 * and a few of its characters, since a Map hashes every character of each (fresh) string, which
 * cost more than half of what it saved on long encoded names. A collision only replaces an entry
 * (strings that differ only where the hash does not look just miss), and a hit is a whole-string
 * comparison.
 */
const TEXT_SLOTS = 4096;
const textRaw = new Array<string>(TEXT_SLOTS).fill('');
const textOut = new Array<string>(TEXT_SLOTS).fill('');
function textSlot(s: string): number {
  const n = s.length;
  let h = Math.imul(n, 0x9e3779b1);
  h = Math.imul(h ^ s.charCodeAt(n - 1), 0x85ebca6b);
  h = Math.imul(h ^ s.charCodeAt(n - 2), 0xc2b2ae35);
  h = Math.imul(h ^ s.charCodeAt(n - 4), 0x27d4eb2f);
  h = Math.imul(h ^ s.charCodeAt(n >> 1), 0x165667b1);
  h = Math.imul(h ^ s.charCodeAt(n >> 2), 0x9e3779b1);
  h = Math.imul(h ^ s.charCodeAt(n - (n >> 2) - 1), 0x85ebca6b);
  h = Math.imul(h ^ s.charCodeAt(1), 0xc2b2ae35);
  return (h ^ (h >>> 15)) & (TEXT_SLOTS - 1);
}
/** Vendor text: only strings with `%` or `+` need decoding (most codes, amounts and dates do not). */
const decodeText = (s: string): string => {
  if (!s.includes('%') && !s.includes('+')) return s;
  const slot = textSlot(s);
  if (textRaw[slot] === s) return textOut[slot]!;
  const decoded = decodeWireValue(s);
  textRaw[slot] = s;
  textOut[slot] = decoded;
  return decoded;
};
answerMemos.push({
  clear() {
    textRaw.fill('');
    textOut.fill('');
  },
});

/** The string decoder of the field named `key`: `+` stays a base64 digit in base64 fields. */
function decodeStringFor(key: string | undefined): (s: string) => string {
  return isBase64Key(key) ? (s: string) => decodeAnswerString(s, key) : decodeText;
}

/** Any schema the walker does not know: zod decides, on the value with its strings decoded. */
function viaZod(schema: Schema, key: string | undefined): FastDecoder {
  return (value) => {
    const decoded = typeof value === 'string' ? decodeAnswerString(value, key) : value;
    if (typeof decoded === 'number' && !isSafeNumber(decoded)) return FAIL;
    if (decoded !== null && typeof decoded === 'object' && !decodeLooseInPlace(decoded, key)) return FAIL;
    const result = safeParse(schema, decoded);
    return result.success ? result.data : FAIL;
  };
}

function hasChecks(def: Def): boolean {
  return def.checks !== undefined && def.checks.length > 0;
}

function compile(schema: Schema, key: string | undefined): FastDecoder {
  const leaf = leaves.get(schema);
  if (leaf) return leaf(decodeStringFor(key));
  const z = zodOf(schema);
  const def = z.def;
  if (hasChecks(def)) return viaZod(schema, key);
  switch (def.type) {
    case 'optional':
      // Decoders only ever see JSON values, never `undefined` (an absent key is not visited), so an
      // optional schema decodes a value as its inner schema does. An `undefined` from elsewhere
      // reaches the inner decoder and fails there: the ordinary path then decides.
      return compile(def.innerType!, key);
    case 'array':
      return arrayDecoder(compile(def.element!, key));
    case 'object': {
      // Only loose objects (unknown keys kept as sent): a stripping or strict object would need keys
      // removed or reported, which zod does better.
      if (!def.catchall || zodOf(def.catchall).def.type !== 'unknown') return viaZod(schema, key);
      return objectDecoder(def.shape ?? {}) ?? viaZod(schema, key);
    }
    case 'pipe': {
      const out = zodOf(def.out!).def;
      // A transform that takes no context cannot report an issue: its result is the pipe's result.
      if (out.type === 'transform' && !hasChecks(out) && out.transform && out.transform.length < 2) {
        const inner = compile(def.in!, key);
        const transform = out.transform;
        return (value) => {
          const decoded = inner(value);
          if (decoded === FAIL) return FAIL;
          const result = transform(decoded, undefined);
          return result instanceof Promise ? FAIL : result;
        };
      }
      return viaZod(schema, key);
    }
    default:
      return viaZod(schema, key);
  }
}

function arrayDecoder(element: FastDecoder): FastDecoder {
  return (value) => {
    if (!Array.isArray(value)) return FAIL;
    for (let i = 0; i < value.length; i++) {
      const decoded = element(value[i]);
      if (decoded === FAIL) return FAIL;
      value[i] = decoded;
    }
    return value;
  };
}

function objectDecoder(shape: Record<string, Schema>): FastDecoder | undefined {
  const fields = new Map<string, FastDecoder>();
  const requiredKeys = new Set<string>();
  for (const key of Object.keys(shape)) {
    const field = shape[key]!;
    const { optin, optout } = zodOf(field);
    // An absent optional field stays absent; a required one fails. A field with a default (or any
    // other way of filling in an absent value) is not walked.
    if (optin === undefined) requiredKeys.add(key);
    else if (optin !== 'optional' || optout !== 'optional') return undefined;
    fields.set(key, compile(field, key));
  }
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const required = requiredKeys.size;
  return (value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return FAIL;
    const record = value as Record<string, unknown>;
    let seen = 0;
    // for-in, as zod walks unknown keys: a JSON.parse object has no inherited enumerable keys, and
    // no key array is allocated per record.
    for (const key in record) {
      const field = fields.get(key);
      const item = record[key];
      if (field === undefined) {
        // zod leaves an own `__proto__` key out of its result: let it do so.
        if (key === '__proto__') return FAIL;
        // Kept as sent, strings decoded (what the ordinary path's string pass does).
        if (!decodeAnswerSlot(record, key, key, isSafeNumber)) return FAIL;
        continue;
      }
      const decoded = field(item);
      if (decoded === FAIL) return FAIL;
      record[key] = decoded;
      if (required > 0 && requiredKeys.has(key)) seen++;
    }
    if (required > 0 && seen < required) return FAIL;
    return record;
  };
}

const compiled = new WeakMap<Schema, FastDecoder>();

/** The single-pass decoder of `schema`, derived on first use and remembered. */
export function fastDecoderOf(schema: Schema): FastDecoder {
  let decoder = compiled.get(schema);
  if (!decoder) {
    decoder = compile(schema, undefined);
    compiled.set(schema, decoder);
  }
  return decoder;
}

/** An answer already turned into the operation's typed output by the single-pass decoder. */
export class DecodedOutput {
  /** @param value - the typed output, deep-equal to what `decodeOutput` makes of the answer. */
  constructor(readonly value: unknown) {}
}

function noVendorError(code: unknown): boolean {
  return code === undefined || code === null || code === 0 || code === '0' || code === '';
}

/** Plain `JSON.parse` of the body as `parseVendorJson` trims it; undefined when that is not enough. */
function parsePlain(raw: RawResponse): Record<string, unknown> | undefined {
  if (raw.status < 200 || raw.status >= 300) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      raw
        .text()
        .replace(/^\uFEFF/, '')
        .trim(),
    );
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  return parsed as Record<string, unknown>;
}

/**
 * Decodes a JSON answer straight into the output of `schema` when it can, otherwise does what
 * {@link decodeJsonAnswer} does (the caller then validates the wire value as before). Left to the
 * ordinary path, which parses the body again: a body plain `JSON.parse` refuses (the vendor's
 * slips, errors), an answer with a vendor error code, one lacking a documented field in every
 * record (the ordinary path reports it), and any value the single-pass decoder is not certain about.
 */
export function decodeJsonAnswerFast(
  raw: RawResponse,
  operation: string,
  command: string,
  schema: Schema,
): Record<string, unknown> | DecodedOutput {
  const parsed = parsePlain(raw);
  if (parsed && noVendorError(parsed.error) && findMissingFields(schema, parsed).length === 0) {
    let value: unknown;
    try {
      value = fastDecoderOf(schema)(parsed);
    } catch {
      // A transform that throws does so again on the ordinary path, where it always did.
      value = FAIL;
    } finally {
      for (const memo of answerMemos) memo.clear();
    }
    if (value !== FAIL) return new DecodedOutput(value);
  }
  return decodeJsonAnswer(raw, operation, command);
}
