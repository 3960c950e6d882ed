// The clients' main entries export what users call, not the wire steps inside the client
// (issue 14: a clear public/internal line). Tests reach those through relative imports.
import * as agbis from '@x/agbis';
import * as partnerapi from '@x/partnerapi';
import * as tmmis from '@x/tmmis';
import * as uzhkh from '@x/uzhkh';
import { describe, expect, it } from 'vitest';

describe('clients export no wire internals', () => {
  it.each([
    [
      '@x/agbis',
      agbis,
      [
        'encodeCommand',
        'encodeWireValue',
        'decodeWireValue',
        'errorFromAnswer',
        'parseVendorJson',
        'decodeAnswerStrings',
        'ERROR_TEXTS',
      ],
    ],
    [
      '@x/tmmis',
      tmmis,
      ['foldKey', 'normaliseInvoice', 'INVOICE_ALIASES', 'SERVICE_ALIASES', 'CLINIC_ALIASES'],
    ],
    ['@x/partnerapi', partnerapi, ['escapeXml', 'unescapeXml', 'encodeOperands', 'shapeResult']],
  ] as const)('%s', (_name, mod, internal) => {
    expect(Object.keys(mod).filter((k) => (internal as readonly string[]).includes(k))).toEqual([]);
  });

  it('keeps what users call to inspect or decode answers themselves', () => {
    expect(typeof tmmis.readInvoiceList).toBe('function');
    expect(typeof partnerapi.buildEnvelope).toBe('function');
    expect(typeof partnerapi.decodeEnvelope).toBe('function');
  });
});

describe('every client keeps its transport private', () => {
  it('sends only through its methods and call()', () => {
    const clients = [
      new tmmis.TmmisClient({
        baseUrl: 'http://127.0.0.1:9/',
        ogrn: '1027700132195',
        oid: '1',
        allowHttp: true,
      }),
      new uzhkh.UzhkhClient({ baseUrl: 'http://127.0.0.1:9/', token: 't', allowHttp: true }),
      new agbis.AgbisClient({
        baseUrl: 'http://127.0.0.1:9/cl/x/api/',
        user: 'u',
        password: 'p',
        allowHttp: true,
      }),
      new partnerapi.PartnerApiClient({
        endpoint: 'http://127.0.0.1:9/',
        user: 'u',
        password: 'p',
        allowHttp: true,
      }),
    ] as const;
    // Checked by tsc (each element keeps its own class): a public transport would make these directives unused, which is an error.
    // @ts-expect-error private
    clients[0].transport;
    // @ts-expect-error private
    clients[1].transport;
    // @ts-expect-error private
    clients[2].transport;
    // @ts-expect-error private
    clients[3].transport;
    for (const c of clients) expect(typeof c.call).toBe('function');
  });
});
