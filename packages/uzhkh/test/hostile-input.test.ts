import { ConfigError, RequestValidationError } from '@x/core';
import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { refusedBeforeSending } from '@x/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Real HTTP (loopback), so what the emulator logs is what went over the wire.
const TOKEN = 'hostile-input-token-2718';
let emulator: UzhkhEmulator;
let server: { url: string; close(): Promise<void> };
let client: UzhkhClient;
let base: string;

beforeAll(async () => {
  emulator = new UzhkhEmulator({ token: TOKEN });
  server = await emulator.serve();
  base = `${server.url}/api/customer-42/`;
  client = new UzhkhClient({ baseUrl: base, token: TOKEN, allowHttp: true, retry: false });
});
afterAll(() => server.close());

const handle = (patch: Record<string, unknown>) => ({
  id: 'r-1',
  isApprove: true,
  isReject: false,
  isSendNotification: true,
  ...patch,
});

type Call = (c: UzhkhClient) => Promise<unknown>;
const invalid: Array<[string, Call, string]> = [
  ['acknowledge without a guid', (c) => c.feed.acknowledge({} as never), 'guid'],
  ['acknowledge with an empty guid', (c) => c.feed.acknowledge({ guid: '' }), 'guid'],
  ['acknowledge with a numeric guid', (c) => c.feed.acknowledge({ guid: 5 } as never), 'guid'],
  ['acknowledge with an empty objectId', (c) => c.feed.acknowledge({ guid: 'g', objectId: '' }), 'objectId'],
  ['a queue read with an input', (c) => c.feed.requests('all' as never), ''],
  ['page 0', (c) => c.download.accountsPage({ page: 0 }), 'page'],
  ['a negative page', (c) => c.download.flatsPage({ page: -1 }), 'page'],
  ['a fractional page', (c) => c.download.paymentsPage({ page: 1.5 }), 'page'],
  ['page NaN', (c) => c.download.countersPage({ page: Number.NaN }), 'page'],
  ['page Infinity', (c) => c.download.requestsPage({ page: Number.POSITIVE_INFINITY }), 'page'],
  ['page as a string', (c) => c.download.docsPage({ page: '2' } as never), 'page'],
  ['SetId with an empty uzhkId', (c) => c.setId('', 'MTR-1', 'counter'), 'uzhkId'],
  ['SetId with an empty externalId', (c) => c.setId('--1', '', 'counter'), 'externalId'],
  ['SetId with an empty type', (c) => c.setId('--1', 'MTR-1', '' as never), 'type'],
  [
    'SetId with a numeric externalId',
    (c) => c.ids.setId({ uzhkId: '--1', externalId: 7, type: 'counter' } as never),
    'externalId',
  ],
  [
    'Handle* with an empty id',
    (c) => c.registrations.handleRequestToRegister(handle({ id: '' }) as never),
    'id',
  ],
  [
    'Handle* with isApprove as a string',
    (c) => c.registrations.handleRequestToRegister(handle({ isApprove: 'yes' }) as never),
    'isApprove',
  ],
  [
    'Handle* without isSendNotification',
    (c) => c.registrations.handleRequestToRegister(handle({ isSendNotification: undefined }) as never),
    'isSendNotification',
  ],
  [
    'Handle* with a numeric cause',
    (c) => c.registrations.handleRequestToRegister(handle({ cause: 5 }) as never),
    'cause',
  ],
  [
    'call() of a known wire with a missing field',
    (c) => c.call('SetId', { uzhkId: '--1', type: 'counter' }),
    'externalId',
  ],
  ['a non-object input', (c) => c.ids.setId('--1' as never), ''],
];

refusedBeforeSending(invalid, () => ({ client, emulator }));

describe('injection attempts are neutralised', () => {
  const hostile = [
    '../../To1c/Delete',
    '--1&type=resident',
    '--1?guid=x',
    '--1#frag',
    '--1\r\nX-Injected: 1',
    '%2e%2e%2fTo1c%2fDelete',
    'счёт/1 2;3',
    '__proto__',
  ];
  it.each(hostile)(
    'SetId with uzhkId and externalId %j: one query value each, path unchanged',
    async (value) => {
      const before = emulator.requests.length;
      const result = await client.setId(value, value, 'counter');
      expect(result.outcome).toBe('notFound');
      const seen = emulator.requests.slice(before);
      expect(seen).toHaveLength(1);
      expect(seen[0]!.operation).toBe('SetId');
      expect(seen[0]!.path).toBe('/api/customer-42/SetId');
      expect(seen[0]!.query).toEqual({ uzhkId: value, externalId: value, type: 'counter' });
    },
  );

  it.each(hostile)(
    'an acknowledgement of guid %j removes nothing else and sends no objectId',
    async (guid) => {
      emulator.upsertAccount({ Id: 'acc-keep' });
      const queued = emulator.state.queue.length;
      const before = emulator.requests.length;
      await client.feed.acknowledge({ guid });
      const seen = emulator.requests.slice(before);
      expect(seen.map((s) => [s.operation, s.query])).toEqual([['To1c/Delete', { guid }]]);
      expect(emulator.state.queue.length).toBe(queued);
    },
  );

  it('a download page is sent as page=N only', async () => {
    const before = emulator.requests.length;
    await client.download.accountsPage({ page: 3 });
    expect(emulator.requests.slice(before).map((s) => [s.operation, s.query])).toEqual([
      ['Synchronization/DownloadAccounts', { page: '3' }],
    ]);
  });

  it('CR/LF in a per-call or client header value is refused before sending', async () => {
    const before = emulator.requests.length;
    const error = await client.feed
      .requests(undefined, { headers: { 'x-trace': 'a\r\nX-Injected: 1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]!.path).toBe('headers.x-trace');
    expect(
      () => new UzhkhClient({ baseUrl: 'https://u.example/', token: 't', headers: { 'x-a': 'b\nc' } }),
    ).toThrow(RequestValidationError);
    expect(emulator.requests.length).toBe(before);
  });

  it('CR/LF in the token is refused and nothing is sent', async () => {
    const c = new UzhkhClient({ baseUrl: base, token: 'tok\r\nX-Injected: 1', allowHttp: true });
    const before = emulator.requests.length;
    const error = await c.setId('--1', 'MTR-1', 'counter').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).not.toContain('tok');
    expect(emulator.requests.length).toBe(before);
  });

  it.each([
    '../../admin',
    'SetId?uzhkId=--1&externalId=x&type=counter',
    'To1c/Delete#x',
    'http://evil.example/x',
    '//evil.example/x',
  ])('call() with the wire path %j is refused before sending', async (wire) => {
    const before = emulator.requests.length;
    const error = await client.call(wire).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((i) => i.path)).toContain('wire');
    expect(emulator.requests.length).toBe(before);
  });
});

describe('base URLs', () => {
  it('plain http is refused unless allowHttp is set', () => {
    expect(() => new UzhkhClient({ baseUrl: 'http://u.example/', token: 't' })).toThrow(ConfigError);
    expect(
      () => new UzhkhClient({ baseUrl: 'http://u.example/', token: 't', allowHttp: true }),
    ).not.toThrow();
    expect(() => new UzhkhClient({ baseUrl: 'https://u.example/', token: 't' })).not.toThrow();
  });

  it('other schemes, relative URLs and URLs with credentials are refused', () => {
    for (const baseUrl of ['ftp://u.example/', 'file:///etc/', 'u.example/api', 'https://u:p@u.example/']) {
      expect(() => new UzhkhClient({ baseUrl, token: 't', allowHttp: true })).toThrow(ConfigError);
    }
  });
});
