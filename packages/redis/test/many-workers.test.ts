// Several worker PROCESSES against the emulators (served on loopback by this test process) through
// one real Redis: one AGBIS session for all, one renewal per expiry, a renewer killed mid-login,
// a rate budget across workers, one Умное ЖКХ consumer at a time with takeover after a kill, and
// Redis restarting mid-run.
import { AgbisEmulator } from '@x/agbis/testing';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

  // The emulators a test served, closed after it (released first, should a failed test have held answers).
  const open: Array<{ emulator: { release?: () => void }; served: { close(): Promise<void> } }> = [];
  const serving = async <S extends { close(): Promise<void> }>(emulator: {
    serve(): Promise<S>;
    release?: () => void;
  }): Promise<S> => {
    const served = await emulator.serve();
    open.push({ emulator, served });
    return served;
  };
  afterEach(async () => {
    for (const { emulator, served } of open.splice(0)) {
      emulator.release?.();
      await served.close();
    }
  });

  beforeAll(async () => {
    [redis] = await Promise.all([startRedis(), workerScript()]);
  }, 30_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill()));
    await redis?.stop();
  });

  it('AGBIS: three workers, sessions expiring under load → one Login in all, one refresh per expiry, no failed call', async () => {
    const emulator = new AgbisEmulator();
    const served = await serving(emulator);
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
  });

  it('AGBIS: a worker killed while logging in holds the lease until its TTL; then exactly one other logs in', async () => {
    const emulator = new AgbisEmulator();
    const served = await serving(emulator);
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
  });

  it('Умное ЖКХ: one consumer at a time; a consumer killed mid-batch → another takes over after the lease, nothing lost, nothing acknowledged early', async () => {
    const emulator = new UzhkhEmulator({ token: 'feed-token', feedBatchSize: 5 });
    for (let n = 1; n <= 24; n++) emulator.upsertAccount({ Id: `acc-${n}` });
    const seeded = emulator.state.queue.map((q) => q.Guid);
    const served = await serving(emulator);
    const leaseTtlMs = 1_000;
    const config = {
      mode: 'feed',
      baseUrl: served.baseUrl,
      token: 'feed-token',
      leaseKey: 'uzhkh:feed:test',
      leaseTtlMs,
      handleMs: 30,
    };
    const group = await Promise.all([1, 2, 3].map((n) => spawnWorker(`feed-${n}`, config)));
    // Kill whichever worker got the feed while it is inside its 7th handler (second batch).
    await until(
      () => group.some((w) => w.events.filter((e) => e.event === 'handle').length >= 7),
      'a consumer',
    );
    const doomed = group.find((w) => w.events.filter((e) => e.event === 'handle').length >= 7)!;
    await doomed.kill();
    const killedAt = Date.now();
    const inFlight = doomed.events.filter((e) => e.event === 'handle').at(-1)!.guid as string;
    expect(doomed.events.some((e) => e.event === 'handled' && e.guid === inFlight)).toBe(false);
    await until(() => emulator.state.queue.length === 0, 'the queue drained', 20_000);
    const survivors = group.filter((w) => w !== doomed);
    await Promise.all(survivors.map((w) => w.finish()));

    const handledBy = (w: Worker) =>
      new Set(w.events.filter((e) => e.event === 'handled').map((e) => e.guid));
    const handledAnywhere = new Set(group.flatMap((w) => [...handledBy(w)]));
    // Nothing lost: every record handled (the killed one's by a survivor) and acknowledged.
    expect([...handledAnywhere].sort()).toEqual([...seeded].sort());
    expect(survivors.some((w) => handledBy(w).has(inFlight))).toBe(true);
    const acks = emulator.requests.filter((r) => r.operation === 'To1c/Delete').map((r) => r.params.guid);
    expect(new Set(acks)).toEqual(new Set(seeded));
    // Nothing acknowledged early: the record in the killed handler was acknowledged once, after a survivor handled it.
    expect(acks.filter((g) => g === inFlight)).toHaveLength(1);
    // One consumer at a time: handler intervals of different workers never overlap.
    const intervals = group.flatMap((w) => {
      const out: Array<{ w: string; from: number; to: number }> = [];
      for (const e of w.events.filter((x) => x.event === 'handle')) {
        const end = w.events.find(
          (x) => x.event === 'handled' && x.guid === e.guid && (x.t as number) >= (e.t as number),
        );
        out.push({ w: w.name, from: e.t as number, to: (end?.t as number | undefined) ?? killedAt });
      }
      return out;
    });
    for (const a of intervals)
      for (const b of intervals)
        if (a.w !== b.w) expect(a.to <= b.from || b.to <= a.from, `${a.w} and ${b.w} overlap`).toBe(true);
    // The takeover waited for the dead consumer's lease to run out.
    const firstAfter = Math.min(
      ...intervals.filter((i) => i.w !== doomed.name && i.from > killedAt - 50).map((i) => i.from),
    );
    expect(firstAfter - killedAt).toBeGreaterThanOrEqual(leaseTtlMs - 400);
  });

  it('Redis restarting mid-run: AGBIS calls keep working (each worker renews on its own while Redis is away) and go back to the shared session', async () => {
    const emulator = new AgbisEmulator();
    const served = await serving(emulator);
    const config = { mode: 'agbis', baseUrl: served.baseUrl, key: 'agbis:restart', leaseTtlMs: 5_000 };
    const group = await Promise.all([1, 2].map((n) => spawnWorker(`restart-${n}`, config)));
    await Promise.all(group.map((w) => w.waitFor((e) => e.event === 'first-call')));
    await redis.stop();
    // The session expires while Redis is down: the workers must renew without the store.
    emulator.expireSessions();
    const during = emulator.count('ValidSessionID');
    await until(() => emulator.count('ValidSessionID') > during + 40, 'calls while Redis is down');
    await redis.start();
    emulator.expireSessions();
    const renewals = emulator.count('Login') + emulator.count('RefreshSession');
    await until(
      () => emulator.count('Login') + emulator.count('RefreshSession') > renewals,
      'a renewal after the restart',
    );
    const after = emulator.count('ValidSessionID');
    await until(() => emulator.count('ValidSessionID') > after + 40, 'calls after the restart');
    const done = await Promise.all(group.map((w) => w.finish()));
    expect(done.map((d) => d.failures)).toEqual([[], []]);
    // Redis was empty after the restart: one worker renewed and stored the session, the other took it.
    const stats = done.map((d) => d.stats as { adopted: number });
    expect(stats.reduce((n, s) => n + s.adopted, 0)).toBeGreaterThanOrEqual(2);
  });

  it('rate budget: four workers drawing from one budget of 25 per hour send 25 calls in all, never more', async () => {
    const emulator = new AgbisEmulator();
    const served = await serving(emulator);
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
  });
});
