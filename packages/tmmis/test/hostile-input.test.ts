import { ConfigError, RequestValidationError } from '@x/core';
import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { refusedBeforeSending } from '@x/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK } from './harness.js';

// Real HTTP (loopback), so what the emulator logs is what went over the wire.
let emulator: TmmisEmulator;
let server: { url: string; close(): Promise<void> };
let client: TmmisClient;
let invoiceGuid: string;

beforeAll(async () => {
  emulator = new TmmisEmulator();
  emulator.seed({ cashDesks: [{ Guid: DESK, Name: 'Касса' }] });
  invoiceGuid = emulator.addInvoice(generateInvoice({ lines: 1 })).invoiceGuid;
  server = await emulator.serve();
  client = new TmmisClient({
    baseUrl: `${server.url}/mis/`,
    ogrn: DEMO_OGRN,
    oid: DEMO_OID,
    allowHttp: true,
    retry: false,
  });
});
afterAll(() => server.close());

const pay = (patch: Record<string, unknown>) => ({
  invoiceGuid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  checkNum: '1',
  BillDate: '2026-01-01T10:00:00',
  cashdeskGuid: DESK,
  Type: 1,
  Payments: [{ paySum: 10, PaymentType: 1 }],
  ...patch,
});

type Call = (c: TmmisClient) => Promise<unknown>;
const invalid: Array<[string, Call, string]> = [
  ['byNumber without number or GUID', (c) => c.invoices.byNumber({}), 'number'],
  ['byNumber with a GUID that is not one', (c) => c.invoices.byNumber({ invoiceGuid: 'x' }), 'invoiceGuid'],
  ['byNumber with an empty number', (c) => c.invoices.byNumber({ number: '' }), 'number'],
  ['byPayer FIO without Birthday', (c) => c.invoices.byPayer({ FIO: 'Иванов Иван' }), 'Birthday'],
  [
    'byPayer FIO over 50 chars',
    (c) => c.invoices.byPayer({ FIO: 'Я'.repeat(51), Birthday: '1990-01-01' }),
    'FIO',
  ],
  [
    'byPayer with an impossible date',
    (c) => c.invoices.byPayer({ FIO: 'И', Birthday: '1990-02-30' }),
    'Birthday',
  ],
  [
    'byNumber with a bad OGRN check digit',
    (c) => c.invoices.byNumber({ number: '1', OGRN: '1027700132196' }),
    'OGRN',
  ],
  [
    'byNumber with an OID over 50 chars',
    (c) => c.invoices.byNumber({ number: '1', OID: '1'.repeat(51) }),
    'OID',
  ],
  ['receive with a bad GUID', (c) => c.invoices.receive({ invoiceGuid: '../x' }), 'invoiceGuid'],
  ['pay without payments', (c) => c.invoices.pay(pay({ Payments: [] }) as never), 'Payments'],
  [
    'pay with a negative amount',
    (c) => c.invoices.pay(pay({ Payments: [{ paySum: -1, PaymentType: 1 }] }) as never),
    'Payments.0.paySum',
  ],
  [
    'pay with three decimals',
    (c) => c.invoices.pay(pay({ Payments: [{ paySum: 1.005, PaymentType: 1 }] }) as never),
    'Payments.0.paySum',
  ],
  [
    'pay with NaN',
    (c) => c.invoices.pay(pay({ Payments: [{ paySum: Number.NaN, PaymentType: 1 }] }) as never),
    'Payments.0.paySum',
  ],
  [
    'pay with an unknown payment type',
    (c) => c.invoices.pay(pay({ Payments: [{ paySum: 1, PaymentType: 2 }] }) as never),
    'Payments.0.PaymentType',
  ],
  ['pay with an unknown document type', (c) => c.invoices.pay(pay({ Type: 2 }) as never), 'Type'],
  ['refund without its parent', (c) => c.invoices.pay(pay({ Type: 3 }) as never), 'ParentInvoiceGuid'],
  ['pay with an empty receipt number', (c) => c.invoices.pay(pay({ checkNum: '' }) as never), 'checkNum'],
  [
    'pay with a receipt number over 250 chars',
    (c) => c.invoices.pay(pay({ checkNum: 'x'.repeat(251) }) as never),
    'checkNum',
  ],
  ['pay with an unreadable date', (c) => c.invoices.pay(pay({ BillDate: 'yesterday' }) as never), 'BillDate'],
  [
    'pay with a cash desk that is not a GUID',
    (c) => c.invoices.pay(pay({ cashdeskGuid: 'desk?1' }) as never),
    'cashdeskGuid',
  ],
  ['cash desk without a name', (c) => c.cashDesks.register({ Guid: DESK } as never), 'Name'],
  ['a non-object input', (c) => c.invoices.pay('pay me' as never), ''],
];

refusedBeforeSending(invalid, () => ({ client, emulator }));

describe('injection attempts are neutralised', () => {
  const hostile = [
    '../../admin',
    'A-1?OGRN=1&x=y',
    'A-1#frag',
    'A-1&invoiceGuid=3f2504e0-4f89-11d3-9a0c-0305e82c3301',
    'A-1\r\nX-Injected: 1',
    '%2e%2e%2fPay',
    'СЧ/1 2;3',
  ];
  it.each(hostile)('invoice number %j is sent as one encoded query value, path unchanged', async (number) => {
    const before = emulator.requests.length;
    const list = await client.invoices.byNumber({ number });
    expect(list.invoices).toEqual([]);
    const seen = emulator.requests.slice(before);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.operation).toBe('ByNumber');
    expect(seen[0]!.path).toBe('/mis/api/paidServices/IntegrationInvoice/ByNumber');
    expect(seen[0]!.query).toEqual({ OGRN: DEMO_OGRN, OID: DEMO_OID, number });
    expect(seen[0]!.headers['x-injected']).toBeUndefined();
  });

  it('CR/LF in a per-call or client header value is refused before sending', async () => {
    const before = emulator.requests.length;
    const error = await client.invoices
      .byNumber({ number: '1' }, { headers: { 'x-trace': 'a\r\nX-Injected: 1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]!.path).toBe('headers.x-trace');
    expect(() => new TmmisClient({ baseUrl: 'https://mis.example/', headers: { 'x-a': 'b\nc' } })).toThrow(
      RequestValidationError,
    );
    expect(emulator.requests.length).toBe(before);
  });

  it('CR/LF in a bearer token is refused and nothing is sent', async () => {
    const c = new TmmisClient({
      baseUrl: `${server.url}/mis/`,
      ogrn: DEMO_OGRN,
      oid: DEMO_OID,
      allowHttp: true,
      auth: { bearer: 'tok\r\nX-Injected: 1' },
    });
    const before = emulator.requests.length;
    const error = await c.invoices
      .pay(pay({ invoiceGuid, Payments: [{ paySum: 1, PaymentType: 1 }] }) as never)
      .catch((e: unknown) => e);
    // core's bearerAuth refuses it as a configuration error, before any byte is sent.
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).not.toContain('tok');
    expect(emulator.requests.length).toBe(before);
  });
});

describe('base URLs', () => {
  it('plain http is refused unless allowHttp is set', () => {
    expect(() => new TmmisClient({ baseUrl: 'http://mis.example/' })).toThrow(ConfigError);
    expect(() => new TmmisClient({ baseUrl: 'http://mis.example/', allowHttp: true })).not.toThrow();
    expect(() => new TmmisClient({ baseUrl: 'https://mis.example/' })).not.toThrow();
  });

  it('other schemes, relative URLs and URLs with credentials are refused', () => {
    for (const baseUrl of [
      'ftp://mis.example/',
      'file:///etc/',
      'mis.example/api',
      'https://u:p@mis.example/',
    ]) {
      expect(() => new TmmisClient({ baseUrl, allowHttp: true })).toThrow(ConfigError);
    }
  });
});
