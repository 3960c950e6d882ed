import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type LoopbackServer, serveLoopback } from '../src/testing/index.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// node:http, not fetch: a browser's Origin and preflight headers must reach the server as sent.
function raw(url: string, method: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serveLoopback CORS (browsers calling an emulator)', () => {
  let server: LoopbackServer | undefined;
  const seen: string[] = [];
  afterEach(async () => {
    await server?.close();
    seen.length = 0;
  });

  async function start(): Promise<LoopbackServer> {
    server = await serveLoopback((request) => {
      seen.push(request.method);
      return new Response('{"ok":true}', {
        headers: { 'content-type': 'application/json', 'retry-after': '1' },
      });
    });
    return server;
  }

  it('answers a preflight with 204 allowing Authorization, Content-Type and SOAPAction, without calling the handler', async () => {
    const { url } = await start();
    const res = await raw(`${url}/api`, 'OPTIONS', {
      Origin: 'http://127.0.0.1:9999',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type, soapaction, x-custom',
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const allowed = String(res.headers['access-control-allow-headers']).toLowerCase();
    for (const h of ['authorization', 'content-type', 'soapaction', 'x-custom']) expect(allowed).toContain(h);
    expect(String(res.headers['access-control-allow-methods'])).toContain('POST');
    expect(seen).toEqual([]);
    expect(server?.requests).toBe(0);
  });

  it('adds Allow-Origin and exposes headers on answers to requests with an Origin', async () => {
    const { url } = await start();
    const res = await raw(`${url}/api`, 'GET', { Origin: 'http://127.0.0.1:9999' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-expose-headers']).toBe('*');
    expect(res.headers['retry-after']).toBe('1');
    expect(JSON.parse(res.body)).toEqual({ ok: true });
  });

  it('leaves server-side callers (no Origin) and plain OPTIONS requests to the handler unchanged', async () => {
    const { url } = await start();
    const res = await raw(`${url}/api`, 'GET', {});
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const options = await raw(`${url}/api`, 'OPTIONS', {});
    expect(options.status).toBe(200);
    expect(seen).toEqual(['GET', 'OPTIONS']);
  });
});
