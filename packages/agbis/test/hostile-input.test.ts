import { ConfigError, RequestValidationError, SdkError } from '@x/core';
import { AgbisClient } from '@x/agbis';
import { type AgbisEmulatorServer, startAgbisEmulator } from '@x/agbis/testing';
import { refusedBeforeSending } from '@x/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Real HTTP (loopback), so what the emulator logs is what went over the wire.
let running: AgbisEmulatorServer;
let client: AgbisClient;
let dorId: string;

beforeAll(async () => {
  running = await startAgbisEmulator({
    seed: { clients: [{ contr_id: '10013', name: 'Тест', teleph_cell: '+79990009900' }] },
  });
  client = new AgbisClient({
    baseUrl: running.baseUrl,
    allowHttp: true,
    user: 'api',
    password: 'secret',
    retry: false,
  });
  ({ dor_id: dorId } = await client.orders.save({
    Order: { contr_id: 10013, sclad_id: 1, sclad_out_id: 1 },
    Services: [{ tovar_id: 10018, count: 1 }],
  }));
});
afterAll(() => running.close());

type Call = (c: AgbisClient) => Promise<unknown>;
const invalid: Array<[string, Call, string]> = [
  ['pay without an order', (c) => c.payments.pay({ amount: 1 } as never), 'dor_id'],
  ['pay with an empty order id', (c) => c.payments.pay({ dor_id: '', amount: 1 }), 'dor_id'],
  ['pay with a fractional order id', (c) => c.payments.pay({ dor_id: 1.5, amount: 1 }), 'dor_id'],
  ['pay with a NaN order id', (c) => c.payments.pay({ dor_id: Number.NaN, amount: 1 }), 'dor_id'],
  ['pay with NaN', (c) => c.payments.pay({ dor_id: 1, amount: Number.NaN }), 'amount'],
  ['pay with Infinity', (c) => c.payments.pay({ dor_id: 1, amount: Number.POSITIVE_INFINITY }), 'amount'],
  ['pay with a negative amount', (c) => c.payments.pay({ dor_id: 1, amount: -5 }), 'amount'],
  ['pay with zero', (c) => c.payments.pay({ dor_id: 1, amount: 0 }), 'amount'],
  ['pay with words for an amount', (c) => c.payments.pay({ dor_id: 1, amount: 'пятьсот' }), 'amount'],
  [
    'pay with an unknown payment type',
    (c) => c.payments.pay({ dor_id: 1, amount: 1, type_doc: 'card' }),
    'type_doc',
  ],
  [
    'pay with a fractional payment type',
    (c) => c.payments.pay({ dor_id: 1, amount: 1, type_doc: 1.5 }),
    'type_doc',
  ],
  [
    'pay with a flag that is not one',
    (c) => c.payments.pay({ dor_id: 1, amount: 1, is_fiscal: 'yes' as never }),
    'is_fiscal',
  ],
  ['refund with a negative amount', (c) => c.payments.refund({ dor_id: 1, amount: -1 }), 'amount'],
  ['bonus with NaN', (c) => c.clients.addBonus({ contr_id: 10013, amount: Number.NaN }), 'amount'],
  ['client card without an id', (c) => c.clients.info({} as never), 'contr_id'],
  ['client without a name', (c) => c.clients.save({ fullname: 'x' } as never), 'name'],
  [
    'client with a phone without +',
    (c) => c.clients.save({ name: 'a', fullname: 'b', teleph_cell: '89990009900' }),
    'teleph_cell',
  ],
  [
    'client with an impossible birthday',
    (c) => c.clients.save({ name: 'a', fullname: 'b', birthday: '1990-02-30' }),
    'birthday',
  ],
  [
    'client with a discount in words',
    (c) => c.clients.save({ name: 'a', fullname: 'b', discount: 'десять' }),
    'discount',
  ],
  [
    'a range with an unreadable date',
    (c) => c.orders.between({ StartDate: 'yesterday', StopDate: '2026-01-01' }),
    'StartDate',
  ],
  ['a non-object input', (c) => c.payments.pay('pay me' as never), ''],
];

refusedBeforeSending(
  invalid,
  () => ({ client, emulator: running.emulator }),
  (c) => c.reference.orderLists(),
);

describe('valid inputs in every accepted form still pass', () => {
  it('amounts as numbers or decimal strings, ids as numbers or strings, codes as numbers or strings', async () => {
    const before = running.emulator.count('PayForAll');
    await client.payments.pay({ dor_id: dorId, amount: 10 });
    await client.payments.pay({ dor_id: Number(dorId), amount: '10.50', type_doc: '2' });
    await client.payments.pay({ dor_id: dorId, amount: '0,75', type_doc: 3, is_fiscal: true });
    expect(running.emulator.count('PayForAll') - before).toBe(3);
    expect(running.emulator.state.orders.get(dorId)!.payments.map((p) => p.amount)).toEqual([10, 10.5, 0.75]);
  });
});

describe('injection attempts are neutralised', () => {
  const hostile = [
    '"}&SessionID=stolen&x={"',
    '../../admin?Logout',
    '+7 999 000-99-00#frag',
    '%2B79990009900',
    'a\r\nX-Injected: 1',
    '\u0000null',
    'СЧ/1 2;3&PayForAll={"dor_id":"1"}',
  ];
  it.each(hostile)('GET value %j reaches the server as one JSON value, nothing else', async (value) => {
    const before = running.emulator.requests.length;
    const pays = running.emulator.count('PayForAll');
    const error = await client.clients.info({ contr_id: value }).catch((e: unknown) => e);
    // The emulator knows no such client: a vendor refusal, not a second command.
    expect(error).toBeInstanceOf(SdkError);
    const seen = running.emulator.requests.slice(before);
    expect(seen.map((r) => r.operation)).toEqual(['ContrInfoForAll']);
    const query = new URLSearchParams(seen[0]!.search);
    expect(JSON.parse(query.get('ContrInfoForAll')!)).toEqual({ contr_id: value });
    expect([...query.keys()]).toEqual(['ContrInfoForAll', 'SessionID']);
    expect(running.emulator.count('PayForAll')).toBe(pays);
    expect(running.emulator.count('Logout')).toBe(0);
  });

  it.each(hostile)('POST value %j reaches the server as one JSON value, nothing else', async (value) => {
    const before = running.emulator.requests.length;
    const saved = await client.clients.save({ name: value, fullname: value, address: value });
    const seen = running.emulator.requests.slice(before);
    expect(seen.map((r) => r.operation)).toEqual(['ContragForAll']);
    expect(seen[0]!.search).toBe('?ContragForAll');
    expect(seen[0]!.params).toMatchObject({ name: value, fullname: value, address: value });
    expect(running.emulator.state.clients.get(saved.contr_id)?.fullname).toBe(value);
  });

  it('CR/LF in a per-call or client header value is refused before sending', async () => {
    const before = running.emulator.requests.length;
    const error = await client.reference
      .orderLists({}, { headers: { 'x-trace': 'a\r\nX-Injected: 1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(
      () =>
        new AgbisClient({
          baseUrl: 'https://a.test/cl/x/api/',
          user: 'u',
          password: 'p',
          headers: { 'x-a': 'b\nc' },
        }),
    ).toThrow(RequestValidationError);
    expect(running.emulator.requests.length).toBe(before);
  });

  it('a hostile {Path} stays one path segment', () => {
    const c = new AgbisClient({ host: 'agbis.example', path: '../../admin?x=1#f', user: 'u', password: 'p' });
    expect(c).toBeInstanceOf(AgbisClient);
    // encodeURIComponent keeps it inside /cl/<path>/api/.
    expect(encodeURIComponent('../../admin?x=1#f')).not.toMatch(/[/?#]/);
  });
});

describe('base URLs and credentials', () => {
  it('plain http is refused unless allowHttp is set; other schemes and embedded credentials always', () => {
    const base = { user: 'u', password: 'p' };
    expect(() => new AgbisClient({ ...base, baseUrl: 'http://agbis.example/cl/x/api/' })).toThrow(
      ConfigError,
    );
    expect(() => new AgbisClient({ ...base, host: 'http://agbis.example', path: 'x' })).toThrow(ConfigError);
    expect(
      () => new AgbisClient({ ...base, baseUrl: 'http://agbis.example/cl/x/api/', allowHttp: true }),
    ).not.toThrow();
    for (const baseUrl of [
      'ftp://agbis.example/',
      'file:///etc/',
      'agbis.example/cl/x/api',
      'https://u:p@agbis.example/cl/x/api/',
    ]) {
      expect(() => new AgbisClient({ ...base, baseUrl, allowHttp: true })).toThrow(ConfigError);
    }
  });

  it('a passwordSha1 that is not 40 hex characters is refused without echoing it', () => {
    const error = (() => {
      try {
        new AgbisClient({
          baseUrl: 'https://a.test/cl/x/api/',
          user: 'u',
          passwordSha1: 'not-a-hash-Secret123',
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).not.toContain('Secret123');
  });
});
