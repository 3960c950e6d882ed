// Validation messages say what is expected, never only "Invalid input" (issue 11, item 7).
import { type Operation, RequestValidationError, type Schema } from '@x/core';
import { validateInput } from '@x/core/internal';
import { UzhkhClient, operationGroups } from '@x/uzhkh';
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

describe('Умное ЖКХ validation messages', () => {
  it('page 0 says "1 or more"', async () => {
    const client = new UzhkhClient({ baseUrl: 'https://uzhkh.test', token: 't', fetch: neverSent });
    const error = await client.download.countersPage({ page: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      { path: 'page', message: 'pages count from 1: 1 or more' },
    ]);
    const fraction = await client.download.countersPage({ page: 1.5 }).catch((e: unknown) => e);
    expect((fraction as RequestValidationError).issues[0]!.message).toBe('a whole number, 1 or more');
  });

  it('no input field of any operation answers a bad value with a bare "Invalid input"', () => {
    const ops = Object.entries(operationGroups).flatMap(([group, table]) =>
      Object.entries(table as Record<string, Operation<Schema, Schema, unknown>>).map(
        ([key, op]) => [`${group}.${key}`, op] as const,
      ),
    );
    const { fields, bare } = bareMessages(ops);
    expect(fields).toBeGreaterThan(5);
    expect(bare).toEqual([]);
  });
});
