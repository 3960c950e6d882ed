import { describe, expect, it } from 'vitest';
import { seedBasic, useHarness } from './harness.js';

const { fresh } = useHarness();

describe('withResponse', () => {
  it('invoices.byNumber.withResponse returns the typed result with the status, headers and body bytes', async () => {
    const { emulator, client } = fresh();
    const invoice = seedBasic(emulator);
    const plain = await client.invoices.byNumber({ invoiceGuid: invoice.invoiceGuid });
    const { data, response } = await client.invoices.byNumber.withResponse({
      invoiceGuid: invoice.invoiceGuid,
    });
    expect(data).toEqual(plain);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const body = JSON.parse(new TextDecoder().decode(response.body)) as unknown;
    expect(JSON.stringify(body)).toContain(invoice.invoiceGuid);
  });
});
