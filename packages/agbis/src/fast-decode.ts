import type { RawResponse, Schema } from '@x/core';
import { findMissingFields } from '@x/core/internal';
import { safeParse } from 'zod/v4/core';
import {
  decodeAnswerString,
  decodeAnswerStringsInPlace,
  decodeJsonAnswer,
  finishAnswer,
  parseAnswer,
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
 * return exactly what zod returns for every value zod accepts, and {@link FAIL} for every other.
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

/** A string decoder per key: `+` stays a base64 digit in base64 fields. */
const stringDecoders = new Map<string | undefined, (s: string) => string>();
function decodeStringFor(key: string | undefined): (s: string) => string {
  let fn = stringDecoders.get(key);
  if (!fn) {
    fn = (s: string) => decodeAnswerString(s, key);
    stringDecoders.set(key, fn);
  }
  return fn;
}

/** Any schema the walker does not know: zod decides, on the value with its strings decoded. */
function viaZod(schema: Schema, key: string | undefined): FastDecoder {
  return (value) => {
    const decoded = typeof value === 'string' ? decodeAnswerString(value, key) : value;
    if (decoded !== null && typeof decoded === 'object') decodeAnswerStringsInPlace(decoded, key);
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
    case 'optional': {
      const inner = compile(def.innerType!, key);
      return (value) => (value === undefined ? undefined : inner(value));
    }
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
    for (const key of Object.keys(record)) {
      const field = fields.get(key);
      const item = record[key];
      if (field === undefined) {
        // zod leaves an own `__proto__` key out of its result: let it do so.
        if (key === '__proto__') return FAIL;
        // Kept as sent, strings decoded (what the ordinary path's string pass does).
        if (typeof item === 'string') {
          if (item.includes('%') || item.includes('+')) record[key] = decodeAnswerString(item, key);
        } else if (item !== null && typeof item === 'object') decodeAnswerStringsInPlace(item, key);
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

/**
 * Decodes a JSON answer straight into the output of `schema` when it can, otherwise does what
 * {@link decodeJsonAnswer} does (the caller then validates the wire value as before). Declined, and
 * left to the ordinary path: an answer with a vendor error code, one lacking a documented field
 * in every record (the ordinary path reports it), and any value the single-pass decoder is not
 * certain about; in the last case the body is parsed again, since the first tree was partly decoded.
 */
export function decodeJsonAnswerFast(
  raw: RawResponse,
  operation: string,
  command: string,
  schema: Schema,
): Record<string, unknown> | DecodedOutput {
  const parsed = parseAnswer(raw, operation, command);
  if (!noVendorError(parsed.error) || findMissingFields(schema, parsed).length > 0) {
    return finishAnswer(parsed, raw.status, operation, command);
  }
  const value = fastDecoderOf(schema)(parsed);
  if (value !== FAIL) return new DecodedOutput(value);
  return decodeJsonAnswer(raw, operation, command);
}
