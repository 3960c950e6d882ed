import {
  type ResponseError,
  defineOperation,
  parseJsonExact,
  zDecimal,
  zDecimalRequired,
  zFlag,
  zVendorDate,
} from '@x/core';
import { decodeOutput, validateInput } from '@x/core/internal';
import { captureLogger } from '@x/test-kit';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

// From its second use on, a schema is parsed through zod's compiled clone (a generated fast path
// that hands whatever it does not accept to the runtime parser). Every use must give what the
// runtime gives: the same values, the same issues and messages, the same lenient warnings.
const line = z.looseObject({
  code: z.pipe(
    z.optional(z.nullable(z.union([z.string(), z.number()]))),
    z.transform((v: string | number | null | undefined) =>
      v === undefined || v === null || v === '' ? null : String(v),
    ),
  ),
  price: zDecimalRequired(),
  discount: zDecimal(),
  paid: zFlag(),
  at: zVendorDate(),
});
const fresh = () =>
  defineOperation({
    wire: 'Lines',
    idempotent: true,
    input: z.object({ id: z.string().check(z.minLength(1)), n: z.optional(z.number()) }),
    output: z.looseObject({ total: zDecimalRequired(), lines: z.array(line) }),
    doc: 'Lines.',
    meta: {},
  });

const good = () => ({
  total: '132,69',
  extra: { kept: true },
  lines: Array.from({ length: 50 }, (_, i) => ({
    code: i % 3 === 0 ? i : `c${i}`,
    price: i % 2 ? `${i},5` : i + 0.25,
    discount: i % 4 === 0 ? '' : '1,5',
    paid: i % 2 ? '1' : 0,
    at: i % 5 === 0 ? '' : '24.01.2018 17:00:00',
    note: `kept ${i}`,
  })),
});
const bad = () => {
  const value = good() as { total: unknown; lines: Array<Record<string, unknown>> };
  value.lines[3]!.discount = 'not a number';
  value.lines[7]!.paid = 'maybe';
  return value;
};

/** Runs `fn` on a schema's first use (runtime parser) and on four more (compiled clone). */
function everyUse<T>(fn: (op: ReturnType<typeof fresh>) => T): T[] {
  const op = fresh();
  return Array.from({ length: 5 }, () => fn(op));
}

function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (error) {
    const e = error as ResponseError & { issues?: unknown };
    return { name: e.name, message: e.message, issues: e.issues };
  }
}

describe('compiled schemas give what the runtime parser gives', () => {
  it('decodes a valid answer to the same values on every use, unknown fields kept', () => {
    const results = everyUse((op) => decodeOutput(op, good(), 'lines.get', 'strict'));
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]).toMatchObject({ total: 132.69, extra: { kept: true } });
    expect((results[0] as { lines: unknown[] }).lines[1]).toEqual({
      code: 'c1',
      price: 1.5,
      discount: 1.5,
      paid: true,
      at: '2018-01-24T17:00:00',
      note: 'kept 1',
    });
  });

  it('strict: the same ResponseError (message and issues) on every use', () => {
    const results = everyUse((op) => outcome(() => decodeOutput(op, bad(), 'lines.get', 'strict')));
    expect(results[0]).toMatchObject({ name: 'ResponseError' });
    for (const r of results) expect(r).toEqual(results[0]);
  });

  it('lenient: the same pruned result and the same warning on every use', () => {
    const results = everyUse((op) => {
      const logger = captureLogger();
      const value = decodeOutput(op, bad(), 'lines.get', 'lenient', logger);
      return { value, logs: logger.records };
    });
    expect(results[0]!.logs).toHaveLength(1);
    for (const r of results) expect(r).toEqual(results[0]);
  });

  it('input validation: the same values and the same errors on every use', () => {
    const ok = everyUse((op) => validateInput(op, { id: 'a', n: 1 }, 'lines.get'));
    for (const r of ok) expect(r).toEqual({ id: 'a', n: 1 });
    const refused = everyUse((op) => outcome(() => validateInput(op, { id: '', n: 'x' }, 'lines.get')));
    expect(refused[0]).toMatchObject({ name: 'RequestValidationError' });
    for (const r of refused) expect(r).toEqual(refused[0]);
  });
});

describe('parseJsonExact after parsing first', () => {
  it('finds an unsafe integer at any depth and keeps exponents and huge fractions as numbers', () => {
    expect(parseJsonExact('{"a":[{"b":[1,{"c":-12345678901234567891}]}]}')).toEqual({
      a: [{ b: [1, { c: '-12345678901234567891' }] }],
    });
    const text = '[1e300, 12345678901234567.5, 9007199254740991]';
    expect(parseJsonExact(text)).toEqual(JSON.parse(text));
  });

  it('reads an answer nested 100,000 levels deep without overflowing the stack', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}12345678901234567891${']'.repeat(depth)}`;
    let value = parseJsonExact(text);
    for (let i = 0; i < depth; i++) value = (value as unknown[])[0];
    expect(value).toBe('12345678901234567891');
  });
});
