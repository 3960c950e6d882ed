// One worker process of the many-workers tests. Reads its job from argv (JSON), prints one JSON
// line per event on stdout, and ends its loop when a line arrives on stdin.
import { AgbisClient } from '@x/agbis';
import { RateBudget } from '@x/core';
import { redisStores } from '@x/redis';
import { UzhkhClient } from '@x/uzhkh';
import { createClient } from 'redis';

type Config =
  | { mode: 'agbis'; redisUrl: string; baseUrl: string; key: string; leaseTtlMs: number; pollMs?: number }
  | {
      mode: 'budget';
      redisUrl: string;
      baseUrl: string;
      key: string;
      limit: number;
      attempts: number;
      now: number;
    }
  | {
      mode: 'feed';
      redisUrl: string;
      baseUrl: string;
      token: string;
      leaseKey: string;
      leaseTtlMs: number;
      handleMs: number;
    };

const config = JSON.parse(process.argv[2] ?? '{}') as Config;
const emit = (event: string, data: Record<string, unknown> = {}) =>
  process.stdout.write(`${JSON.stringify({ event, t: Date.now(), pid: process.pid, ...data })}\n`);
let stopping = false;
process.stdin.on('data', () => {
  stopping = true;
});
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

const redis = createClient({ url: config.redisUrl, socket: { reconnectStrategy: () => 50 } });
// A client without an error listener crashes the process when Redis goes away; users keep theirs.
redis.on('error', () => {});
await redis.connect();
const stores = redisStores(redis, { prefix: 'test:', commandTimeoutMs: 500 });

async function agbis(c: Extract<Config, { mode: 'agbis' }>) {
  const client = new AgbisClient({
    baseUrl: c.baseUrl,
    user: 'api',
    password: 'secret',
    allowHttp: true,
    retry: { maxAttempts: 1 },
    sharedSession: {
      store: stores.sessions,
      leases: stores.leases,
      key: c.key,
      leaseTtlMs: c.leaseTtlMs,
      pollMs: c.pollMs ?? 20,
    },
  });
  let calls = 0;
  const failures: string[] = [];
  emit('started');
  // Two calls in flight at a time, as a web worker serving requests would have.
  const lane = async () => {
    while (!stopping) {
      try {
        await client.session.validSessionId();
        calls++;
        if (calls === 1) emit('first-call');
      } catch (error) {
        failures.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      }
      await pause(5);
    }
  };
  await Promise.all([lane(), lane()]);
  emit('done', { calls, failures, stats: client.sessions.stats });
}

async function budget(c: Extract<Config, { mode: 'budget' }>) {
  const limiter = new RateBudget({
    store: stores.budgets,
    key: c.key,
    limit: c.limit,
    mode: 'fail',
    now: () => c.now,
  });
  const client = new AgbisClient({ baseUrl: c.baseUrl, user: 'api', password: 'secret', allowHttp: true });
  let sent = 0;
  let refused = 0;
  for (let i = 0; i < c.attempts; i++) {
    try {
      await limiter.acquire(1, 'agbis.reference.contrTree');
    } catch {
      refused++;
      continue;
    }
    await client.reference.contrTree();
    sent++;
  }
  emit('done', { sent, refused });
}

async function feed(c: Extract<Config, { mode: 'feed' }>) {
  const client = new UzhkhClient({
    baseUrl: c.baseUrl,
    token: c.token,
    allowHttp: true,
    retry: { maxAttempts: 2 },
  });
  emit('started');
  const runs: string[] = [];
  while (!stopping) {
    const result = await client.feed
      .consume(
        async (record) => {
          emit('handle', { guid: record.Guid });
          await pause(c.handleMs);
          emit('handled', { guid: record.Guid });
        },
        { lease: { store: stores.leases, key: c.leaseKey, ttlMs: c.leaseTtlMs } },
      )
      .catch((error: unknown) => {
        emit('consume-error', { message: error instanceof Error ? error.message : String(error) });
        return undefined;
      });
    if (result) runs.push(result.stoppedBy);
    if (result?.stoppedBy !== 'empty' || result.handled === 0) await pause(30);
  }
  emit('done', { runs });
}

try {
  if (config.mode === 'agbis') await agbis(config);
  else if (config.mode === 'budget') await budget(config);
  else await feed(config);
} catch (error) {
  emit('crash', { message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
} finally {
  await redis.close().catch(() => {});
  process.exit(0);
}
