// The clients' main entries export what users call, not the wire steps inside the client
// (issue 14: a clear public/internal line). Tests reach those through relative imports.
import * as agbis from '@x/agbis';
import * as partnerapi from '@x/partnerapi';
import * as tmmis from '@x/tmmis';
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
