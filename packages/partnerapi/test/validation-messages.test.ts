// Validation messages say what is expected, never only "Invalid input" (issue 11, item 7).
import { RequestValidationError } from '@x/core';
import { PartnerApiClient, operationGroups } from '@x/partnerapi';
import { bareMessages, neverSent } from '@x/test-kit';
import { describe, expect, it } from 'vitest';

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
    const { fields, bare } = bareMessages(operationGroups);
    expect(fields).toBeGreaterThan(150);
    expect(bare).toEqual([]);
  });
});
