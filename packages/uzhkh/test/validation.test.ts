import { ResponseError, TimeoutError } from '@x/core';
import { describe, expect, it } from 'vitest';
import { approval, useHarness } from './harness.js';

const h = useHarness();

describe('response validation modes', () => {
  it('lenient (default) drops an optional value that does not decode and keeps the rest', async () => {
    const warnings: string[] = [];
    const { emulator, client } = h.fresh({}, { logger: { warn: (_r, m) => warnings.push(m) } });
    emulator.seed({ counters: [{ Id: 'c-1', Value2: 'n/a' }] });
    const page = await client.download.countersPage();
    expect(page.Items[0]).toMatchObject({ Id: 'c-1', Value1: 0 });
    expect(page.Items[0]).not.toHaveProperty('Value2', 'n/a');
    expect(warnings.some((w) => /did not match/.test(w))).toBe(true);
  });

  it('strict turns any mismatch into a ResponseError naming the field', async () => {
    const { emulator, client } = h.fresh({}, { validation: 'strict' });
    emulator.seed({ counters: [{ Id: 'c-1', Value2: 'n/a' }] });
    const error = await client.download.countersPage().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toMatch(/Items\.0\.Value2/);
  });

  it('a body that is not JSON is a ResponseError', async () => {
    const { emulator, client } = h.fresh();
    emulator.failNext({ operation: 'To1c/Requests', status: 200, body: '<html>login</html>' });
    await expect(client.feed.requests()).rejects.toBeInstanceOf(ResponseError);
  });
});

describe('timeouts', () => {
  it('a queue read that times out is retried (reads are idempotent)', async () => {
    const { emulator, client } = h.fresh({}, { timeoutMs: 250 });
    emulator.upsertAccount({ Id: 'acc-1' });
    emulator.failNext({ operation: 'To1c/Requests', delayMs: 1500, afterEffect: true });
    const records = await client.feed.requests();
    expect(records).toHaveLength(1);
    expect(emulator.count('To1c/Requests')).toBe(2);
  });

  it('a Handle* call that times out is not repeated', async () => {
    const { emulator, client } = h.fresh({}, { timeoutMs: 250 });
    emulator.addRequestToRegister({ Id: 'r-1' });
    emulator.failNext({
      operation: 'Synchronization/HandleRequestToRegister',
      delayMs: 1500,
      afterEffect: true,
    });
    await expect(client.registrations.handleRequestToRegister(approval('r-1'))).rejects.toBeInstanceOf(
      TimeoutError,
    );
    expect(emulator.count('Synchronization/HandleRequestToRegister')).toBe(1);
  });
});
