// Issue 8, AGBIS items: sessions expiring every 200 calls under load, and logins refused with 429.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { AgbisClient } from '@x/agbis';
import { AgbisEmulator } from '@x/agbis/testing';
import { RateLimitError } from '@x/core';
import { ManualClock, watchUnhandled } from '@x/core/testing';
import { describe, expect, it } from 'vitest';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/**
 * Heap after gc, with a few timer turns between collections: undici's Request keeps each call's
 * signal until a FinalizationRegistry callback runs, so without them 10,000 in-process calls read
 * as ~18 MiB that is released moments later (measured: 36 MiB right after 20,000 calls, 0.4 MiB settled).
 */
async function heap(): Promise<number> {
  for (let i = 0; i < 5; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 20));
  }
  return process.memoryUsage().heapUsed;
}

const CALLS = 10_000;
const CONCURRENCY = 100;
const EVERY = 200;
const MIN = 60_000;

function setup(emulatorOptions: ConstructorParameters<typeof AgbisEmulator>[0] = {}) {
  const clock = new ManualClock(Date.UTC(2026, 2, 10, 9));
  const emulator = new AgbisEmulator({
    clock,
    seed: { clients: [{ contr_id: '10013', name: 'Тест' }] },
    ...emulatorOptions,
  });
  // In-process (the emulator's fetch): this measures the session logic, not the loopback stack
  // the suite's load test already covers.
  const fetch = (input: string, init: RequestInit) => {
    if (emulator.requests.length > 100) emulator.requests.length = 0;
    return emulator.fetch(input, init);
  };
  const client = new AgbisClient({
    baseUrl: 'https://agbis.test/cl/demo/api/',
    user: 'api',
    password: 'secret',
    fetch,
    now: () => clock.now(),
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
  });
  return { clock, emulator, client };
}

async function load(client: AgbisClient, onDone: (done: number) => void, calls = CALLS) {
  let next = 0;
  let done = 0;
  const failures: unknown[] = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < calls) {
        next++;
        try {
          await client.clients.info({ contr_id: 10013 });
          onDone(++done);
        } catch (error) {
          failures.push(error);
        }
      }
    }),
  );
  return failures;
}

describe('AGBIS sessions expiring every 200 calls during a 10,000-call load (concurrency 100)', () => {
  it('server-side expiry (error 3 to every call in flight): exactly one RefreshSession per expiry, no failed call', {
    timeout: 120_000,
  }, async () => {
    const { emulator, client } = setup();
    const unhandled = watchUnhandled();
    // Warm-up with a few expiries (code compiled, pools filled), not counted.
    await load(client, (done) => done % EVERY === 0 && done < 1000 && emulator.expireSessions(), 1000);
    const base = { refresh: emulator.count('RefreshSession'), info: emulator.count('ContrInfoForAll') };
    const stats = { ...client.sessions.stats };
    const before = await heap();
    let expiries = 0;
    const started = Date.now();
    const failures = await load(client, (done) => {
      if (done % EVERY === 0 && done < CALLS) {
        emulator.expireSessions();
        expiries++;
      }
    });
    const growth = (await heap()) - before;
    unhandled.stop();
    console.log(
      `[reliability] agbis sessions (server-side expiry): calls=${CALLS} failures=${failures.length} expiries=${expiries} refreshes=${emulator.count('RefreshSession') - base.refresh} logins=${emulator.count('Login')} repeatedAfterExpiry=${emulator.count('ContrInfoForAll') - base.info - CALLS} seconds=${((Date.now() - started) / 1000).toFixed(1)} heapGrowthMiB=${(growth / 1048576).toFixed(2)}`,
    );
    expect(failures).toEqual([]);
    expect(expiries).toBe(CALLS / EVERY - 1);
    expect(emulator.count('RefreshSession') - base.refresh).toBe(expiries);
    expect(emulator.count('Login')).toBe(1);
    expect(client.sessions.stats).toEqual({
      logins: 1,
      refreshes: stats.refreshes + expiries,
      failedRefreshes: 0,
    });
    // Each call is repeated at most once (only those in flight when their session expired).
    expect(emulator.count('ContrInfoForAll') - base.info - CALLS).toBeLessThanOrEqual(expiries * CONCURRENCY);
    expect(growth).toBeLessThan(24 * 1024 * 1024);
    expect(unhandled.events).toEqual([]);
  });

  it('clock-driven expiry (10 minutes pass every 200 of 4,000 calls): one refresh per expiry, no failed call', {
    timeout: 120_000,
  }, async () => {
    const { emulator, client, clock } = setup();
    await client.clients.info({ contr_id: 10013 });
    // 4,000 calls: the path differs from the test above only in who notices the expiry first.
    const calls = 4_000;
    let expiries = 0;
    const failures = await load(
      client,
      (done) => {
        if (done % EVERY === 0 && done < calls) {
          clock.advance(10 * MIN);
          expiries++;
        }
      },
      calls,
    );
    console.log(
      `[reliability] agbis sessions (clock expiry): calls=${calls} failures=${failures.length} expiries=${expiries} refreshes=${emulator.count('RefreshSession')} logins=${emulator.count('Login')} error3=${emulator.count('ContrInfoForAll') - calls - 1}`,
    );
    expect(failures).toEqual([]);
    expect(emulator.count('RefreshSession')).toBe(expiries);
    expect(emulator.count('Login')).toBe(1);
    expect(client.sessions.stats).toEqual({ logins: 1, refreshes: expiries, failedRefreshes: 0 });
  });
});

describe('AGBIS logins refused with HTTP 429 (loginLimit)', () => {
  it('end in a RateLimitError carrying Retry-After, one Login per attempt, never a loop; logins resume after the block', async () => {
    const { emulator, client, clock } = setup({
      loginLimit: { max: 1, windowMs: 10 * MIN, blockMs: 120_000 },
    });
    await client.clients.info({ contr_id: 10013 });
    await client.close();
    // A second login within the window: blocked for two minutes.
    const concurrent = await Promise.all(
      Array.from({ length: 20 }, () => client.clients.info({ contr_id: 10013 }).catch((e: unknown) => e)),
    );
    for (const error of concurrent) {
      expect(error).toBeInstanceOf(RateLimitError);
      expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000 });
    }
    // 20 concurrent calls shared one login; the 120 s wait is over maxRetryAfterMs (60 s): not retried.
    expect(emulator.count('Login')).toBe(2);
    expect(emulator.count('ContrInfoForAll')).toBe(1);
    // Each later call tries once and fails fast, with the remaining wait.
    clock.advance(30_000);
    const later = await client.clients.info({ contr_id: 10013 }).catch((e: unknown) => e);
    expect(later).toMatchObject({ name: 'RateLimitError', retryAfterMs: 90_000 });
    expect(emulator.count('Login')).toBe(3);
    // After the block (and outside the window) the next call logs in and succeeds.
    clock.advance(10 * MIN);
    await expect(client.clients.info({ contr_id: 10013 })).resolves.toMatchObject({ contr_id: '10013' });
    expect(emulator.count('Login')).toBe(4);
    expect(client.sessions.stats.logins).toBe(2);
  });

  it('a short Retry-After is waited for and retried within maxAttempts, then a RateLimitError', async () => {
    const { emulator, client } = setup({ loginLimit: { max: 0, windowMs: MIN, blockMs: 1000 } });
    const error = await client.clients.info({ contr_id: 10013 }).catch((e: unknown) => e);
    // The manual clock does not move, so the server keeps refusing: three attempts, then the error.
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 1000 });
    expect(emulator.count('Login')).toBe(3);
  }, 10_000);
});
