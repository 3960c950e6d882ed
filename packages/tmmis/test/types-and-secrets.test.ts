import { inspect } from 'node:util';
import { ApiError } from '@x/core';
import type { Invoice, InvoiceList, InvoiceType, PaymentType, TmmisClient, VatRate } from '@x/tmmis';
import { captureLogger } from '@x/test-kit';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

describe('public types', () => {
  it('expose typed unions and the canonical names', () => {
    expectTypeOf<Invoice['Type']>().toEqualTypeOf<InvoiceType>();
    expectTypeOf<InvoiceType>().toEqualTypeOf<1 | 3>();
    expectTypeOf<PaymentType>().toEqualTypeOf<1 | 3>();
    expectTypeOf<Invoice['Services'][number]['Tax']>().toEqualTypeOf<VatRate>();
    expectTypeOf<Invoice['paySum']>().toEqualTypeOf<number>();
    expectTypeOf<Invoice['GetFlag']>().toEqualTypeOf<boolean>();
    expectTypeOf<Invoice['payerGuid']>().toEqualTypeOf<string | null>();
    expectTypeOf<ReturnType<TmmisClient['invoices']['byNumber']>>().toEqualTypeOf<Promise<InvoiceList>>();
    const vat: VatRate = 22;
    expect(vat).toBe(22);
  });
});

describe('secrets', () => {
  it('never puts the token in a log line, an error message, toJSON or inspect', async () => {
    const token = 'super-secret-token-4711';
    const logger = captureLogger();
    const { emulator, client } = fresh({ auth: { bearer: token } }, { auth: { bearer: token }, logger });
    emulator.failNext({ status: 400, body: { Success: false, Errors: [{ Message: `bad token ${token}` }] } });
    const error = await client.invoices.byPayer({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(emulator.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
    // Each log call as its arguments (record, message) print.
    const lines = logger.records.map((r) => JSON.stringify([r.record, r.message]));
    expect(lines.length).toBeGreaterThan(0);
    for (const text of [...lines, (error as ApiError).message, JSON.stringify(error), inspect(error)]) {
      expect(text).not.toContain(token);
    }
  });
});
