import { AbortError, RequestValidationError, TimeoutError, Transport, queryAuth } from '@x/core';
import { startServer } from '@x/test-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The per-call shortcuts of the transport (resolved paths remembered, one abort slot per attempt,
// the URL object built only for an auth strategy that reads it) must not change what is sent or
// how a call ends.
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.useRealTimers();
  while (closers.length) await closers.pop()!();
});

const spec = (path: string) => ({
  operation: 'x',
  idempotent: true,
  method: 'GET' as const,
  path,
  decode: (raw: { text(): string }) => raw.text(),
});

describe('Transport per-call shortcuts', () => {
  it('leaves no attempt timer behind when a call is refused before sending', async () => {
    vi.useFakeTimers();
    const t = new Transport({
      baseUrl: 'http://127.0.0.1:9/api/',
      allowHttp: true,
      fetch: async () => new Response('never'),
    });
    const before = vi.getTimerCount();
    await expect(
      t.request(spec('ok'), { headers: { 'x-note': 'a\r\nInjected: yes' } }),
    ).rejects.toBeInstanceOf(RequestValidationError);
    await expect(t.request(spec('../../outside'))).rejects.toBeInstanceOf(RequestValidationError);
    // A 30 s timer per refused call would keep a process alive long after the error was handled.
    expect(vi.getTimerCount()).toBe(before);
  });

  it('sends the same URL on every call of a remembered path, query auth added once per attempt', async () => {
    const server = await startServer((req) => new Response(new URL(req.url).search));
    closers.push(server.close);
    const t = new Transport({
      baseUrl: `${server.url}/api/`,
      allowHttp: true,
      auth: queryAuth('apikey', 'qk-55555555'),
    });
    const first = await t.request({ ...spec('?Cmd=1'), query: { n: 1 } });
    const second = await t.request({ ...spec('?Cmd=1'), query: { n: 2 } });
    const third = await t.request(spec('?Cmd=1'));
    expect(first).toBe('?Cmd=1&n=1&apikey=qk-55555555');
    expect(second).toBe('?Cmd=1&n=2&apikey=qk-55555555');
    expect(third).toBe('?Cmd=1&apikey=qk-55555555');
  });

  it('refuses a path outside the base URL on every call, not only the first', async () => {
    const t = new Transport({
      baseUrl: 'http://127.0.0.1:9/api/',
      allowHttp: true,
      fetch: async () => new Response(''),
    });
    for (let i = 0; i < 3; i++) {
      await expect(t.request(spec('../admin'))).rejects.toBeInstanceOf(RequestValidationError);
    }
  });

  it('times out a fetch that ignores its signal, then a body that stalls, with the attempt timeout', async () => {
    const hung = new Transport({
      baseUrl: 'http://127.0.0.1:9/',
      allowHttp: true,
      retry: false,
      timeoutMs: 50,
      fetch: () => new Promise<Response>(() => {}),
    });
    await expect(hung.request(spec('a'))).rejects.toBeInstanceOf(TimeoutError);
    const stalled = new Transport({
      baseUrl: 'http://127.0.0.1:9/',
      allowHttp: true,
      retry: false,
      timeoutMs: 50,
      fetch: async () => new Response(new ReadableStream({ pull: () => new Promise(() => {}) })),
    });
    await expect(stalled.request(spec('a'))).rejects.toBeInstanceOf(TimeoutError);
  });

  it("ends with the caller's AbortError when the caller aborts during fetch, and during a slow decoder", async () => {
    const controller = new AbortController();
    const t = new Transport({
      baseUrl: 'http://127.0.0.1:9/',
      allowHttp: true,
      fetch: () => new Promise<Response>(() => setTimeout(() => controller.abort(), 10)),
    });
    await expect(t.request(spec('a'), { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    const late = new AbortController();
    const slow = new Transport({
      baseUrl: 'http://127.0.0.1:9/',
      allowHttp: true,
      fetch: async () => new Response('x'),
    });
    await expect(
      slow.request(
        {
          ...spec('a'),
          decode: () =>
            new Promise<string>((resolve) => {
              late.abort();
              setTimeout(() => resolve('too late'), 20);
            }),
        },
        { signal: late.signal },
      ),
    ).rejects.toBeInstanceOf(AbortError);
  });

  it('reads Content-Type on demand, parameters dropped and lower-cased', async () => {
    const t = new Transport({
      baseUrl: 'http://127.0.0.1:9/',
      allowHttp: true,
      fetch: async () =>
        new Response('{}', { headers: { 'content-type': 'Application/JSON; charset=utf-8' } }),
    });
    expect(await t.request({ ...spec('a'), decode: (raw) => raw.contentType })).toBe('application/json');
  });
});

describe('query parameters appended to a remembered path', () => {
  it('gives the URL the URL parser gives, with and without a query or a fragment in the path', async () => {
    const seen: string[] = [];
    const t = new Transport({
      baseUrl: 'http://127.0.0.1:9/api/',
      allowHttp: true,
      fetch: async (url) => {
        seen.push(url);
        return new Response('');
      },
    });
    const query = { 'a b': 'x&y=z', n: 1, skip: undefined, none: null, t: true, u: 'ü #?' };
    const paths = ['list', 'list?', '?Cmd=%7B%7D', 'list?x=1', 'list#frag', 'list?x=1#frag'];
    for (const path of paths) await t.request({ ...spec(path), query });
    await t.request({ ...spec('list'), query: { skip: undefined } });
    const expected = paths.map((path) => {
      const url = new URL(path, 'http://127.0.0.1:9/api/');
      for (const [k, v] of Object.entries(query)) {
        if (v === undefined || v === null) continue;
        url.search += `${url.search ? '&' : ''}${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`;
      }
      return url.href;
    });
    expect(seen).toEqual([...expected, 'http://127.0.0.1:9/api/list']);
  });
});
