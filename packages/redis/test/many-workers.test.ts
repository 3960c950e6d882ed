// Several worker PROCESSES against the emulators (served on loopback by this test process) through
// one real Redis: one AGBIS session for all, one renewal per expiry, a renewer killed mid-login,
// a rate budget across workers, one Умное ЖКХ consumer at a time with takeover after a kill, and
// Redis restarting mid-run.
import { AgbisEmulator } from '@x/agbis/testing';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisAvailable, startRedis } from './support/redis-server.js';
import { type Worker, startWorker, workerScript } from './support/workers.js';

const available = redisAvailable('@x/redis many-workers tests (many-workers.test.ts)');

const until = async (check: () => boolean, what: string, timeoutMs = 20_000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe.skipIf(!available)('many workers through one Redis', { timeout: 45_000 }, () => {
  let redis: RedisServer;
  const workers: Worker[] = [];
  const spawnWorker = async (name: string, config: Record<string, unknown>) => {
    const w = await startWorker(name, { redisUrl: redis.url, ...config });
    workers.push(w);
    return w;
  };

  beforeAll(async () => {
    [redis] = await Promise.all([startRedis(), workerScript()]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await redis?.stop();
  });

  it('AGBIS: three workers, sessions expiring under load → one Login in all, one refresh per expiry, no failed call', async () => {
    const emulator = new AgbisEmulator();
    const served = await emulator.serve();
    try {
      const config = { mode: 'agbis', baseUrl: served.baseUrl, key: 'agbis:load', leaseTtlMs: 5_000 };
      const group = await Promise.all([1, 2, 3].map((n) => spawnWorker(`agbis-${n}`, config)));
      await Promise.all(group.map((w) => w.waitFor((e) => e.event === 'first-call')));
      for (let expiry = 1; expiry <= 3; expiry++) {
        const before = emulator.count('ValidSessionID');
        await until(() => emulator.count('ValidSessionID') > before + 30, 'calls before the expiry');
        emulator.expireSessions();
        await until(() => emulator.count('RefreshSession') >= expiry, `refresh ${expiry}`);
        const after = emulator.count('ValidSessionID');
        // Load goes on with the new session in every worker before the next expiry.
        await until(() => emulator.count('ValidSessionID') > after + 30, 'calls after the refresh');
      }
      const done = await Promise.all(group.map((w) => w.finish()));
      expect(done.map((d) => d.failures)).toEqual([[], [], []]);
      expect(emulator.count('Login')).toBe(1);
      expect(emulator.count('RefreshSession')).toBe(3);
      const stats = done.map((d) => d.stats as { logins: number; refreshes: number; adopted: number });
      expect(stats.reduce((n, s) => n + s.logins, 0)).toBe(1);
      expect(stats.reduce((n, s) => n + s.refreshes, 0)).toBe(3);
      // Every worker but the renewer took each new session from Redis.
      expect(stats.reduce((n, s) => n + s.adopted, 0)).toBeGreaterThanOrEqual(2 * 4 - 1);
      expect(done.reduce((n, d) => n + (d.calls as number), 0)).toBeGreaterThan(180);
    } finally {
      await served.close();
    }
  });

  it('AGBIS: a worker killed while logging in holds the lease until its TTL; then exactly one other logs in', async () => {
    const emulator = new AgbisEmulator();
    const served = await emulator.serve();
    try {
      const leaseTtlMs = 1_500;
      const config = { mode: 'agbis', baseUrl: served.baseUrl, key: 'agbis:kill', leaseTtlMs };
      emulator.failNext({ operation: 'Login', hold: true });
      const first = await spawnWorker('agbis-doomed', config);
      await until(() => emulator.heldCount === 1, 'the first Login held at the server');
      const heldAt = Date.now();
      await first.kill();
      let secondLoginAt = 0;
      const secondLogin = until(() => emulator.count('Login') >= 2, 'the second Login').then(() => {
        secondLoginAt = Date.now();
      });
      const others = await Promise.all([1, 2].map((n) => spawnWorker(`agbis-after-${n}`, config)));
      await Promise.all(others.map((w) => w.waitFor((e) => e.event === 'first-call')));
      await secondLogin;
      const done = await Promise.all(others.map((w) => w.finish()));
      emulator.release();
      expect(done.map((d) => d.failures)).toEqual([[], []]);
      // The dead worker's Login and exactly one more: the others waited for the lease, not logged in.
      expect(emulator.count('Login')).toBe(2);
      const stats = done.map((d) => d.stats as { logins: number; adopted: number });
      expect(stats.map((s) => s.logins).sort()).toEqual([0, 1]);
      expect(stats.find((s) => s.logins === 0)?.adopted).toBeGreaterThanOrEqual(1);
      // The second Login came only once the dead worker's lease had run out.
      expect(secondLoginAt - heldAt).toBeGreaterThanOrEqual(leaseTtlMs - 300);
    } finally {
      emulator.release();
      await served.close();
    }
  });

  it('rate budget: four workers drawing from one budget of 25 per hour send 25 calls in all, never more', async () => {
    const emulator = new AgbisEmulator();
    const served = await emulator.serve();
    try {
      const config = {
        mode: 'budget',
        baseUrl: served.baseUrl,
        key: 'agbis:budget',
        limit: 25,
        attempts: 15,
        now: Date.UTC(2026, 0, 1, 9, 30),
      };
      const group = await Promise.all([1, 2, 3, 4].map((n) => spawnWorker(`budget-${n}`, config)));
      const done = await Promise.all(group.map((w) => w.waitFor((e) => e.event === 'done')));
      expect(done.reduce((n, d) => n + (d.sent as number), 0)).toBe(25);
      expect(done.reduce((n, d) => n + (d.refused as number), 0)).toBe(60 - 25);
      expect(emulator.count('ContrTree')).toBe(25);
    } finally {
      await served.close();
    }
  });
});
