// Issue 8, hostile and bad requests: refused before sending with a RequestValidationError naming the
// field; XML and header injection neutralised (asserted on what the emulator received); unsafe
// endpoints refused. Real HTTP (loopback), so what the emulator saw is what went over the wire.
import { ConfigError, RequestValidationError, SdkError } from '@x/core';
import { PartnerApiClient, operationsByWire } from '@x/partnerapi';
import { DEFAULT_IDS as I, PartnerApiEmulator } from '@x/partnerapi/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulator: PartnerApiEmulator;
let server: { baseUrl: string; close(): Promise<void> };
let api: PartnerApiClient;

beforeAll(async () => {
  emulator = new PartnerApiEmulator();
  server = await emulator.serve();
  api = new PartnerApiClient({
    endpoint: server.baseUrl,
    user: 'partner',
    password: 'secret',
    allowHttp: true,
    retry: false,
  });
});
afterAll(() => server.close());

type Call = (c: PartnerApiClient) => Promise<unknown>;
const G = '11111111-1111-4111-8111-111111111111';
/** account_access_email_notify with valid operands but the SMTP port under test. */
const emailNotify = (c: PartnerApiClient, smtp_port: number) =>
  c.accountAccess.emailNotify({
    client_user_id: G,
    sender_email_address: 'a@b.c',
    email_login: 'a',
    email_password: 'p',
    smtp_server: 's',
    smtp_port,
    ssl_encryption: true,
  });
const invalid: Array<[string, Call, string]> = [
  [
    'client_add with a 51-character name',
    (c) => c.client.add({ client_name: 'Я'.repeat(51), region_id: I.moscow }),
    'client_name',
  ],
  ['client_add without region', (c) => c.client.add({ client_name: 'X' } as never), 'region_id'],
  [
    'client_add with a blank region',
    (c) => c.client.add({ client_name: 'X', region_id: '   ' }),
    'region_id',
  ],
  [
    'client_add with a 13-digit INN',
    (c) => c.client.add({ client_name: 'X', region_id: I.moscow, client_inn: '7'.repeat(13) }),
    'client_inn',
  ],
  [
    'client_add with a typo operand',
    (c) => c.client.add({ client_name: 'X', region_id: I.moscow, clent_inn: '1' } as never),
    'clent_inn',
  ],
  [
    'client_add with a number for the name',
    (c) => c.client.add({ client_name: 42, region_id: I.moscow } as never),
    'client_name',
  ],
  [
    'client_add with a NUL in the name',
    (c) => c.client.add({ client_name: 'A\u0000B', region_id: I.moscow }),
    'client_name',
  ],
  [
    'client_add with a lone surrogate',
    (c) => c.client.add({ client_name: 'A\uD800B', region_id: I.moscow }),
    'client_name',
  ],
  [
    'client_add_its with a registration number below 500000',
    (c) =>
      c.client.addIts({
        client_name: 'X',
        region_id: I.moscow,
        client_reg_num: '600',
        pay_method_type_id: 4,
      }),
    'client_reg_num',
  ],
  [
    'client_add_its with pay method 5',
    (c) =>
      c.client.addIts({
        client_name: 'X',
        region_id: I.moscow,
        client_reg_num: '800123456',
        pay_method_type_id: 5,
      }),
    'pay_method_type_id',
  ],
  [
    'client_add_its with pay method 1.5',
    (c) =>
      c.client.addIts({
        client_name: 'X',
        region_id: I.moscow,
        client_reg_num: '800123456',
        pay_method_type_id: 1.5,
      }),
    'pay_method_type_id',
  ],
  [
    'client_add_its with pay method NaN',
    (c) =>
      c.client.addIts({
        client_name: 'X',
        region_id: I.moscow,
        client_reg_num: '800123456',
        pay_method_type_id: Number.NaN,
      }),
    'pay_method_type_id',
  ],
  [
    'service_add without agent',
    (c) => c.service.add({ client_id: G, service_partner_id: G, service_type_id: G } as never),
    'agent_user_id',
  ],
  [
    'service_add with an impossible date',
    (c) =>
      c.service.add({
        client_id: G,
        service_partner_id: G,
        service_type_id: G,
        agent_user_id: G,
        service_start_date: '2026-02-30',
      }),
    'service_start_date',
  ],
  [
    'statistics_read with text for a date',
    (c) => c.statistics.read({ start_time: 'yesterday', end_time: '2026-01-01T00:00:00' }),
    'start_time',
  ],
  [
    'remote access statistics from a year ago',
    (c) => c.statistics.remoteAccessRead({ start_time: '2020-01-01T00:00:00' }),
    'start_time',
  ],
  ['email notify with a port given as text', (c) => emailNotify(c, '465' as never), 'smtp_port'],
  ['email notify with a port beyond int32', (c) => emailNotify(c, 2 ** 40), 'smtp_port'],
  ['region_read with a number for the id', (c) => c.region.read({ region_id: 42 } as never), 'region_id'],
  ['the escape hatch with an unknown operand', (c) => c.call('region_read', { region: 'x' }), 'region'],
];

describe('invalid inputs are refused before anything is sent', () => {
  it.each(invalid)('%s', async (_name, call, field) => {
    const before = emulator.requests.length;
    const error = await call(api).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
    const e = error as RequestValidationError;
    expect(JSON.stringify(e.toJSON())).toContain(field);
    expect(emulator.requests.length).toBe(before);
  });

  it.each([null, 'x', 42, []])('a non-object input (%s) is refused', async (input) => {
    const error = await api.client.add(input as never).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RequestValidationError);
  });
});

describe('XML injection through operand values is neutralised', () => {
  const payloads = [
    '</par:client_name><par:region_id>evil</par:region_id><par:client_name>',
    ']]><![CDATA[x',
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
    '&amp;&lt;&#65;&#x0;"\'',
    '<?xml version="1.0"?>',
    '</soap:Body></soap:Envelope>',
  ];
  it.each(payloads)('%s arrives as the text of one operand', async (payload) => {
    const name = payload.slice(0, 50);
    const [row] = await api.client.add({ client_name: name, region_id: I.moscow });
    const seen = emulator.last('client_add')!;
    const documented = operationsByWire()
      .get('client_add')!
      .op.meta.params.map((p) => p.name);
    expect(seen.operands.map(([n]) => n)).toEqual(documented);
    expect(Object.fromEntries(seen.operands).client_name!.text).toBe(name);
    expect(Object.fromEntries(seen.operands).region_id!.text).toBe(I.moscow);
    expect(row!.client_name).toBe(name);
    expect(row!.region_id).toBe(I.moscow);
  });
});

describe('headers and endpoints', () => {
  const base = { user: 'partner', password: 'secret', allowHttp: true as const, retry: false as const };
  it.each([
    ['a namespace with CR/LF', { namespace: 'urn:x\r\nX-Evil: 1' }],
    ['a service name with CR/LF', { service: 'PartnerAPI\r\nX-Evil: 1' }],
    ['a custom header with CR/LF', { headers: { 'x-trace': 'a\r\nX-Evil: 1' } }],
  ])('%s is refused before sending', async (_n, extra) => {
    const before = emulator.requests.length;
    const error = await (async () =>
      new PartnerApiClient({ ...base, endpoint: server.baseUrl, ...extra }).region.read())().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SdkError);
    expect(emulator.requests.length).toBe(before);
  });

  it.each([
    ['plain http without allowHttp', 'http://cus.example.test/cus/ws/PartnerAPI', false],
    ['credentials in the URL', 'https://u:p@cus.example.test/cus/ws/PartnerAPI', true],
    ['another scheme', 'ftp://cus.example.test/cus/ws/PartnerAPI', true],
    ['a malformed percent escape in the path', 'https://cus.example.test/cus/ws/Partner%E0%A4%A', true],
    ['not a URL', 'cus.example.test', true],
  ])('an endpoint with %s is refused with a ConfigError', (_n, endpoint, allowHttp) => {
    expect(() => new PartnerApiClient({ ...base, allowHttp, endpoint })).toThrow(ConfigError);
  });

  it('?wsdl and a fragment in the endpoint are dropped, the path is kept', async () => {
    const c = new PartnerApiClient({ ...base, endpoint: `${server.baseUrl}?wsdl#x` });
    await c.region.read();
    expect(emulator.last()?.operation).toBe('region_read');
  });
});
