import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AbortError, type FetchLike, TimeoutError, Transport } from '@x/core';
import { afterEach, describe, expect, it } from 'vitest';

const get = {
  operation: 'probe',
  idempotent: true,
  method: 'GET' as const,
  path: 'x',
  decode: (raw: { text(): string }) => raw.text(),
};

/** A fetch that never settles and never looks at its signal. */
const neverFetch: FetchLike = () => new Promise<Response>(() => {});

/** A fetch whose response arrives at once but whose body sends one chunk and then stalls forever. */
function stallingBodyFetch(headers: Record<string, string> = {}): FetchLike {
  return async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"partial":'));
          // never closes, and has no cancel hook that reacts to the signal
        },
      }),
      { status: 200, headers },
    );
}

function client(fetch: FetchLike, extra: Partial<ConstructorParameters<typeof Transport>[0]> = {}) {
  return new Transport({ baseUrl: 'https://vendor.test/', fetch, retry: false, ...extra });
}

function timers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe('timeouts and aborts do not depend on the injected fetch', () => {
  it('a fetch that never settles and ignores its signal ends in a TimeoutError on time', async () => {
    const before = timers();
    const error = await client(neverFetch, { timeoutMs: 200 })
      .request(get)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe('attempt');
    expect((error as TimeoutError).message).toContain('200 ms');
    // The attempt's timer is gone once the call has ended: nothing keeps the process alive.
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('the overall deadline ends a call whose fetch never settles', async () => {
    const error = await client(neverFetch, { timeoutMs: 10_000, deadlineMs: 150 })
      .request(get)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe('deadline');
  });

  it("the caller's abort ends a call whose fetch never settles, with an AbortError", async () => {
    const controller = new AbortController();
    const pending = client(neverFetch, { timeoutMs: 60_000 }).request(get, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('a body stream that stalls (no Content-Length) ends in a TimeoutError', async () => {
    const error = await client(stallingBodyFetch(), { timeoutMs: 200 })
      .request(get)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('a body stream that stalls under a declared Content-Length ends in a TimeoutError', async () => {
    const error = await client(stallingBodyFetch({ 'content-length': '100' }), { timeoutMs: 200 })
      .request(get)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("the caller's abort ends a stalled body read with an AbortError", async () => {
    const controller = new AbortController();
    const pending = client(stallingBodyFetch(), { timeoutMs: 60_000 }).request(get, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
  });

  it('a proxy wrapper that drops the signal, against a real server whose body stalls, still times out', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
      // the rest never comes
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    const { port } = server.address() as AddressInfo;
    const dropsSignal: FetchLike = (url, init) => fetch(url, { ...init, signal: null });
    const t = new Transport({
      baseUrl: `http://127.0.0.1:${port}/`,
      allowHttp: true,
      fetch: dropsSignal,
      retry: false,
      timeoutMs: 200,
    });
    await expect(t.request(get)).rejects.toBeInstanceOf(TimeoutError);
  });
});
