// zod/mini words every issue "Invalid input"; validation errors say what is expected instead,
// without quoting the value (issue 11, item 7).
import { RequestValidationError, defineOperation } from '@x/core';
import { validateInput } from '@x/core/internal';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';

const op = defineOperation({
  wire: 'Op',
  idempotent: true,
  doc: 'test',
  input: z.object({
    name: z.string().check(z.minLength(1)),
    count: z.optional(z.int().check(z.gte(1))),
    ratio: z.optional(z.number().check(z.lt(1))),
    kind: z.optional(z.union([z.literal('a'), z.literal('b')])),
    id: z.optional(z.union([z.string(), z.number()])),
    code: z.optional(z.string().check(z.regex(/^\d+$/))),
    email: z.optional(z.email()),
    own: z.optional(z.string().check(z.minLength(3, 'at least three letters'))),
  }),
  output: z.unknown(),
  meta: undefined,
});

const issues = (input: unknown) => {
  try {
    validateInput(op, input, 'test.op');
  } catch (error) {
    if (error instanceof RequestValidationError)
      return Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
    throw error;
  }
  return {};
};

describe('validation messages say what is expected', () => {
  it('missing, wrong kind, empty, out of range, not one of the forms, wrong format', () => {
    expect(issues({})).toEqual({ name: 'required' });
    expect(issues({ name: 5 })).toEqual({ name: 'expected a string, got an integer' });
    expect(issues({ name: '' })).toEqual({ name: 'must not be empty' });
    expect(issues({ name: 'a', count: 0, ratio: 1 })).toEqual({
      count: 'must be 1 or more',
      ratio: 'must be less than 1',
    });
    expect(issues({ name: 'a', count: 1.5 })).toEqual({
      count: 'expected a whole number, got a fractional number',
    });
    expect(issues({ name: 'a', kind: 'c', id: true })).toEqual({
      kind: 'expected "a" or "b", got a string',
      id: 'expected a string or a number, got a boolean',
    });
    expect(issues({ name: 'a', code: 'x', email: 'y' })).toEqual({
      code: 'does not have the expected format',
      email: 'expected a valid email',
    });
  });

  it("a schema's own message is kept, and no message quotes the value", () => {
    expect(issues({ name: 'a', own: 'ab' })).toEqual({ own: 'at least three letters' });
    const secret = 'Иванов Иван +79161234567';
    const all = JSON.stringify(issues({ name: { secret }, count: secret, kind: secret, id: { secret } }));
    expect(all).not.toContain('Иванов');
    expect(all).not.toContain('Invalid input');
  });
});
