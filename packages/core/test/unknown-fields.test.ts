import { RequestValidationError, defineOperation } from '@x/core';
import { validateInput } from '@x/core/internal';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';

const op = defineOperation({
  wire: 'Save',
  idempotent: false,
  input: z.strictObject({ name: z.string(), inner: z.strictObject({ a: z.number() }) }),
  output: z.unknown(),
  doc: 'test',
  meta: {},
});

describe('RequestValidationError names unknown fields of a strict input', () => {
  it('each unknown key, at its path, is its own issue', () => {
    let error: unknown;
    try {
      validateInput(op, { name: 'x', nmae: 'typo', inner: { a: 1, b: 2 } }, 'thing.save');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RequestValidationError);
    const issues = (error as RequestValidationError).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'nmae', message: 'is not a known field' },
        { path: 'inner.b', message: 'is not a known field' },
      ]),
    );
    expect((error as Error).message).toContain('nmae');
  });
});
