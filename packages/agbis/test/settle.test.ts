import { createServer } from 'node:net';
import { AgbisClient, OrderBuilder, operationGroups } from '@x/agbis';
import { AgbisEmulator } from '@x/agbis/testing';
import {
  ApiError,
  ConnectionError,
  HttpError,
  PaymentOutcomeUnknownError,
  RequestValidationError,
  type SdkError,
  TimeoutError,
} from '@x/core';
import { type Fault, type FaultyServer, ManualClock, serveFaulty } from '@x/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { START } from './harness.js';

const servers: FaultyServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const PASS: Fault = { kind: 'pass' };

function clientFor(baseUrl: string, clock: ManualClock) {
  return new AgbisClient({
    baseUrl: `${baseUrl}/api/`,
    user: 'api',
    password: 'secret',
    allowHttp: true,
    now: () => clock.now(),
    timeoutMs: 300,
    retry: { random: () => 0, baseDelayMs: 1 },
  });
}

/** The emulator behind core's faulty server, a logged-in client and one saved order. */
async function setup() {
  const clock = new ManualClock(START);
  const emulator = new AgbisEmulator({
    clock,
    seed: { clients: [{ contr_id: '10013', name: 'Агбис Т. Т.', fullname: 'Агбис Тест Тестович' }] },
  });
  const server = await serveFaulty((request) => emulator.handle(request));
  servers.push(server);
  const client = clientFor(server.url, clock);
  const b = new OrderBuilder({ contr_id: '10013', sclad_id: 1003, sclad_out_id: 1005 });
  b.service({ tovar_id: 10018, count: 1 });
  const { dor_id } = await client.orders.save(b.build());
  return { emulator, server, client, clock, dorId: String(dor_id) };
}

const window = { StartDate: new Date(START - 86_400_000), StopDate: new Date(START + 86_400_000) };

describe('payments.payOnce / refundOnce and clients.addBonusOnce never send money twice', () => {
  it('PayForAll recorded, answer cut: found through OrderPaysBetweenForAll, one PayForAll', async () => {
    const { emulator, server, client, dorId } = await setup();
    server.plan(PASS, { kind: 'reset-mid-body', bytes: 3 }, PASS);
    const settled = await client.payments.payOnce({ dor_id: dorId, amount: 120.5, type_doc: 2 });
    expect(settled).toMatchObject({ status: 'recorded', via: 'lookup', evidence: { before: 0, after: 1 } });
    if (settled.via !== 'lookup') throw new Error('unreachable');
    expect(settled.error.outcome).toBe('unknown');
    expect(settled.evidence.found[0]).toMatchObject({ dor_id: dorId, pay_debet: 120.5 });
    expect(emulator.counts().PayForAll).toBe(1);
    const { order_pays } = await client.payments.between(window);
    expect(order_pays).toHaveLength(1);
  });

  it('an earlier identical payment the same day is not mistaken for this one', async () => {
    const { emulator, server, client, dorId } = await setup();
    await client.payments.pay({ dor_id: dorId, amount: 50, type_doc: 2 });
    server.plan(PASS, { kind: 'reset-before-headers' }, PASS);
    const error = (await client.payments
      .payOnce({ dor_id: dorId, amount: 50, type_doc: 2 })
      .catch((e: unknown) => e)) as PaymentOutcomeUnknownError;
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error.evidence).toMatchObject({ before: 1, after: 1, read: 'OrderPaysBetweenForAll' });
    expect(error.checked[0]).toContain(`order ${dorId}`);
    expect(error.cause).toBeInstanceOf(ConnectionError);
    expect(emulator.counts().PayForAll).toBe(1); // only the earlier one
  });

  it('a PayForAll that never arrives (timeout): typed error with what was checked, zero payments', async () => {
    const { emulator, server, client, dorId } = await setup();
    server.plan(PASS, { kind: 'hang' }, PASS);
    const error = (await client.payments
      .payOnce({ dor_id: dorId, amount: 10, type_doc: 1 })
      .catch((e: unknown) => e)) as PaymentOutcomeUnknownError;
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error.cause).toBeInstanceOf(TimeoutError);
    expect(error.outcome).toBe('unknown');
    expect(error.toJSON()).toMatchObject({ evidence: { before: 0, after: 0 } });
    expect(emulator.counts().PayForAll ?? 0).toBe(0);
    expect((await client.payments.between(window)).order_pays ?? []).toHaveLength(0);
  });

  it('ReturnPayForAll recorded, answer cut: found by pay_kredit, one refund', async () => {
    const { emulator, server, client, dorId } = await setup();
    await client.payments.pay({ dor_id: dorId, amount: 100, type_doc: 2 });
    server.plan(PASS, { kind: 'reset-mid-body', bytes: 3 }, PASS);
    const settled = await client.payments.refundOnce({ dor_id: dorId, amount: 40, type_doc: 2 });
    expect(settled).toMatchObject({ status: 'recorded', via: 'lookup', evidence: { before: 0, after: 1 } });
    expect(emulator.counts().ReturnPayForAll).toBe(1);
  });

  it('AddBonusForAll recorded, answer cut: found through BonusesBetweenForAll, one accrual', async () => {
    const { emulator, server, client } = await setup();
    server.plan(PASS, { kind: 'reset-mid-body', bytes: 3 }, PASS);
    const settled = await client.clients.addBonusOnce({ contr_id: '10013', amount: 25, comment: 'отзыв' });
    expect(settled).toMatchObject({ status: 'recorded', via: 'lookup', evidence: { before: 0, after: 1 } });
    expect(emulator.counts().AddBonusForAll).toBe(1);
    const { bonuses } = await client.clients.bonusesBetween({ contr_id: '10013', ...window });
    expect(bonuses).toHaveLength(1);
  });

  it('AddBonusForAll that never arrives: typed error, no accrual; a card-only input is refused before sending', async () => {
    const { emulator, server, client } = await setup();
    server.plan(PASS, { kind: 'respond', status: 502, body: 'bad gateway' }, PASS);
    const error = (await client.clients
      .addBonusOnce({ contr_id: '10013', amount: 25 })
      .catch((e: unknown) => e)) as PaymentOutcomeUnknownError;
    expect(error).toBeInstanceOf(PaymentOutcomeUnknownError);
    expect(error.cause).toBeInstanceOf(HttpError);
    expect(emulator.counts().AddBonusForAll ?? 0).toBe(0);
    const byCard = await client.clients
      .addBonusOnce({ barcode: '1600000100138', amount: 1 })
      .catch((e: unknown) => e);
    expect(byCard).toBeInstanceOf(RequestValidationError);
    expect(emulator.counts().AddBonusForAll ?? 0).toBe(0);
  });

  it('an answered payment resolves via the answer; a vendor refusal is rethrown', async () => {
    const { client, dorId } = await setup();
    expect(await client.payments.payOnce({ dor_id: dorId, amount: 5, type_doc: 2 })).toMatchObject({
      status: 'recorded',
      via: 'answer',
    });
    const refused = (await client.payments
      .payOnce({ dor_id: dorId, amount: 5, type_doc: 4 })
      .catch((e: unknown) => e)) as SdkError;
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused.outcome).toBe('refused');
  });
});

describe('outcome of AGBIS errors', () => {
  it('every non-idempotent command has a verify hint', () => {
    const writes = Object.values(operationGroups).flatMap((t) =>
      Object.values(t as Record<string, { idempotent: boolean; wire: string; verify?: string }>).filter(
        (op) => !op.idempotent,
      ),
    );
    expect(writes.length).toBeGreaterThanOrEqual(10);
    for (const op of writes) expect(op.verify?.trim().length ?? 0, op.wire).toBeGreaterThan(20);
  });

  it('PayForAll: refused connection is not-sent, timeout and 500 are unknown with the hint; a read has none', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((r) => probe.close(() => r()));
    const clock = new ManualClock(START);
    const refused = (await clientFor(`http://127.0.0.1:${port}`, clock)
      .payments.pay({ dor_id: 1, amount: 1 })
      .catch((e: unknown) => e)) as SdkError;
    // The Login in front of it failed: the payment itself was never sent.
    expect(refused).toBeInstanceOf(ConnectionError);
    expect(refused.outcome).toBe('not-sent');

    const { server, client, dorId } = await setup();
    server.plan({ kind: 'hang' });
    const timedOut = (await client.payments
      .pay({ dor_id: dorId, amount: 1 })
      .catch((e: unknown) => e)) as SdkError;
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(timedOut.outcome).toBe('unknown');
    expect(timedOut.message).toContain('payments.between');

    server.plan({ kind: 'respond', status: 500, body: 'oops' });
    const failed = (await client.payments
      .pay({ dor_id: dorId, amount: 1 })
      .catch((e: unknown) => e)) as SdkError;
    expect(failed).toBeInstanceOf(HttpError);
    expect(failed.outcome).toBe('unknown');

    server.plan(...Array.from({ length: 3 }, () => ({ kind: 'respond', status: 500 }) as Fault));
    const read = (await client.payments.between(window).catch((e: unknown) => e)) as SdkError;
    expect(read).toBeInstanceOf(HttpError);
    expect(read.outcome).toBeUndefined();
  });
});
