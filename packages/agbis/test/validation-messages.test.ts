// Validation messages say what is expected, never only "Invalid input" (issue 11, item 7).
import { AgbisClient, operationGroups } from '@x/agbis';
import { type Operation, RequestValidationError, type Schema } from '@x/core';
import { validateInput } from '@x/core/internal';
import { describe, expect, it } from 'vitest';

/** Values a user might pass by mistake; each must get a message saying what is expected. */
const BAD: unknown[] = [undefined, null, {}, [], 'x', '', -1, 0, 1.5, true, Number.NaN];

/** The object shape under an input schema (through optional, nullable and pipe wrappers). */
function shapeOf(schema: unknown): Record<string, unknown> {
  let cur = schema as { _zod?: { def?: Record<string, unknown> } } | undefined;
  for (let i = 0; i < 8 && cur?._zod?.def; i++) {
    const def = cur._zod.def;
    if (def.shape) return def.shape as Record<string, unknown>;
    cur = (def.innerType ?? def.in) as typeof cur;
  }
  return {};
}

/** Every input field of every operation, fed each bad value: the messages that only say "Invalid input". */
function bareMessages(ops: readonly (readonly [string, Operation<Schema, Schema, unknown>])[]) {
  const bare = new Set<string>();
  let fields = 0;
  for (const [name, op] of ops) {
    for (const field of Object.keys(shapeOf(op.input))) {
      fields++;
      for (const bad of BAD) {
        try {
          validateInput(op, { [field]: bad }, name);
        } catch (error) {
          if (!(error instanceof RequestValidationError)) throw error;
          for (const issue of error.issues) {
            if (issue.message.includes('Invalid input')) bare.add(`${name} ${issue.path}: ${issue.message}`);
          }
        }
      }
    }
  }
  return { fields, bare: [...bare] };
}

const neverSent = async (): Promise<Response> => {
  throw new Error('nothing may be sent');
};

describe('AGBIS validation messages', () => {
  it('a payment amount that is not positive says "a positive number of roubles"', async () => {
    const agbis = new AgbisClient({
      baseUrl: 'https://agbis.test/api',
      user: 'api',
      password: 'secret',
      fetch: neverSent,
    });
    for (const amount of [0, -5, '0', 'abc', undefined]) {
      const error = await agbis.payments
        .pay({ dor_id: '1', amount: amount as never })
        .catch((e: unknown) => e);
      expect(error, String(amount)).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues, String(amount)).toEqual([
        { path: 'amount', message: amount === undefined ? 'required' : 'a positive number of roubles' },
      ]);
    }
  });

  it('no input field of any command answers a bad value with a bare "Invalid input"', () => {
    const ops = Object.entries(operationGroups).flatMap(([group, table]) =>
      Object.entries(table as Record<string, Operation<Schema, Schema, unknown>>).map(
        ([key, op]) => [`${group}.${key}`, op] as const,
      ),
    );
    const { fields, bare } = bareMessages(ops);
    expect(fields).toBeGreaterThan(50);
    expect(bare).toEqual([]);
  });
});
