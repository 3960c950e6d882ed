// Validation messages say what is expected, never only "Invalid input" (issue 11, item 7).
import { RequestValidationError } from '@x/core';
import { UzhkhClient, operationGroups } from '@x/uzhkh';
import { bareMessages, neverSent } from '@x/test-kit';
import { describe, expect, it } from 'vitest';

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
    const { fields, bare } = bareMessages(operationGroups);
    expect(fields).toBeGreaterThan(5);
    expect(bare).toEqual([]);
  });
});
