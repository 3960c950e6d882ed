import {
  MemoryBudgetStore,
  MemoryLeaseStore,
  MemorySessionStore,
  RateBudget,
  RateLimitError,
  SessionManager,
  holdLease,
} from '@x/core';
import { describe, expect, it } from 'vitest';

describe('in-memory stores', () => {
  it('session store: TTL and compare-and-set', async () => {
    let now = 0;
    const store = new MemorySessionStore(() => now);
    expect(await store.compareAndSet('k', undefined, 'a', 100)).toBe(true);
    expect(await store.compareAndSet('k', undefined, 'b', 100)).toBe(false);
    expect(await store.compareAndSet('k', 'a', 'b', 100)).toBe(true);
    now = 100;
    expect(await store.get('k')).toBeUndefined();
  });

  it('lease store: one holder, growing tokens, expiry', async () => {
    let now = 0;
    const leases = new MemoryLeaseStore(() => now);
    const a = await leases.acquire('l', 100);
    expect(await leases.acquire('l', 100)).toBeUndefined();
    now = 100;
    const b = await leases.acquire('l', 100);
    expect(b!.token).toBeGreaterThan(a!.token);
    expect(await leases.renew('l', a!.token, 100)).toBe(false);
    expect(await leases.release('l', b!.token)).toBe(true);
  });

  it('RateBudget over a shared BudgetStore: two limiters never exceed one limit together', async () => {
    const store = new MemoryBudgetStore(() => 0);
    const make = () => new RateBudget({ store, key: 'acct', limit: 3, mode: 'fail', now: () => 0 });
    const [x, y] = [make(), make()];
    const taken = await Promise.all([x, y, x, y, x].map((l) => l.tryTake()));
    expect(taken.filter(Boolean)).toHaveLength(3);
    await expect(y.acquire(1, 'op')).rejects.toBeInstanceOf(RateLimitError);
  });

  it('holdLease: a second holder is refused while the first runs', async () => {
    const leases = new MemoryLeaseStore();
    const inner = await holdLease(leases, 'feed', { ttlMs: 1_000 }, async () =>
      holdLease(leases, 'feed', { ttlMs: 1_000 }, async () => 'second'),
    );
    expect(inner).toMatchObject({ acquired: true, value: { acquired: false } });
  });
});

describe('SessionManager with a shared store', () => {
  it('two managers (two processes) share one login; an expired session is refreshed once for both', async () => {
    const store = new MemorySessionStore();
    const leases = new MemoryLeaseStore();
    let logins = 0;
    let refreshes = 0;
    const make = () =>
      new SessionManager<{ id: string }>({
        name: 'test',
        shared: { store, leases, key: 'acct', pollMs: 1 },
        login: async () => {
          logins++;
          await new Promise((r) => setTimeout(r, 20));
          return { session: { id: `login-${logins}` }, expiresAt: Date.now() + 600_000 };
        },
        refresh: async () => {
          refreshes++;
          await new Promise((r) => setTimeout(r, 20));
          return { session: { id: `refresh-${refreshes}` }, expiresAt: Date.now() + 600_000 };
        },
      });
    const [a, b] = [make(), make()];
    const [sa, sb] = await Promise.all([a.get(), b.get()]);
    expect(sa).toEqual(sb);
    expect(logins).toBe(1);
    const [ra, rb] = await Promise.all([a.renew(sa), b.renew(sb)]);
    expect(ra.session).toEqual(rb.session);
    expect(refreshes).toBe(1);
    expect((a.stats.adopted ?? 0) + (b.stats.adopted ?? 0)).toBe(2);
  });
});
