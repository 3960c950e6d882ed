import {
  AbortError,
  ConfigError,
  RequestValidationError,
  ResponseError,
  Transport,
  headerAuth,
  queryAuth,
} from '@x/core';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '@x/test-kit';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe('Transport', () => {
  it('refuses plain http unless allowed, and URLs with credentials', () => {
    expect(() => new Transport({ baseUrl: 'http://vendor.example/api' })).toThrow(ConfigError);
    expect(() => new Transport({ baseUrl: 'https://u:p@vendor.example/' })).toThrow(ConfigError);
    expect(() => new Transport({ baseUrl: 'not a url' })).toThrow(ConfigError);
    expect(() => new Transport({ baseUrl: 'http://127.0.0.1:1/', allowHttp: true })).not.toThrow();
  });

  it('rejects CR/LF in header values before sending', async () => {
    const server = await startServer(() => new Response('ok'));
    closers.push(server.close);
    const t = new Transport({ baseUrl: server.url, allowHttp: true });
    await expect(
      t.request(
        { operation: 'x', idempotent: true, method: 'GET', path: '', decode: () => 1 },
        { headers: { 'x-note': 'a\r\nInjected: yes' } },
      ),
    ).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.count()).toBe(0);
  });

  it('keeps the base path, adds encoded query values and custom/query auth', async () => {
    const server = await startServer((req) =>
      Response.json({ url: req.url, key: req.headers.get('x-api-key'), ua: req.headers.get('user-agent') }),
    );
    closers.push(server.close);
    const t = new Transport({
      baseUrl: `${server.url}/cl/shop/api`,
      allowHttp: true,
      auth: headerAuth('X-Api-Key', 'k-123456'),
    });
    const out = await t.request({
      operation: 'x',
      idempotent: true,
      method: 'GET',
      path: '?Cmd=%7B%7D',
      query: { phone: '+7 900', n: 1, skip: undefined },
      decode: (raw) => JSON.parse(raw.text()),
    });
    expect(out.url).toBe(`${server.url}/cl/shop/api/?Cmd=%7B%7D&phone=%2B7%20900&n=1`);
    expect(out.key).toBe('k-123456');
    expect(out.ua).toMatch(/^x-sdk\//);
    const q = new Transport({ baseUrl: server.url, allowHttp: true, auth: queryAuth('apikey', 'qk-987654') });
    const out2 = await q.request({
      operation: 'x',
      idempotent: true,
      method: 'GET',
      path: 'a',
      decode: (r) => JSON.parse(r.text()),
    });
    expect(new URL(out2.url).searchParams.get('apikey')).toBe('qk-987654');
  });

  it('stops reading a body larger than maxResponseBytes with a ResponseError', async () => {
    const server = await startServer(
      () =>
        new Response(
          new ReadableStream({
            start(c) {
              for (let i = 0; i < 64; i++) c.enqueue(new Uint8Array(64 * 1024));
              c.close();
            },
          }),
        ),
    );
    closers.push(server.close);
    const t = new Transport({ baseUrl: server.url, allowHttp: true, maxResponseBytes: 1024 * 1024 });
    const e = await t
      .request({ operation: 'big', idempotent: true, method: 'GET', path: '', decode: (r) => r.bytes.length })
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ResponseError);
    expect((e as Error).message).toMatch(/larger than the 1048576-byte limit/);
  });

  it('turns invalid UTF-8 into a ResponseError, and undecodable JSON too', async () => {
    const server = await startServer((req) =>
      new URL(req.url).pathname === '/bad-utf8'
        ? new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))
        : new Response('{"truncated": ', { headers: { 'content-type': 'application/json' } }),
    );
    closers.push(server.close);
    const t = new Transport({ baseUrl: server.url, allowHttp: true, retry: false });
    const decode = (r: { text(): string }) => JSON.parse(r.text());
    await expect(
      t.request({ operation: 'x', idempotent: true, method: 'GET', path: 'bad-utf8', decode }),
    ).rejects.toBeInstanceOf(ResponseError);
    await expect(
      t.request({ operation: 'x', idempotent: true, method: 'GET', path: 'trunc', decode }),
    ).rejects.toBeInstanceOf(ResponseError);
  });

  it('cancels an in-flight request when the caller aborts', async () => {
    const c = new AbortController();
    const server = await startServer(async () => {
      // Abort once the request is in the server's hands, whatever the machine's load.
      setTimeout(() => c.abort(), 10);
      await new Promise((r) => setTimeout(r, 2000));
      return new Response('late');
    });
    closers.push(server.close);
    const t = new Transport({ baseUrl: server.url, allowHttp: true });
    const started = Date.now();
    await expect(
      t.request(
        { operation: 'x', idempotent: true, method: 'GET', path: '', decode: () => 1 },
        { signal: c.signal },
      ),
    ).rejects.toBeInstanceOf(AbortError);
    expect(Date.now() - started).toBeLessThan(1900);
    expect(server.count()).toBe(1);
  });

  it('hands status and headers to onResponse for callers who want them', async () => {
    const server = await startServer(
      () => new Response('%PDF-1.4', { headers: { 'content-type': 'application/pdf', 'x-id': '7' } }),
    );
    closers.push(server.close);
    const t = new Transport({ baseUrl: server.url, allowHttp: true });
    let seen: { status: number; id: string | null } | undefined;
    const bytes = await t.request(
      {
        operation: 'receipt',
        idempotent: true,
        method: 'GET',
        path: '',
        decode: (r) => ({ type: r.contentType, bytes: r.bytes }),
      },
      { onResponse: (info) => (seen = { status: info.status, id: info.headers.get('x-id') }) },
    );
    expect(bytes.type).toBe('application/pdf');
    expect(new TextDecoder().decode(bytes.bytes)).toBe('%PDF-1.4');
    expect(seen).toEqual({ status: 200, id: '7' });
  });
});

describe('Transport.url', () => {
  const t = new Transport({ baseUrl: 'https://vendor.example/cl/shop/api/' });
  it('keeps paths under the base URL', () => {
    expect(t.url('?Login=%7B%7D').href).toBe('https://vendor.example/cl/shop/api/?Login=%7B%7D');
    expect(t.url('/To1c/Requests').href).toBe('https://vendor.example/cl/shop/api/To1c/Requests');
  });
  it.each(['../../admin', 'https://evil.example/x', '%2e%2e/%2e%2e/x', 'a/../../x'])(
    'refuses %s, which would leave it',
    (path) => {
      expect(() => t.url(path)).toThrow(RequestValidationError);
    },
  );
  it('keeps a protocol-relative path under the base (leading slashes are dropped)', () => {
    expect(t.url('//evil.example/x').href).toBe('https://vendor.example/cl/shop/api/evil.example/x');
  });
});
