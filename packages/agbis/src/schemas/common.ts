import {
  formatDecimal,
  parseDecimal,
  parseFlag,
  parseVendorDate,
  zDateInput,
  zDecimal,
  zFlag,
  zVendorDate,
} from '@x/core';
import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { FAIL, type FastDecoder, fastLeaf, isSafeNumber, perAnswerMemo } from '../fast-decode.js';

/**
 * Value codecs shared by the AGBIS schemas. Outputs: identifiers and codes stay strings (they carry
 * leading zeros and GUIDs), amounts and counts become numbers, `"1"`/`"0"` flags booleans, dates ISO
 * local strings. Every output field is optional: the vendor omits fields freely.
 */

const scalarText = z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v: string | number) => String(v)),
);

/*
 * Each codec also registers its single-pass decoder (src/fast-decode.ts): the same conversion as its
 * zod pipe on the still URI-encoded wire value, FAIL wherever zod would report an issue.
 */

/** The codecs' parsers throw RangeError where their zod pipe reports an issue. */
function orFail<T>(parse: (v: unknown) => T, value: unknown): T | typeof FAIL {
  try {
    return parse(value);
  } catch {
    return FAIL;
  }
}

const textLeaf =
  (decode: (s: string) => string): FastDecoder =>
  (v) =>
    typeof v === 'string'
      ? decode(v)
      : typeof v === 'number'
        ? isSafeNumber(v)
          ? String(v)
          : FAIL
        : v === undefined
          ? undefined
          : FAIL;
const numLeaf =
  (decode: (s: string) => string): FastDecoder =>
  (v) => {
    // Only a string with `%` or `+` (a URI-encoded space) needs decoding before it is read.
    if (typeof v === 'string')
      return orFail(parseDecimal, v.includes('%') || v.includes('+') ? decode(v) : v);
    if (typeof v === 'number') return isSafeNumber(v) ? orFail(parseDecimal, v) : FAIL;
    if (v === null || typeof v === 'boolean') return orFail(parseDecimal, v);
    return v === undefined ? undefined : FAIL;
  };
const flagLeaf =
  (decode: (s: string) => string): FastDecoder =>
  (v) => {
    if (typeof v === 'string') return orFail(parseFlag, decode(v));
    if (v === null || typeof v === 'number' || typeof v === 'boolean') return orFail(parseFlag, v);
    return v === undefined ? undefined : FAIL;
  };
const dateLeaf = (decode: (s: string) => string): FastDecoder => {
  // Dates and times repeat across the records of an answer: each distinct one is parsed once.
  const parse = perAnswerMemo((s: string) => orFail(parseVendorDate, decode(s)));
  return (v) => {
    if (typeof v === 'string') return parse(v);
    return v === null ? null : v === undefined ? undefined : FAIL;
  };
};

/** Text or identifier (a JSON number is accepted and turned into a string). */
export const oText = () => fastLeaf(z.optional(scalarText), textLeaf);
/** Amount, quantity or count: `"132,69"` → 132.69; empty → null. */
export const oNum = () => fastLeaf(z.optional(zDecimal()), numLeaf);
/** `"1"`/`"0"` → boolean; empty → null. */
export const oFlag = () => fastLeaf(z.optional(zFlag()), flagLeaf);
/** `dd.mm.yyyy[ HH:MM[:SS]]` (also with `+`/`%20`) → ISO local; empty → null. */
export const oDate = () => fastLeaf(z.optional(zVendorDate()), dateLeaf);
/** An optional array of records. */
export const oList = <T extends z.core.SomeType>(item: T) => z.optional(z.array(item));

/** Identifier input: a string or a number, sent as a string. */
export const inId = () =>
  z.pipe(
    z.union([z.string().check(z.minLength(1)), z.int().check(z.nonnegative())]),
    z.transform((v: string | number) => String(v)),
  );
/** Integer-like input (counts, type codes), sent as a string. */
export const inInt = () =>
  z.pipe(
    z.union([z.string().check(z.regex(/^-?\d+$/, 'an integer')), z.int()]),
    z.transform((v: string | number) => String(v)),
  );
/** Flag input: `true`/`false`, `1`/`0` or `"1"`/`"0"`, sent as `"1"`/`"0"`. */
export const inFlag = () =>
  z.pipe(
    z.union([z.boolean(), z.literal(0), z.literal(1), z.literal('0'), z.literal('1')]),
    z.transform((v: boolean | 0 | 1 | '0' | '1'): '0' | '1' =>
      v === true || v === 1 || v === '1' ? '1' : '0',
    ),
  );
const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;
const POSITIVE_DECIMAL = /^(?=[\d.,]*[1-9])\d+(?:[.,]\d+)?$/;
/** Money or decimal input: a number is written with the separator the command's example uses; a string is sent as given. */
export const inDecimal = (separator: ',' | '.', positive = false) =>
  z.pipe(
    positive
      ? z.union(
          [
            z.number().check(z.positive('a positive number of roubles')),
            z.string().check(z.regex(POSITIVE_DECIMAL, 'a positive number of roubles')),
          ],
          { error: (issue) => (issue.input === undefined ? 'required' : 'a positive number of roubles') },
        )
      : z.union([z.number(), z.string().check(z.regex(DECIMAL, 'a decimal number'))], {
          error: (issue) =>
            issue.input === undefined
              ? 'required'
              : 'a decimal number (a number, or a string such as "132,69")',
        }),
    z.transform((v: number | string) => (typeof v === 'number' ? formatDecimal(v, separator) : v)),
  );
/** Date input (ISO string, `Date` or `dd.mm.yyyy`), sent as `dd.mm.yyyy`. */
export const inDate = () => zDateInput('dd.mm.yyyy');
/** Date-time input, sent as `dd.mm.yyyy HH:MM:SS`. */
export const inDateTime = () => zDateInput('dd.mm.yyyy HH:MM:SS');
/** Date-time input, sent as `dd.mm.yyyy HH:MM` (the *ByDateTime commands). */
export const inDateTimeMinutes = () => zDateInput('dd.mm.yyyy HH:MM');

/**
 * Input of commands without parameters: nothing (`undefined`) or an empty object `{}`; the vendor
 * documents no parameter for them.
 */
export type NoParams = Record<string, never> | undefined;
const noParamsSchema = z.optional(z.object({}));
/** Schema of {@link NoParams}: validates it and converts it to what the wire carries. */
export const NoParams = named<z.output<typeof noParamsSchema>, NoParams>()(noParamsSchema);

/**
 * The envelope every AGBIS answer carries. A non-zero `error` never reaches a result: the client
 * turns it into an error first.
 */
export interface AgbisEnvelope {
  /** The vendor's result code: 0 (or absent) on success. */
  error?: string | number;
  /** The vendor's message accompanying the result code, if any. */
  Msg?: string;
}

/** A record as the vendor sends it: the fields the SDK knows, and any others kept as they came. */
export interface VendorRecord {
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}

/** An answer as the vendor sends it: the envelope, the fields the SDK knows, and any others kept. */
export interface AgbisAnswer extends AgbisEnvelope, VendorRecord {}

/** The envelope every answer carries. */
export const envelope = {
  error: z.optional(z.union([z.number(), z.string()])),
  Msg: oText(),
};

/** An answer with nothing but the envelope (`{"error":0}`). */
export interface OkResult extends AgbisEnvelope {
  /** Fields the vendor adds and the SDK does not know yet, kept as sent. */
  [key: string]: unknown;
}
const okResultSchema = z.looseObject(envelope);
/** Schema of {@link OkResult}: decodes the wire answer into it. */
export const OkResult = named<OkResult>()(okResultSchema);
