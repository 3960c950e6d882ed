// Testing your own app with `@x/*/testing`: the ТМ:МИС emulator behind msw (no port, no network),
// fresh state for every test, injected faults, and teardown. Copy this file next to your tests.
import { SdkError } from '@x/core';
import { TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { mswHandlers } from '@x/tmmis/testing/msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTmmis, totalDue } from './testing-your-app.ts';

const BASE_URL = 'https://mis.test/';
const server = setupServer();
let emulator: TmmisEmulator;

// Set-up: one msw server for the file; any request msw does not handle fails the test.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

// Reset between tests: a new emulator (fresh invoices, counters and no pending faults) and
// handlers pointing at it, so no test sees another's data.
beforeEach(() => {
  emulator = new TmmisEmulator({ strict: true });
  server.resetHandlers(...mswHandlers(emulator, BASE_URL));
});

// Teardown: release requests a test left held, then stop intercepting.
afterEach(() => emulator.release());
afterAll(() => server.close());

describe('totalDue', () => {
  it('adds up the open invoices of the patient', async () => {
    const a = emulator.addInvoice(generateInvoice({ lines: 2, seed: 1 }));
    const b = emulator.addInvoice(generateInvoice({ lines: 3, seed: 2 }));
    const due = await totalDue(createTmmis(BASE_URL), 'Иванов Иван Иванович', '1980-05-17');
    expect(due).toBe((a.invoiceCents + b.invoiceCents) / 100);
    expect(emulator.count('ByPayer')).toBe(1);
  });

  it('rides out one 503: a lookup is idempotent, so the SDK retries it', async () => {
    emulator.addInvoice(generateInvoice({ lines: 1, seed: 3 }));
    emulator.failNext({ operation: 'ByPayer', status: 503, body: 'busy' });
    await expect(
      totalDue(createTmmis(BASE_URL), 'Иванов Иван Иванович', '1980-05-17'),
    ).resolves.toBeGreaterThan(0);
    expect(emulator.count('ByPayer')).toBe(2);
  });

  it('fails with a typed error when the server stays down', async () => {
    emulator.failNext({ operation: 'ByPayer', status: 503, body: 'busy', times: 10 });
    const error = await totalDue(createTmmis(BASE_URL), 'Иванов Иван Иванович', '1980-05-17').catch((e) => e);
    expect(error).toBeInstanceOf(SdkError);
    expect(error).toMatchObject({ status: 503 });
  });

  it('gives up on a server that hangs, after the timeout you set', async () => {
    emulator.failNext({ operation: 'ByPayer', hold: true });
    const tmmis = createTmmis(BASE_URL);
    await expect(
      tmmis.invoices.byPayer(
        { FIO: 'Иванов Иван Иванович', Birthday: '1980-05-17' },
        { timeoutMs: 50, retry: false },
      ),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});
