import {
  ResponseError,
  SdkError,
  defineOperation,
  parseJsonExact,
  zBase64Bytes,
  zDecimal,
  zDecimalRequired,
  zFlag,
  zVendorDate,
} from '@x/core';
import { decodeOutput } from '@x/core/internal';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';

const op = defineOperation({
  wire: 'Fuzz',
  idempotent: true,
  input: z.unknown(),
  output: z.looseObject({
    d: zDecimal(),
    r: z.optional(zDecimalRequired()),
    f: zFlag(),
    v: zVendorDate(),
    b: z.optional(zBase64Bytes()),
    rows: z.optional(z.array(z.looseObject({ d: zDecimal(), v: zVendorDate() }))),
  }),
  doc: '',
  meta: {},
});

/** Strings vendors send, and near misses of them. */
const vendorish = fc.oneof(
  fc.constantFrom(
    '132,69',
    '1399165.42',
    '1 234,5',
    '',
    '1',
    '0',
    'true',
    'False',
    '01.01.0001',
    '24.01.2018 17:00:00',
    '2018-01-24T17:00:00',
    '2018-01-24T17:00:00+03:00',
    '/Date(1516802400000)/',
    'AAECAw==',
    '1,2.3',
    '1e999',
    '-0',
    '31.02.2020',
    '99:99',
  ),
  fc.string(),
  fc.stringMatching(/^[0-9 ,.+-eE]{0,12}$/),
  fc.stringMatching(/^[0-9.:T /-]{0,24}$/),
);
const leaf = fc.oneof(vendorish, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.jsonValue());
const record = fc.record(
  {
    d: leaf,
    r: leaf,
    f: leaf,
    v: leaf,
    b: leaf,
    rows: fc.oneof(leaf, fc.array(fc.record({ d: leaf, v: leaf }))),
  },
  { requiredKeys: [] },
);

function decodes(value: unknown, mode: 'strict' | 'lenient'): void {
  const started = performance.now();
  try {
    decodeOutput(op, value, 'fuzz', mode);
  } catch (error) {
    // Anything but a ResponseError (a TypeError, a RangeError from a codec) is a bug.
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toBeInstanceOf(SdkError);
  }
  // Generous: the machine may be busy; a pathological case (backtracking, recursion) takes far longer.
  expect(performance.now() - started).toBeLessThan(2000);
}

describe('core codecs under fuzz: decode or ResponseError, nothing else, quickly', () => {
  it('vendor-like records', () => {
    fc.assert(
      fc.property(record, fc.constantFrom('strict', 'lenient'), (value, mode) => decodes(value, mode)),
      { numRuns: 1500 },
    );
  });

  it('any JSON value at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('strict', 'lenient'), (value, mode) =>
        decodes(value, mode),
      ),
      { numRuns: 500 },
    );
  });

  it('parseJsonExact: any text either parses or throws SyntaxError', () => {
    const texts = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.tuple(fc.jsonValue(), fc.nat(), fc.string()).map(([v, at, ins]) => {
        const t = JSON.stringify(v);
        const i = at % (t.length + 1);
        return t.slice(0, i) + ins + t.slice(i);
      }),
      fc.bigInt().map((n) => `[${n}, "${n}", {"k": ${n}}]`),
    );
    fc.assert(
      fc.property(texts, (text) => {
        try {
          parseJsonExact(text);
        } catch (error) {
          expect(error).toBeInstanceOf(SyntaxError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('parseJsonExact: every integer comes back exact (a number when safe, its digits otherwise)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (n) => {
        const safe = n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER);
        expect(parseJsonExact(`{"id":${n}}`)).toEqual({ id: safe ? Number(n) : String(n) });
      }),
      { numRuns: 1000 },
    );
  });
});
