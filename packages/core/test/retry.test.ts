import { AbortError, ConnectionError, HttpError, RateLimitError, TimeoutError, Transport } from '@x/core';
import { backoffDelay, isRetryable, parseRetryAfter, resolveRetry } from '@x/core/internal';
import { serveLoopback } from '@x/core/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLogger, startServer } from '@x/test-kit';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const json = (raw: { text(): string }) => JSON.parse(raw.text());

describe('retry policy over real HTTP', () => {
  it('retries an idempotent GET on 503 and waits for Retry-After (seconds)', async () => {
    const server = await startServer((_req, n) =>
      n === 1
        ? new Response('busy', { status: 503, headers: { 'retry-after': '1' } })
        : Response.json({ ok: n }),
    );
    closers.push(server.close);
    const logger = captureLogger();
    const t = new Transport({ baseUrl: server.url, allowHttp: true, logger });
    const started = Date.now();
    const out = await t.request({
      operation: 'read',
      idempotent: true,
      method: 'GET',
      path: 'x',
      decode: json,
    });
    expect(out).toEqual({ ok: 2 });
    expect(server.count()).toBe(2);
    const retry = logger.records.find((r) => r.record.outcome === 'retry');
    expect(retry?.record.retryInMs).toBe(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('honours Retry-After given as an HTTP date on 429', async () => {
    const server = await startServer((_req, n) =>
      n === 1
        ? new Response('slow down', {
            status: 429,
            headers: { 'retry-after': new Date(Date.now() + 1500).toUTCString() },
          })
        : Response.json({ ok: true }),
    );
    closers.push(server.close);
    const logger = captureLogger();
    const t = new Transport({ baseUrl: server.url, allowHttp: true, logger });
    await t.request({ operation: 'read', idempotent: true, method: 'GET', path: '', decode: json });
    const wait = logger.records.find((r) => r.record.outcome === 'retry')?.record.retryInMs ?? -1;
    // HTTP dates have one-second resolution, so the wait lies within (0.5 s, 1.5 s].
    expect(wait).toBeGreaterThan(400);
    expect(wait).toBeLessThanOrEqual(1500);
    expect(server.count()).toBe(2);
  });

  it('does not retry a non-idempotent call that timed out, and says it was a timeout', async () => {
    const server = await startServer(async () => {
      await new Promise((r) => setTimeout(r, 400));
      return Response.json({ paid: true });
    });
    closers.push(server.close);
    const t = new Transport({ baseUrl: server.url, allowHttp: true, timeoutMs: 100 });
    const error = await t
      .request({ operation: 'pay', idempotent: false, method: 'POST', path: 'pay', body: '{}', decode: json })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe('attempt');
    expect((error as TimeoutError).message).toContain('[pay]');
    expect(server.count()).toBe(1);
  });

  it('does not retry a non-idempotent call on 502', async () => {
    const server = await startServer(() => new Response('<html>bad gateway</html>', { status: 502 }));
    closers.push(server.close);
    const t = new Transport({ baseUrl: server.url, allowHttp: true, retry: { baseDelayMs: 1 } });
    await expect(
      t.request({ operation: 'pay', idempotent: false, method: 'POST', path: '', body: '{}', decode: json }),
    ).rejects.toBeInstanceOf(HttpError);
    expect(server.count()).toBe(1);
  });

  it('retries a non-idempotent call after ECONNREFUSED, because the request never left', async () => {
    // A port that refuses: bind, note the port, close.
    const dead = await serveLoopback(() => new Response());
    const deadUrl = dead.url;
    await dead.close();
    const live = await startServer(async (req) => Response.json({ body: await req.text() }));
    closers.push(live.close);
    let attempts = 0;
    const t = new Transport({
      baseUrl: 'http://127.0.0.1/',
      allowHttp: true,
      retry: { baseDelayMs: 1 },
      // First attempt really goes to the closed port; later ones to the live server.
      fetch: (input, init) => {
        attempts++;
        const target = new URL(input);
        const base = new URL(attempts === 1 ? deadUrl : live.url);
        target.host = base.host;
        return fetch(target, init);
      },
    });
    const out = await t.request({
      operation: 'pay',
      idempotent: false,
      method: 'POST',
      path: 'pay',
      body: '{"sum":1}',
      decode: json,
    });
    expect(out).toEqual({ body: '{"sum":1}' });
    expect(attempts).toBe(2);
    expect(live.count()).toBe(1);
  });

  it('reports a refused connection as ConnectionError that proves nothing was sent', async () => {
    const dead = await serveLoopback(() => new Response());
    const url = dead.url;
    await dead.close();
    const t = new Transport({ baseUrl: url, allowHttp: true, retry: false });
    const error = await t
      .request({ operation: 'read', idempotent: true, method: 'GET', path: '', decode: json })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).requestMayHaveBeenSent).toBe(false);
  });

  it('an abort during the backoff sleep rejects at once with AbortError', async () => {
    const server = await startServer(
      () => new Response('busy', { status: 503, headers: { 'retry-after': '30' } }),
    );
    closers.push(server.close);
    const controller = new AbortController();
    const logger = captureLogger();
    const origDebug = logger.debug!;
    logger.debug = (record, message) => {
      origDebug(record, message);
      if (record.outcome === 'retry') setTimeout(() => controller.abort(), 20);
    };
    const t = new Transport({ baseUrl: server.url, allowHttp: true, logger });
    const started = Date.now();
    const error = await t
      .request(
        { operation: 'read', idempotent: true, method: 'GET', path: '', decode: json },
        { signal: controller.signal },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.count()).toBe(1);
  });

  it('stops at the overall deadline with a TimeoutError of scope "deadline"', async () => {
    const server = await startServer(
      () => new Response('busy', { status: 503, headers: { 'retry-after': '1' } }),
    );
    closers.push(server.close);
    const t = new Transport({
      baseUrl: server.url,
      allowHttp: true,
      deadlineMs: 300,
      retry: { maxAttempts: 10 },
    });
    const error = await t
      .request({ operation: 'read', idempotent: true, method: 'GET', path: '', decode: json })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe('deadline');
  });

  it('gives up after maxAttempts and returns the last error', async () => {
    const server = await startServer(() => new Response('down', { status: 500 }));
    closers.push(server.close);
    const t = new Transport({
      baseUrl: server.url,
      allowHttp: true,
      retry: { maxAttempts: 3, baseDelayMs: 1 },
    });
    const error = await t
      .request({ operation: 'read', idempotent: true, method: 'GET', path: '', decode: json })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(500);
    expect(server.count()).toBe(3);
  });
});

describe('retry decisions', () => {
  const policy = resolveRetry();
  it('allows only safe retries', () => {
    const refused = new ConnectionError('x', false);
    const reset = new ConnectionError('x', true);
    const timeout = new TimeoutError('x', 1, 'attempt');
    const limited = new RateLimitError('x');
    const s502 = new HttpError('x', { status: 502 });
    const s400 = new HttpError('x', { status: 400 });
    expect(isRetryable(refused, false, policy)).toBe(true);
    expect(isRetryable(reset, false, policy)).toBe(false);
    expect(isRetryable(timeout, false, policy)).toBe(false);
    expect(isRetryable(limited, false, policy)).toBe(false);
    expect(isRetryable(s502, false, policy)).toBe(false);
    expect(isRetryable(reset, true, policy)).toBe(true);
    expect(isRetryable(timeout, true, policy)).toBe(true);
    expect(isRetryable(limited, true, policy)).toBe(true);
    expect(isRetryable(s502, true, policy)).toBe(true);
    expect(isRetryable(s400, true, policy)).toBe(false);
  });

  it('full jitter stays within [0, min(cap, base·2^(n-1))]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (n, r) => {
          const p = resolveRetry({ baseDelayMs: 300, maxDelayMs: 10_000, random: () => r });
          const d = backoffDelay(n, p);
          return d >= 0 && d <= Math.min(10_000, 300 * 2 ** (n - 1));
        },
      ),
    );
  });

  it('parses Retry-After in seconds and as an HTTP date', () => {
    expect(parseRetryAfter('5')).toBe(5000);
    expect(
      parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    ).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('merges per-client and per-call settings, and `false` disables retries', () => {
    expect(resolveRetry({ maxAttempts: 5 }, { baseDelayMs: 7 })).toMatchObject({
      maxAttempts: 5,
      baseDelayMs: 7,
    });
    expect(resolveRetry({ maxAttempts: 5 }, false).maxAttempts).toBe(1);
  });
});
