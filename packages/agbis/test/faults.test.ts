import { AgbisClient } from '@x/agbis';
import { type AgbisEmulatorServer, startAgbisEmulator } from '@x/agbis/testing';
import { afterEach, describe, expect, it } from 'vitest';

let running: AgbisEmulatorServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function setup(options: Parameters<typeof startAgbisEmulator>[0] = {}) {
  running = await startAgbisEmulator({
    seed: { clients: [{ contr_id: '10013', name: 'Тест' }] },
    ...options,
  });
  const client = new AgbisClient({
    baseUrl: running.baseUrl,
    allowHttp: true,
    user: 'api',
    password: 'secret',
    retry: { random: () => 0, baseDelayMs: 1, maxAttempts: 3 },
  });
  const { dor_id } = await client.orders.save({
    Order: { contr_id: 10013, sclad_id: 1, sclad_out_id: 1 },
    Services: [{ tovar_id: 10018, count: 1 }],
  });
  return { client, emulator: running.emulator, dorId: dor_id };
}

/** The vendor's error 108 (Сервер недоступен, "server unavailable"), URL-encoded as it sends it. */
const UNAVAILABLE = {
  status: 200,
  body: '{"error":108,"Msg":"%D0%A1%D0%B5%D1%80%D0%B2%D0%B5%D1%80+%D0%BD%D0%B5%D0%B4%D0%BE%D1%81%D1%82%D1%83%D0%BF%D0%B5%D0%BD"}',
};

describe('faults over a loopback server', () => {
  it('a PayForAll that times out is not repeated: exactly one payment reached the server', async () => {
    const { client, emulator, dorId } = await setup();
    emulator.failNext({ operation: 'PayForAll', afterEffect: true, delayMs: 400 });
    await expect(
      client.payments.pay({ dor_id: dorId, amount: 500 }, { timeoutMs: 100 }),
    ).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    expect(emulator.count('PayForAll')).toBe(1);
    expect(emulator.state.orders.get(dorId)!.payments).toHaveLength(1);
  });

  it('a PayForAll answered by a 502 page is not repeated either', async () => {
    const { client, emulator, dorId } = await setup();
    emulator.failNext({ operation: 'PayForAll', status: 502 });
    await expect(client.payments.pay({ dor_id: dorId, amount: 1 })).rejects.toMatchObject({
      name: 'HttpError',
      status: 502,
    });
    expect(emulator.count('PayForAll')).toBe(1);
  });

  it('an idempotent read that times out or meets error 108 is retried', async () => {
    const { client, emulator, dorId } = await setup();
    emulator.failNext({ operation: 'OrderInfoForAll', delayMs: 400, status: 200, body: '{"error":0}' });
    emulator.failNext({ operation: 'OrderInfoForAll', ...UNAVAILABLE });
    const info = await client.orders.info({ dor_id: dorId }, { timeoutMs: 150 });
    expect(info.order?.dor_id).toBe(dorId);
    expect(emulator.count('OrderInfoForAll')).toBe(3);
  });

  it('error 108 on a write is not retried and carries the decoded message', async () => {
    const { client, emulator } = await setup();
    emulator.failNext({ operation: 'ContragForAll', ...UNAVAILABLE });
    await expect(client.clients.save({ name: 'a', fullname: 'b' })).rejects.toMatchObject({
      vendorCode: 108,
      vendorMessage: 'Сервер недоступен',
      retryable: true,
    });
    expect(emulator.count('ContragForAll')).toBe(1);
  });

  it('error 102 (too frequent) is a RateLimitError', async () => {
    const { client } = await setup({ rateLimit: { max: 2, windowMs: 60_000 } });
    await client.reference.orderLists();
    await expect(client.reference.orderLists({}, { retry: false })).rejects.toMatchObject({
      name: 'RateLimitError',
      vendorCode: 102,
    });
  });

  it('repeated logins get HTTP 429 with Retry-After', async () => {
    const { emulator } = await setup({ loginLimit: { max: 1, windowMs: 600_000 } });
    const other = new AgbisClient({
      baseUrl: running!.baseUrl,
      allowHttp: true,
      user: 'api',
      password: 'secret',
      retry: false,
    });
    await expect(other.reference.orderLists()).rejects.toMatchObject({
      name: 'RateLimitError',
      status: 429,
      retryAfterMs: 120_000,
    });
    expect(emulator.count('Login')).toBe(2);
  });

  it('JSON labelled text/html with vendor slips is decoded; an HTML page is a clear error', async () => {
    const { client, emulator } = await setup();
    emulator.failNext({
      operation: 'Regions',
      status: 200,
      contentType: 'text/html',
      body: '{"error":0,"regions":[{"id":"1","name":"%D0%A6%D0%B5%D0%BD%D1%82%D1%80"},],}',
    });
    expect((await client.reference.regions()).regions).toEqual([{ id: '1', name: 'Центр' }]);
    emulator.failNext({
      operation: 'Regions',
      status: 200,
      contentType: 'text/html',
      body: '<!DOCTYPE html><html><body>maintenance</body></html>',
    });
    await expect(client.reference.regions()).rejects.toMatchObject({
      name: 'ResponseError',
      message: expect.stringContaining('HTML page'),
    });
  });

  it('a receipt answered by an HTML page or a JSON error is reported, not returned as a file', async () => {
    const { client, emulator, dorId } = await setup();
    emulator.failNext({ operation: 'ReceiptOnline', status: 200, body: '<html><body>oops</body></html>' });
    await expect(client.orders.receiptOnline({ dor_id: dorId })).rejects.toMatchObject({
      name: 'ResponseError',
    });
    emulator.failNext({ operation: 'ReceiptOnline', status: 200, body: '{"error":3}' });
    const pdf = await client.orders.receiptOnline({ dor_id: dorId });
    expect(pdf.contentType).toBe('application/pdf');
    expect(emulator.count('RefreshSession')).toBe(1);
  });

  it('a 504 page on a wide range is retried for reads, then reported with advice', async () => {
    const { client, emulator } = await setup();
    await expect(
      client.statistics.ordersChanged({ StartDate: '2025-01-01T00:00', StopDate: '2025-12-31T00:00' }),
    ).rejects.toMatchObject({
      name: 'HttpError',
      status: 504,
    });
    expect(emulator.count('OrderByDateTimeForAll')).toBe(3);
  });
});
