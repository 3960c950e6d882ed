// Validation messages say what is expected, never only "Invalid input" (issue 11, item 7).
import { type Operation, RequestValidationError, type Schema } from '@x/core';
import { validateInput } from '@x/core/internal';
import { PartnerApiClient, allOperations } from '@x/partnerapi';
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

describe('PartnerAPI validation messages', () => {
  it('a missing pay_method_type_id is "required"; an out-of-range one names the range', async () => {
    const api = new PartnerApiClient({
      endpoint: 'https://x.test/cus/ws/PartnerAPI',
      user: 'u',
      password: 'p',
      fetch: neverSent,
    });
    const input = { client_name: 'X', region_id: 'r', client_reg_num: '800000' };
    const missing = await api.client.addIts(input as never).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(RequestValidationError);
    expect((missing as RequestValidationError).issues).toEqual([
      { path: 'pay_method_type_id', message: 'required' },
    ]);
    expect((missing as Error).message).toContain('pay_method_type_id: required');
    const wrong = await api.client
      .addIts({ ...input, pay_method_type_id: 'card' as never })
      .catch((e: unknown) => e);
    expect((wrong as RequestValidationError).issues[0]!.message).toBe(
      'pay_method_type_id must be a whole number 0…4',
    );
  });

  it('no input field of any operation answers a bad value with a bare "Invalid input"', () => {
    const { fields, bare } = bareMessages(
      allOperations().map((e) => [`${e.group}.${e.method}`, e.op] as const),
    );
    expect(fields).toBeGreaterThan(150);
    expect(bare).toEqual([]);
  });
});
