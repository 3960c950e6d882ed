import { ApiError, ConnectionError, HttpError, PaymentOutcomeUnknownError, TimeoutError } from '@x/core';
import { type Fault, serveFaulty } from '@x/core/testing';
import { TmmisClient, allOperations } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { closeAfterEach, failure, refusedPort } from '@x/test-kit';
import { describe, expect, it } from 'vitest';
import { DESK, payInput } from './harness.js';

const closing = closeAfterEach();

function clientFor(baseUrl: string) {
  return new TmmisClient({
    baseUrl,
    ogrn: DEMO_OGRN,
    oid: DEMO_OID,
    allowHttp: true,
    timeoutMs: 300,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  });
}

/** The emulator behind core's faulty server, which can cut an answer the emulator already produced. */
async function setup() {
  const emulator = new TmmisEmulator();
  emulator.seed({ cashDesks: [{ Guid: DESK, Name: 'Касса' }] });
  const invoice = emulator.addInvoice(generateInvoice({ lines: 2 }));
  // Requests that reached the emulator, by the last path segment (Pay, ByNumber...).
  const reached: Record<string, number> = {};
  const server = await serveFaulty((request) => {
    const op = new URL(request.url).pathname.split('/').pop() ?? '';
    reached[op] = (reached[op] ?? 0) + 1;
    return emulator.handle(request);
  });
  closing(server);
  return { emulator, invoice, server, reached, client: clientFor(server.url) };
}

const PASS: Fault = { kind: 'pass' };

describe('invoices.payOnce settles a payment whose answer was lost, without paying twice', () => {
  it('the emulator records the payment and the answer is cut: found by the lookup, one Pay', async () => {
    const { emulator, invoice, server, client, reached } = await setup();
    server.plan(PASS, { kind: 'reset-mid-body', bytes: 5 }, PASS);
    const settled = await client.invoices.payOnce(payInput(invoice.invoiceGuid, invoice.invoiceCents / 100));
    expect(settled).toMatchObject({ status: 'recorded', via: 'lookup' });
    if (settled.via !== 'lookup') throw new Error('unreachable');
    expect(settled.error).toBeInstanceOf(ConnectionError);
    expect(settled.error.outcome).toBe('unknown');
    expect(settled.evidence).toMatchObject({ dueBefore: invoice.invoiceCents / 100, dueAfter: null });
    expect(reached.Pay).toBe(1);
    expect(emulator.invoice(invoice.invoiceGuid)!.payments).toHaveLength(1);
    expect(reached.ByNumber).toBe(2);
  });

  it('a partial payment whose answer is cut is found by the drop of paySum', async () => {
    const { invoice, server, client, reached } = await setup();
    server.plan(PASS, { kind: 'reset-mid-body', bytes: 5 }, PASS);
    const settled = await client.invoices.payOnce(payInput(invoice.invoiceGuid, 1.5));
    expect(settled).toMatchObject({
      status: 'recorded',
      via: 'lookup',
      evidence: { paid: 1.5, dueAfter: (invoice.invoiceCents - 150) / 100 },
    });
    expect(reached.Pay).toBe(1);
  });

  it('a payment that never reached the emulator: typed error with what was checked, zero Pay', async () => {
    const { emulator, invoice, server, client, reached } = await setup();
    server.plan(PASS, { kind: 'reset-before-headers' }, PASS);
    const error = (await client.invoices
      .payOnce(payInput(invoice.invoiceGuid, 2))
      .catch((e: unknown) => e)) as PaymentOutcomeUnknownError;
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error.outcome).toBe('unknown');
    expect(error.cause).toBeInstanceOf(ConnectionError);
    expect(error.checked.join(' ')).toContain(invoice.invoiceGuid);
    expect(error.evidence).toMatchObject({ paid: 2, dueBefore: invoice.invoiceCents / 100 });
    expect(error.toJSON()).toMatchObject({ checked: error.checked, outcome: 'unknown' });
    expect(reached.Pay ?? 0).toBe(0);
    expect(emulator.invoice(invoice.invoiceGuid)!.payments).toHaveLength(0);
  });

  it('a Pay that hangs: the lookup finds nothing and the helper still sends no second Pay', async () => {
    const { invoice, server, client, reached } = await setup();
    server.plan(PASS, { kind: 'hang' }, PASS);
    const error = (await client.invoices
      .payOnce(payInput(invoice.invoiceGuid, 2))
      .catch((e: unknown) => e)) as PaymentOutcomeUnknownError;
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error.cause).toBeInstanceOf(TimeoutError);
    expect(server.received).toBe(3);
    expect(reached.Pay ?? 0).toBe(0);
  });

  it('an answered payment resolves via the answer; a refusal is rethrown without a lookup', async () => {
    const { emulator, invoice, client, reached } = await setup();
    const ok = await client.invoices.payOnce(payInput(invoice.invoiceGuid, 1));
    expect(ok).toMatchObject({ status: 'recorded', via: 'answer' });
    const other = emulator.addInvoice(generateInvoice({ lines: 1, seed: 7 }));
    const refused = await failure(
      client.invoices.payOnce({
        ...payInput(other.invoiceGuid, 1),
        cashdeskGuid: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      }),
      ApiError,
    );
    expect(refused.outcome).toBe('refused');
    expect(reached.ByNumber).toBe(2);
  });
});

describe('outcome of ТМ:МИС errors', () => {
  it('every non-idempotent operation has a verify hint', () => {
    const writes = allOperations.filter(({ op }) => !op.idempotent);
    expect(writes.map(({ op }) => op.wire).sort()).toEqual(['CashDesk', 'Pay', 'Receive']);
    for (const { op } of writes) expect(op.verify?.trim().length ?? 0, op.wire).toBeGreaterThan(20);
  });

  it('Pay: refused connection is not-sent, timeout and 500 are unknown with the hint; a read has none', async () => {
    const refused = await failure(
      clientFor(`http://127.0.0.1:${await refusedPort()}`).invoices.pay(payInput(DESK, 1)),
      ConnectionError,
    );
    expect(refused.outcome).toBe('not-sent');

    const { invoice, server, client } = await setup();
    server.plan({ kind: 'hang' });
    const timedOut = await failure(client.invoices.pay(payInput(invoice.invoiceGuid, 1)), TimeoutError);
    expect(timedOut.outcome).toBe('unknown');
    expect(timedOut.message).toContain('may have been carried out');
    expect(timedOut.message).toContain('invoices.byNumber({ invoiceGuid })');

    server.plan({ kind: 'respond', status: 500, body: 'oops' });
    const failed = await failure(client.invoices.pay(payInput(invoice.invoiceGuid, 1)), HttpError);
    expect(failed.outcome).toBe('unknown');

    server.plan(...Array.from({ length: 3 }, () => ({ kind: 'respond', status: 500 }) as Fault));
    const read = await failure(client.invoices.byNumber({ invoiceGuid: invoice.invoiceGuid }), HttpError);
    expect(read.outcome).toBeUndefined();
  });
});
