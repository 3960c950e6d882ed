// Validation messages say what is expected, never only "Invalid input" (issue 11, item 7).
import { RequestValidationError } from '@x/core';
import { AgbisClient, operationGroups } from '@x/agbis';
import { bareMessages, neverSent } from '@x/test-kit';
import { describe, expect, it } from 'vitest';

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
    const { fields, bare } = bareMessages(operationGroups);
    expect(fields).toBeGreaterThan(50);
    expect(bare).toEqual([]);
  });
});
