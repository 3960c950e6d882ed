// Validation messages say what is expected, never only "Invalid input" (issue 11, item 7).
import { type Operation, RequestValidationError, type Schema } from '@x/core';
import { validateInput } from '@x/core/internal';
import { allOperations } from '@x/tmmis';
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

describe('ТМ:МИС validation messages', () => {
  it('no input field of any operation answers a bad value with a bare "Invalid input"', () => {
    const { fields, bare } = bareMessages(allOperations.map((e) => [`${e.group}.${e.key}`, e.op] as const));
    expect(fields).toBeGreaterThan(10);
    expect(bare).toEqual([]);
  });
});
