import { EmulatorKit, type Framed, ManualClock, type RecordedRequest, requestDetails } from '@x/core/testing';
import { emulatorHandlers } from '@x/core/testing/msw';
import { setupServer } from 'msw/node';
import { afterEach, describe, expect, it } from 'vitest';

/** A tiny vendor: `?op=<name>` names the operation; `inc` bumps a counter (an effect), `get` reads it. */
class CounterEmulator extends EmulatorKit {
  value = 0;
  protected async frame(request: Request): Promise<Framed<RecordedRequest>> {
    const url = new URL(request.url);
    if (url.pathname === '/wsdl') return { response: new Response('<wsdl/>') };
    const operation = url.searchParams.get('op') ?? 'unknown';
    const body = request.method === 'POST' ? await request.text() : '';
    const record: RecordedRequest = {
      operation,
      ...requestDetails(request, body),
      params: body ? (JSON.parse(body) as Record<string, unknown>) : {},
    };
    const answer = () => {
      if (operation === 'inc') this.value++;
      return Response.json({ value: this.value });
    };
    return { record, answer };
  }
  protected override baseUrlFor(origin: string): string {
    return `${origin}/svc/`;
  }
}

const BASE = 'http://kit.test/svc/';
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('EmulatorKit', () => {
  it('records one journal entry per request, counts per operation and finds the last one', async () => {
    const emulator = new CounterEmulator();
    await emulator.fetch(`${BASE}?op=inc`, { method: 'POST', body: '{"n":1}', headers: { 'x-a': 'b' } });
    await emulator.fetch(`${BASE}?op=get`);
    await emulator.fetch(`${BASE}?op=inc`, { method: 'POST', body: '{"n":2}' });
    await emulator.fetch('http://kit.test/wsdl');
    expect(emulator.counts()).toEqual({ inc: 2, get: 1 });
    expect(emulator.count('inc')).toBe(2);
    expect(emulator.count('nothing')).toBe(0);
    expect(emulator.requests).toHaveLength(3);
    expect(emulator.requests[0]).toMatchObject({
      operation: 'inc',
      method: 'POST',
      path: '/svc/',
      search: '?op=inc',
      query: { op: 'inc' },
      body: '{"n":1}',
      params: { n: 1 },
      status: 200,
    });
    expect(emulator.requests[0]!.headers['x-a']).toBe('b');
    expect(emulator.last('inc')!.params).toEqual({ n: 2 });
    expect(emulator.last()!.operation).toBe('inc');
    emulator.reset();
    expect(emulator.requests).toHaveLength(0);
    expect(emulator.counts()).toEqual({});
    expect(emulator.value).toBe(2);
  });

  it('uses a ManualClock by default', () => {
    const emulator = new CounterEmulator();
    expect(emulator.clock).toBeInstanceOf(ManualClock);
    const clock = new ManualClock(0);
    expect(new CounterEmulator({ clock }).clock).toBe(clock);
  });

  it('a fault matches its operation only, `times` times, and answers instead of processing', async () => {
    const emulator = new CounterEmulator();
    emulator.failNext({ operation: 'inc', status: 503, body: 'busy', times: 2 });
    expect((await emulator.fetch(`${BASE}?op=get`)).status).toBe(200);
    const first = await emulator.fetch(`${BASE}?op=inc`);
    expect(first.status).toBe(503);
    expect(await first.text()).toBe('busy');
    expect((await emulator.fetch(`${BASE}?op=inc`)).status).toBe(503);
    expect((await emulator.fetch(`${BASE}?op=inc`)).status).toBe(200);
    expect(emulator.value).toBe(1);
    expect(emulator.requests.map((r) => r.status)).toEqual([200, 503, 503, 200]);
  });

  it('an object body is sent as JSON; a bare fault is a 500 error page', async () => {
    const emulator = new CounterEmulator();
    emulator.failNext({ body: { ok: false } });
    const json = await emulator.fetch(`${BASE}?op=get`);
    expect(json.status).toBe(500);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(await json.json()).toEqual({ ok: false });
    emulator.failNext();
    const page = await emulator.fetch(`${BASE}?op=get`);
    expect(page.status).toBe(500);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('afterEffect: the effect happens, then the faulty answer', async () => {
    const emulator = new CounterEmulator();
    emulator.failNext({ operation: 'inc', afterEffect: true, status: 502 });
    expect((await emulator.fetch(`${BASE}?op=inc`)).status).toBe(502);
    expect(emulator.value).toBe(1);
  });

  it('lost reset: the effect happens, then in-process fetch rejects like a reset socket', async () => {
    const emulator = new CounterEmulator();
    emulator.failNext({ operation: 'inc', lost: 'reset' });
    const error = await emulator.fetch(`${BASE}?op=inc`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe('ECONNRESET');
    expect(emulator.value).toBe(1);
  });

  it('lost reset over serve(): the socket is dropped after the effect', async () => {
    const emulator = new CounterEmulator();
    const server = await emulator.serve();
    closers.push(() => server.close());
    expect(server.baseUrl).toBe(`${server.url}/svc/`);
    emulator.failNext({ operation: 'inc', lost: 'reset' });
    await expect(fetch(`${server.baseUrl}?op=inc`, { method: 'POST' })).rejects.toThrow();
    expect(emulator.value).toBe(1);
    const ok = await fetch(`${server.baseUrl}?op=get`);
    expect(await ok.json()).toEqual({ value: 1 });
  });

  it('lost reset through msw: a network error', async () => {
    const emulator = new CounterEmulator();
    const msw = setupServer(...emulatorHandlers(emulator, BASE));
    msw.listen({ onUnhandledRequest: 'error' });
    closers.push(async () => msw.close());
    emulator.failNext({ lost: 'reset' });
    await expect(fetch(`${BASE}?op=inc`)).rejects.toThrow();
    expect(emulator.value).toBe(1);
  });

  it('lost hang: the effect happens and the answer never comes; abort rejects with the reason', async () => {
    const emulator = new CounterEmulator();
    emulator.failNext({ operation: 'inc', lost: 'hang' });
    const controller = new AbortController();
    const pending = emulator.fetch(`${BASE}?op=inc`, { signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    expect(emulator.value).toBe(1);
    const reason = new Error('gave up');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it('fetch honours init.signal while a request is held, and release() lets held ones go on', async () => {
    const emulator = new CounterEmulator();
    emulator.failNext({ hold: true, times: 2 });
    const controller = new AbortController();
    const aborted = emulator.fetch(`${BASE}?op=inc`, { signal: controller.signal });
    const released = emulator.fetch(`${BASE}?op=inc`);
    await new Promise((r) => setTimeout(r, 20));
    expect(emulator.heldCount).toBe(2);
    controller.abort(new Error('timeout'));
    await expect(aborted).rejects.toThrow('timeout');
    emulator.release();
    expect((await released).status).toBe(200);
    await emulator.settled();
  });

  it('fetch honours the signal during a delay and when already aborted', async () => {
    const emulator = new CounterEmulator();
    emulator.failNext({ delayMs: 60_000 });
    const pending = emulator.fetch(`${BASE}?op=get`, { signal: AbortSignal.timeout(30) });
    await expect(pending).rejects.toMatchObject({ name: 'TimeoutError' });
    const controller = new AbortController();
    controller.abort(new Error('early'));
    await expect(emulator.fetch(`${BASE}?op=get`, { signal: controller.signal })).rejects.toThrow('early');
    await emulator.settled();
  });

  it('a delay alone slows the request down, then it is processed', async () => {
    const emulator = new CounterEmulator();
    emulator.failNext({ operation: 'inc', delayMs: 5 });
    expect(await (await emulator.fetch(`${BASE}?op=inc`)).json()).toEqual({ value: 1 });
  });
});
