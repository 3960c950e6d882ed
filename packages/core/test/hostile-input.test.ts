import { ConfigError, RequestValidationError, Transport } from '@x/core';
import { type FaultyServer, serveFaulty } from '@x/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: FaultyServer;
const seen: URL[] = [];
beforeAll(async () => {
  server = await serveFaulty(async (req) => {
    seen.push(new URL(req.url));
    return Response.json({ ok: true });
  });
});
afterAll(() => server.close());

const transport = () => new Transport({ baseUrl: `${server.url}/base/`, allowHttp: true, retry: false });
const request = (query: Record<string, string>, headers?: Record<string, string>) =>
  transport().request({
    operation: 'read',
    idempotent: true,
    method: 'GET',
    path: 'items',
    query,
    headers,
    decode: (raw) => JSON.parse(raw.text()) as unknown,
  });

describe('query values cannot change the path or add parameters', () => {
  it.each([
    '../../admin',
    'a?b=c',
    'a#frag',
    'a&admin=1',
    'a=b',
    'line\r\nX-Injected: 1',
    '%2e%2e%2f',
    'пробел и /',
    '\u0000nul',
  ])('%j', async (value) => {
    seen.length = 0;
    await request({ q: value });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.pathname).toBe('/base/items');
    expect([...seen[0]!.searchParams.keys()]).toEqual(['q']);
    expect(seen[0]!.searchParams.get('q')).toBe(value);
    expect(seen[0]!.hash).toBe('');
  });

  it('a hostile key is encoded too', async () => {
    seen.length = 0;
    await request({ 'a&b=c#': '1' });
    expect([...seen[0]!.searchParams.entries()]).toEqual([['a&b=c#', '1']]);
  });
});

describe('header injection', () => {
  it.each([
    ['CR/LF in a value', { 'x-a': 'v\r\nX-Injected: 1' }],
    ['LF in a value', { 'x-a': 'v\nX-Injected: 1' }],
    ['NUL in a value', { 'x-a': 'v\u0000' }],
    ['CR/LF in a name', { 'x-a\r\nX-Injected': '1' }],
  ])('%s is refused before sending', async (_name, headers) => {
    const before = server.received;
    await expect(request({}, headers)).rejects.toBeInstanceOf(RequestValidationError);
    expect(server.received).toBe(before);
  });
});

describe('base URL', () => {
  it('http only with allowHttp; no other scheme; no credentials; query and hash dropped', () => {
    expect(() => new Transport({ baseUrl: 'http://h/' })).toThrow(ConfigError);
    expect(new Transport({ baseUrl: 'http://h/', allowHttp: true }).baseUrl.href).toBe('http://h/');
    expect(() => new Transport({ baseUrl: 'javascript:alert(1)', allowHttp: true })).toThrow(ConfigError);
    expect(() => new Transport({ baseUrl: 'https://u:p@h/' })).toThrow(ConfigError);
    expect(new Transport({ baseUrl: 'https://h/p/?token=x#y' }).baseUrl.href).toBe('https://h/p/');
  });
});
