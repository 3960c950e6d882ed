// The Redis stores against a real redis-server: atomic compare-and-set, leases with fencing tokens,
// budgets, key prefix, a TTL on every key, nothing stored beyond what is needed.
import { RedisBudgetStore, RedisLeaseStore, RedisSessionStore, RedisStoreError, redisStores } from '@x/redis';
import { type RedisClientType, createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, redisAvailable, startRedis } from './support/redis-server.js';

const available = redisAvailable('@x/redis store tests (stores.test.ts)');

describe.skipIf(!available)('Redis stores on a real redis-server', () => {
  let server: RedisServer;
  let client: RedisClientType;

  beforeAll(async () => {
    server = await startRedis();
    client = createClient({ url: server.url });
    client.on('error', () => {});
    await client.connect();
  });
  afterAll(async () => {
    await client?.close().catch(() => {});
    await server?.stop();
  });

  const allKeysHaveTtl = async (pattern: string) => {
    const keys = await client.keys(pattern);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(await client.pTTL(key), key).toBeGreaterThan(0);
    return keys;
  };

  it('session store: get/set with TTL, compare-and-set only over the expected value, prefixed keys', async () => {
    const store = new RedisSessionStore(client, { prefix: 'app1:' });
    expect(await store.get('agbis')).toBeUndefined();
    expect(await store.compareAndSet('agbis', undefined, 'v1', 60_000)).toBe(true);
    expect(await store.compareAndSet('agbis', undefined, 'v2', 60_000)).toBe(false);
    expect(await store.compareAndSet('agbis', 'other', 'v2', 60_000)).toBe(false);
    expect(await store.get('agbis')).toBe('v1');
    expect(await store.compareAndSet('agbis', 'v1', 'v2', 60_000)).toBe(true);
    expect(await store.get('agbis')).toBe('v2');
    await store.set('other', 'x', 60_000);
    expect(await allKeysHaveTtl('app1:*')).toEqual(expect.arrayContaining(['app1:agbis', 'app1:other']));
    expect(await client.get('app1:agbis')).toBe('v2');
    await store.set('short', 'gone', 30);
    await new Promise((r) => setTimeout(r, 80));
    expect(await store.get('short')).toBeUndefined();
    await expect(store.set('bad', 'x', 0)).rejects.toThrow(RangeError);
  });

  it('compare-and-set is atomic under 50 concurrent writers: exactly one wins', async () => {
    const stores = Array.from({ length: 5 }, () => new RedisSessionStore(client, { prefix: 'race:' }));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => stores[i % 5]!.compareAndSet('k', undefined, `w${i}`, 60_000)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('lease: one holder at a time, growing fencing tokens, renew/release only with the token, expiry', async () => {
    const leases = new RedisLeaseStore(client, { prefix: 'l:' });
    const first = await leases.acquire('feed', 200);
    expect(first?.token).toBe(1);
    expect(await leases.acquire('feed', 200)).toBeUndefined();
    expect(await leases.renew('feed', 99, 200)).toBe(false);
    expect(await leases.renew('feed', first!.token, 300)).toBe(true);
    expect(await leases.release('feed', 99)).toBe(false);
    await allKeysHaveTtl('l:*');
    expect(await leases.release('feed', first!.token)).toBe(true);
    const second = await leases.acquire('feed', 50);
    expect(second!.token).toBeGreaterThan(first!.token);
    await new Promise((r) => setTimeout(r, 120));
    // The holder that let its lease expire can neither renew nor release its successor's.
    const third = await leases.acquire('feed', 60_000);
    expect(third!.token).toBeGreaterThan(second!.token);
    expect(await leases.renew('feed', second!.token, 60_000)).toBe(false);
    expect(await leases.release('feed', second!.token)).toBe(false);
    expect(await leases.release('feed', third!.token)).toBe(true);
  });

  it('budget: never more than the limit, even with concurrent takers; the window key expires', async () => {
    const budgets = new RedisBudgetStore(client, { prefix: 'b:' });
    const taken = await Promise.all(Array.from({ length: 40 }, () => budgets.take('hour:1', 1, 25, 60_000)));
    expect(taken.filter(Boolean)).toHaveLength(25);
    expect(await budgets.take('hour:1', 1, 25, 60_000)).toBe(false);
    expect(await budgets.take('hour:2', 3, 2, 60_000)).toBe(false);
    expect(await client.get('b:budget:hour:1')).toBe('25');
    await allKeysHaveTtl('b:*');
  });

  it('a dead server fails commands with RedisStoreError (no address in the message), within the timeout', async () => {
    const lonely = createClient({ url: 'redis://127.0.0.1:1', socket: { reconnectStrategy: false } });
    lonely.on('error', () => {});
    const stores = redisStores(lonely, { commandTimeoutMs: 200 });
    const error = await stores.sessions.get('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisStoreError);
    expect(String((error as Error).message)).not.toContain('127.0.0.1');
    expect(() => new RedisSessionStore({} as never)).toThrow(TypeError);
  });
});
