import { AbortError, ApiError, AuthError, SessionManager, TimeoutError, Transport } from '@x/core';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLogger, startServer } from '@x/test-kit';

/** A promise the test resolves by hand: the vendor's answer to login/refresh is held until then. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/**
 * A vendor whose /login and /refresh answers wait for `hold` (when set), served over loopback HTTP.
 * `fail` makes them answer with a vendor error instead of a session.
 */
async function slowVendor() {
  const state = { hold: undefined as Promise<void> | undefined, fail: false, generation: 0 };
  const counts = { login: 0, refresh: 0 };
  const server = await startServer(async (req) => {
    const path = new URL(req.url).pathname;
    if (path === '/login') counts.login++;
    if (path === '/refresh') counts.refresh++;
    if (state.hold) await state.hold;
    if (state.fail) return Response.json({ error: 7 });
    state.generation++;
    return Response.json({ session: `S-${state.generation}` });
  });
  return { server, state, counts };
}

function manager(url: string, logger = captureLogger()) {
  const t = new Transport({ baseUrl: url, allowHttp: true, retry: false });
  const decode = (raw: { text(): string }) => {
    const body = JSON.parse(raw.text());
    if (body.error) throw new ApiError('refused', { vendorCode: body.error });
    return body as { session: string };
  };
  const sessions = new SessionManager<string>({
    name: 'test',
    logger,
    // Honours the signal, as a real login over fetch does: this is what let one caller's abort
    // cancel everyone's login before.
    async login(signal) {
      const b = await t.request(
        { operation: 'login', idempotent: true, method: 'GET', path: 'login', decode },
        { signal },
      );
      return { session: b.session };
    },
    async refresh(_current, signal) {
      const b = await t.request(
        { operation: 'refresh', idempotent: true, method: 'GET', path: 'refresh', decode },
        { signal },
      );
      return { session: b.session };
    },
  });
  return { sessions, logger };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

/**
 * A slow vendor (closed after the test) and a manager in front of it; `hold()` makes the vendor
 * hold its login and refresh answers until the returned gate opens.
 */
async function setup() {
  const v = await slowVendor();
  closers.push(v.server.close);
  const hold = () => {
    const g = gate();
    v.state.hold = g.opened;
    return g;
  };
  return { v, hold, ...manager(v.server.url) };
}

/** Five callers wait for the held login; once it is on the wire every one of them aborts. */
async function everyCallerAborts(v: { counts: { login: number } }, sessions: SessionManager<string>) {
  const controllers = Array.from({ length: 5 }, () => new AbortController());
  const waits = controllers.map((c) => sessions.get(c.signal));
  await until(() => v.counts.login === 1);
  for (const c of controllers) c.abort();
  for (const w of waits) await expect(w).rejects.toBeInstanceOf(AbortError);
}

/** Waits until the vendor has received `n` renewal requests (the renewal is in flight). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('SessionManager: one caller aborting does not cancel the shared renewal', () => {
  it('5 callers, the one that started the login aborts: it rejects at once, the other 4 get the session', async () => {
    const { v, sessions, hold } = await setup();
    const g = hold();
    const first = new AbortController();
    const waits = [
      sessions.get(first.signal),
      ...Array.from({ length: 4 }, () => sessions.get(new AbortController().signal)),
    ];
    await until(() => v.counts.login === 1);
    first.abort(new Error('browser went away'));
    await expect(waits[0]).rejects.toBeInstanceOf(AbortError);
    g.open();
    await expect(Promise.all(waits.slice(1))).resolves.toEqual(['S-1', 'S-1', 'S-1', 'S-1']);
    expect(v.counts.login).toBe(1);
    expect(sessions.stats.logins).toBe(1);
  });

  it('5 callers on an expired session, the one that started the refresh aborts: the others get the refreshed session', async () => {
    const { v, sessions, hold } = await setup();
    expect(await sessions.get()).toBe('S-1');
    const g = hold();
    const first = new AbortController();
    const waits = [
      sessions.renew('S-1', first.signal),
      ...Array.from({ length: 4 }, () => sessions.renew('S-1', new AbortController().signal)),
    ];
    await until(() => v.counts.refresh === 1);
    first.abort();
    await expect(waits[0]).rejects.toBeInstanceOf(AbortError);
    g.open();
    const grants = await Promise.all(waits.slice(1));
    expect(grants.map((x) => x.session)).toEqual(['S-2', 'S-2', 'S-2', 'S-2']);
    expect(v.counts).toEqual({ login: 1, refresh: 1 });
    expect(sessions.stats).toMatchObject({ refreshes: 1, failedRefreshes: 0 });
  });

  it('when every caller aborts, the login still completes and the next call uses its session', async () => {
    const { v, sessions, hold } = await setup();
    const g = hold();
    await everyCallerAborts(v, sessions);
    g.open();
    await until(() => sessions.peek() !== undefined);
    expect(await sessions.get()).toBe('S-1');
    expect(v.counts.login).toBe(1);
  });

  it('a renewal that fails after every caller aborted is logged, not unhandled, and the next call logs in again', async () => {
    const { v, sessions, logger, hold } = await setup();
    const g = hold();
    v.state.fail = true;
    await everyCallerAborts(v, sessions);
    g.open();
    await until(() => logger.records.some((r) => r.record.detail === 'login failed'));
    expect(sessions.peek()).toBeUndefined();
    v.state.fail = false;
    v.state.hold = undefined;
    expect(await sessions.get()).toBe('S-1');
    expect(v.counts.login).toBe(2);
  });

  it('a caller whose signal is already aborted neither waits nor starts a login', async () => {
    const { v, sessions } = await setup();
    await expect(sessions.get(AbortSignal.abort())).rejects.toBeInstanceOf(AbortError);
    expect(v.counts.login).toBe(0);
  });

  it('the shared renewal has its own time limit, even when login ignores its signal', async () => {
    const sessions = new SessionManager<string>({
      name: 'stuck',
      renewTimeoutMs: 50,
      login: () => new Promise(() => {}),
    });
    const error = await sessions.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toContain('within 50 ms');
    expect(error).not.toBeInstanceOf(AuthError);
  });
});
