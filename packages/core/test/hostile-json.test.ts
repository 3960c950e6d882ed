import { ResponseError, defineOperation, parseJsonExact } from '@x/core';
import { decodeOutput } from '@x/core/internal';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';

describe('parseJsonExact', () => {
  it('keeps integers beyond the safe range exact, as strings', () => {
    const value = parseJsonExact(
      '{"id":12345678901234567891,"neg":-9007199254740993,"safe":9007199254740991,"s":"12345678901234567891","f":1.5e300,"d":1234567890123456.5}',
    );
    expect(value).toEqual({
      id: '12345678901234567891',
      neg: '-9007199254740993',
      safe: 9007199254740991,
      s: '12345678901234567891',
      f: 1.5e300,
      d: 1234567890123456.5,
    });
  });

  it('leaves digits inside strings (escaped quotes included) alone', () => {
    expect(parseJsonExact('["a\\"12345678901234567891\\"", 12345678901234567891]')).toEqual([
      'a"12345678901234567891"',
      '12345678901234567891',
    ]);
  });

  it('agrees with JSON.parse except that unsafe integers become their exact digits', () => {
    const expected = (v: unknown): unknown => {
      if (typeof v === 'number')
        return Number.isInteger(v) && !Number.isSafeInteger(v) && !/e/.test(String(v)) ? String(v) : v;
      if (Array.isArray(v)) return v.map(expected);
      if (v && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expected(x)]));
      return v;
    };
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        expect(parseJsonExact(text)).toEqual(expected(JSON.parse(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('throws SyntaxError on invalid JSON, like JSON.parse', () => {
    expect(() => parseJsonExact('{"a": 12345678901234567891')).toThrow(SyntaxError);
    expect(() => parseJsonExact('{"a": 1')).toThrow(SyntaxError);
  });
});

const op = defineOperation({
  wire: 'X',
  idempotent: true,
  input: z.unknown(),
  output: z.looseObject({ name: z.string(), n: z.optional(z.number()) }),
  doc: '',
  meta: {},
});

describe('decodeOutput with hostile values', () => {
  it('lenient pruning of a 100,000-deep value ends in a result or a ResponseError, never a stack overflow', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    let outcome: unknown;
    try {
      outcome = decodeOutput(op, { name: 'a', n: 'not a number', deep }, 'x', 'lenient');
    } catch (error) {
      outcome = error;
    }
    expect(outcome).not.toBeInstanceOf(RangeError);
    expect(outcome).toMatchObject({ name: 'a', n: undefined });
    expect(() => decodeOutput(op, { deep }, 'x', 'lenient')).toThrow(ResponseError);
  });

  it('lenient pruning does not modify the value it was given', () => {
    const value = { name: 'a', n: 'x', nested: { k: 1 } };
    decodeOutput(op, value, 'x', 'lenient');
    expect(value).toEqual({ name: 'a', n: 'x', nested: { k: 1 } });
  });

  it('__proto__, constructor and prototype keys do not pollute objects', () => {
    const text =
      '{"name":"a","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"polluted":3}}';
    for (const mode of ['strict', 'lenient'] as const) {
      for (const value of [JSON.parse(text), { ...JSON.parse(text), n: 'bad' }]) {
        let out: Record<string, unknown>;
        try {
          out = decodeOutput(op, value, 'x', mode) as Record<string, unknown>;
        } catch (error) {
          expect(error).toBeInstanceOf(ResponseError);
          continue;
        }
        expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
        expect((out as { polluted?: unknown }).polluted).toBeUndefined();
      }
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
