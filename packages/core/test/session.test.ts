import { ApiError, AuthError, SessionManager, Transport } from '@x/core';
import { ManualClock } from '@x/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '@x/test-kit';

/**
 * A tiny vendor with login/refresh sessions, served over loopback HTTP:
 * GET /login → {session, refresh}; GET /refresh?refresh= → {session}; GET /data?session= → {ok} or
 * {error: 3} (expired) when the session is not current.
 */
async function sessionVendor(opts: { refreshFails?: boolean; alwaysExpired?: boolean } = {}) {
  let generation = 0;
  let current = '';
  let refresh = '';
  const counts = { login: 0, refresh: 0, data: 0 };
  const server = await startServer((req) => {
    const url = new URL(req.url);
    if (url.pathname === '/login') {
      counts.login++;
      generation++;
      current = `S-${generation}`;
      refresh = `R-${generation}`;
      return Response.json({ session: current, refresh });
    }
    if (url.pathname === '/refresh') {
      counts.refresh++;
      if (opts.refreshFails || url.searchParams.get('refresh') !== refresh)
        return Response.json({ error: 2 });
      generation++;
      current = `S-${generation}`;
      return Response.json({ session: current });
    }
    counts.data++;
    if (opts.alwaysExpired || url.searchParams.get('session') !== current) return Response.json({ error: 3 });
    return Response.json({ ok: true, session: current });
  });
  return {
    server,
    counts,
    expire() {
      current = `expired-${generation}`;
    },
  };
}

type Sess = { id: string; refresh: string };

function wire(url: string, clock?: ManualClock) {
  const t = new Transport({ baseUrl: url, allowHttp: true, retry: false });
  const decode = (raw: { text(): string }) => {
    const body = JSON.parse(raw.text());
    if (body.error === 3) throw new AuthError('expired', { sessionExpired: true, vendorCode: 3 });
    if (body.error) throw new ApiError('refused', { vendorCode: body.error });
    return body;
  };
  const manager = new SessionManager<Sess>({
    name: 'test',
    now: clock ? () => clock.now() : undefined,
    async login() {
      const b = await t.request({
        operation: 'login',
        idempotent: true,
        method: 'GET',
        path: 'login',
        decode,
      });
      return {
        session: { id: b.session, refresh: b.refresh },
        expiresAt: clock ? clock.now() + 600_000 : undefined,
      };
    },
    async refresh(s) {
      const b = await t.request({
        operation: 'refresh',
        idempotent: true,
        method: 'GET',
        path: `refresh?refresh=${s.refresh}`,
        decode,
      });
      return {
        session: { id: b.session, refresh: s.refresh },
        expiresAt: clock ? clock.now() + 600_000 : undefined,
      };
    },
    secrets: (s) => [s.id, s.refresh],
  });
  const isExpired = (e: unknown) => e instanceof AuthError && e.sessionExpired;
  const call = () =>
    manager.run(
      (s) =>
        t.request({
          operation: 'data',
          idempotent: true,
          method: 'GET',
          path: `data?session=${s.id}`,
          decode,
        }),
      isExpired,
      undefined,
      'data',
    );
  return { manager, call };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/** A session vendor (closed after the test) with the manager and a data call wired to it. */
async function setup(opts?: Parameters<typeof sessionVendor>[0], clock?: ManualClock) {
  const v = await sessionVendor(opts);
  closers.push(v.server.close);
  return { v, ...wire(v.server.url, clock) };
}

describe('SessionManager over real HTTP', () => {
  it('logs in lazily once for 100 concurrent first calls', async () => {
    const { v, call, manager } = await setup();
    const results = await Promise.all(Array.from({ length: 100 }, call));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(v.counts.login).toBe(1);
    expect(manager.stats.logins).toBe(1);
  });

  it('100 concurrent calls on an expired session cause exactly one refresh', async () => {
    const { v, call, manager } = await setup();
    await call();
    v.expire();
    const results = await Promise.all(Array.from({ length: 100 }, call));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(v.counts.refresh).toBe(1);
    expect(v.counts.login).toBe(1);
    expect(manager.stats.refreshes).toBe(1);
  });

  it('falls back to a full login when the refresh fails', async () => {
    const { v, call, manager } = await setup({ refreshFails: true });
    await call();
    v.expire();
    await expect(call()).resolves.toMatchObject({ ok: true });
    expect(v.counts.refresh).toBe(1);
    expect(v.counts.login).toBe(2);
    expect(manager.stats.failedRefreshes).toBe(1);
  });

  it('a second expiry within one call becomes an AuthError instead of a loop', async () => {
    const { v, call } = await setup({ alwaysExpired: true });
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).sessionExpired).toBe(true);
    expect((error as AuthError).message).toContain('[data]');
    expect(v.counts.data).toBe(2);
  });

  it('refreshes proactively before a known expiry, without a failed call', async () => {
    const clock = new ManualClock();
    const { v, call } = await setup({}, clock);
    await call();
    clock.advance(9.5 * 60_000); // within the default 60 s refresh-ahead window
    await call();
    expect(v.counts.refresh).toBe(1);
    expect(v.counts.data).toBe(2);
  });
});
