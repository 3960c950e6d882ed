import { ConnectionError, HttpError, TimeoutError } from '@x/core';
import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { closeAfterEach } from '@x/test-kit';
import { describe, expect, it } from 'vitest';
import { DESK, payInput } from './harness.js';

const closing = closeAfterEach();

async function loopback() {
  const emulator = new TmmisEmulator();
  emulator.seed({ cashDesks: [{ Guid: DESK, Name: 'Касса' }] });
  const invoice = emulator.addInvoice(generateInvoice({ lines: 2 }));
  const server = await emulator.serve();
  closing(server);
  const client = new TmmisClient({
    baseUrl: server.url,
    ogrn: DEMO_OGRN,
    oid: DEMO_OID,
    allowHttp: true,
    timeoutMs: 150,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  });
  return { emulator, client, invoice };
}

describe('retries over real HTTP', () => {
  it('a Pay that times out is not retried: the emulator saw exactly one', async () => {
    const { emulator, client, invoice } = await loopback();
    emulator.failNext({ operation: 'Pay', delayMs: 600 });
    const error = await client.invoices
      .pay(payInput(invoice.invoiceGuid, invoice.invoiceCents / 100))
      .catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    await emulator.settled();
    expect(emulator.count('Pay')).toBe(1);
    // The server did take the payment: exactly why a retry would have charged twice.
    expect(emulator.invoice(invoice.invoiceGuid)!.payments).toHaveLength(1);
  });

  it('a Pay answered 503 is not retried either', async () => {
    const { emulator, client, invoice } = await loopback();
    emulator.failNext({ operation: 'Pay', status: 503, body: 'busy' });
    await expect(client.invoices.pay(payInput(invoice.invoiceGuid, 1))).rejects.toBeInstanceOf(HttpError);
    expect(emulator.count('Pay')).toBe(1);
  });

  it('an idempotent lookup that times out is retried', async () => {
    const { emulator, client, invoice } = await loopback();
    emulator.failNext({ operation: 'ByNumber', hold: true });
    const list = await client.invoices.byNumber({ invoiceGuid: invoice.invoiceGuid });
    expect(list.invoices).toHaveLength(1);
    emulator.release();
    await emulator.settled();
    expect(emulator.count('ByNumber')).toBe(2);
  });

  it('a Pay whose answer is lost after the payment (connection reset) is a ConnectionError, not retried', async () => {
    const { emulator, client, invoice } = await loopback();
    emulator.failNext({ operation: 'Pay', lost: 'reset' });
    const error = await client.invoices.pay(payInput(invoice.invoiceGuid, 1)).catch((e) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(emulator.count('Pay')).toBe(1);
    expect(emulator.invoice(invoice.invoiceGuid)!.payments).toHaveLength(1);
  });

  it('an in-process lookup whose answer hangs after the effect times out and is retried', async () => {
    const emulator = new TmmisEmulator();
    const invoice = emulator.addInvoice(generateInvoice({ lines: 1 }));
    const client = new TmmisClient({
      baseUrl: 'http://tmmis.test/mis/',
      ogrn: DEMO_OGRN,
      oid: DEMO_OID,
      allowHttp: true,
      fetch: emulator.fetch,
      timeoutMs: 100,
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
    });
    emulator.failNext({ operation: 'ByNumber', lost: 'hang' });
    const list = await client.invoices.byNumber({ invoiceGuid: invoice.invoiceGuid });
    expect(list.invoices).toHaveLength(1);
    expect(emulator.count('ByNumber')).toBe(2);
    expect(emulator.requests.map((r) => r.status)).toEqual([0, 200]);
  });
});
