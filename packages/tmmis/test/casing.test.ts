import { Invoice, readInvoiceList } from '@x/tmmis';
import { generateInvoice } from '@x/tmmis/testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { normaliseInvoice } from '../src/wire.js';
import { useHarness } from './harness.js';

const { server, fresh } = useHarness();

const common = {
  BillFlag: false,
  invoiceNumber: 'СЧ-000017',
  date: '2026-03-01T10:00:00',
  birthday: '1980-05-17T00:00:00',
  family: 'Иванова',
  name: 'Мария',
  ot: null,
  contactEmail: 'm@example.ru',
  Type: 3,
  paySum: 1500.5,
  invoiceSum: 1500.5,
};
const line = { Tax: 20, smCount: 1, smCost: 1500.5, smPrice: 1500.5 };

/** Section 1 (deprecated) spelling, including the table's line-wrapped service names. */
const legacyFixture = {
  ...common,
  cashdeskGUID: 'A1B2C3D4-0000-4000-8000-000000000001',
  'Get Flag': true,
  invoiceGuid: '11111111-2222-4333-8444-555555555555',
  PaymentGuid: '99999999-8888-4777-8666-555555555555',
  contactMPhone: '+79001112233',
  ParentInvoiceGuid: '00000000-1111-4222-8333-444444444444',
  iscancelled: false,
  Services: [
    {
      'smg uid': 'abcdefab-0000-4000-8000-000000000009',
      'smC ode': 'A1',
      'sm Na me': 'Услуга',
      ...lineWrapped(),
    },
  ],
};
function lineWrapped() {
  return { Tax: 20, 'smC ount': 1, 'smC ost': 1500.5, 'smP rice': 1500.5 };
}
/** Section 1.1 (ByNumber) spelling. */
const byNumberFixture = {
  ...common,
  cashdeskGUID: 'A1B2C3D4-0000-4000-8000-000000000001',
  GetFlag: true,
  invoiceGUID: '11111111-2222-4333-8444-555555555555',
  PayeeGUID: '99999999-8888-4777-8666-555555555555',
  contactMPPhone: '+79001112233',
  ParentInvoiceGUID: '00000000-1111-4222-8333-444444444444',
  isCancelled: false,
  Services: [{ smguid: 'abcdefab-0000-4000-8000-000000000009', smCode: 'A1', smName: 'Услуга', ...line }],
};
/** Section 1.2 (ByPayer) spelling, with money as decimal-comma strings and bits as 0/1. */
const byPayerFixture = {
  ...common,
  paySum: '1500,5',
  invoiceSum: '1500,50',
  cashdeskGUID: 'A1B2C3D4-0000-4000-8000-000000000001',
  GetFlag: 1,
  invoiceGUID: '11111111-2222-4333-8444-555555555555',
  PaymentGUID: '99999999-8888-4777-8666-555555555555',
  contactMPPhone: '+79001112233',
  ParentInvoiceGUID: '00000000-1111-4222-8333-444444444444',
  isCancelled: 0,
  Services: [
    {
      smguid: 'abcdefab-0000-4000-8000-000000000009',
      smCode: 'A1',
      smName: 'Услуга',
      ...line,
      smCost: '1500,5',
    },
  ],
};
/** Upper-cased keys, as a differently configured JSON serializer might send them. */
const shoutingFixture = Object.fromEntries(
  Object.entries(byNumberFixture).map(([k, v]) => [k.toUpperCase(), v]),
);

const decode = (wire: unknown) => z.parse(Invoice, normaliseInvoice(wire));

describe('casing variants decode to one model', () => {
  it('decodes the spellings of sections 1, 1.1 and 1.2 (and upper case) to the same invoice', () => {
    const expected = decode(byNumberFixture);
    expect(expected).toMatchObject({
      invoiceGuid: '11111111-2222-4333-8444-555555555555',
      payerGuid: '99999999-8888-4777-8666-555555555555',
      contactMPhone: '+79001112233',
      GetFlag: true,
      isCancelled: false,
      ParentInvoiceGuid: '00000000-1111-4222-8333-444444444444',
      cashdeskGuid: 'A1B2C3D4-0000-4000-8000-000000000001',
      Type: 3,
      paySum: 1500.5,
      Services: [{ smGuid: 'abcdefab-0000-4000-8000-000000000009', smCode: 'A1', smCost: 1500.5, Tax: 20 }],
    });
    expect(decode(legacyFixture)).toEqual(expected);
    expect(decode(byPayerFixture)).toEqual(expected);
    expect(decode(shoutingFixture)).toEqual(expected);
  });

  it('keeps unknown fields and prefers a filled spelling over an empty one', () => {
    const inv = decode({ ...byNumberFixture, invoiceGuid: '', newField: 'x' });
    expect(inv.invoiceGuid).toBe('11111111-2222-4333-8444-555555555555');
    expect((inv as Record<string, unknown>).newField).toBe('x');
  });

  it('reads the list shapes the document leaves open (array, one object, OGRN/OID + list)', () => {
    expect(readInvoiceList([byNumberFixture]).invoices).toHaveLength(1);
    expect(readInvoiceList(byNumberFixture).invoices).toHaveLength(1);
    const nested = readInvoiceList({ OGRN: '1', OID: '2', invoices: [byNumberFixture, legacyFixture] });
    expect(nested).toMatchObject({ OGRN: '1', OID: '2' });
    expect(nested.invoices).toHaveLength(2);
    expect(readInvoiceList(null).invoices).toEqual([]);
  });

  it('accepts documented and newer VAT rates and never rounds money', () => {
    for (const Tax of [-1, 0, 5, 7, 10, 18, 20, 22, 99]) {
      const inv = decode({ ...byNumberFixture, Services: [{ ...byNumberFixture.Services[0], Tax }] });
      expect(inv.Services[0]!.Tax).toBe(Tax);
    }
    const inv = decode({ ...byNumberFixture, invoiceSum: 1234567.891, paySum: '0,015' });
    expect(inv.invoiceSum).toBe(1234567.891);
    expect(inv.paySum).toBe(0.015);
  });

  it('decodes the emulator answering in every spelling mode to the same client result', async () => {
    const results = [];
    for (const spelling of ['document', 'canonical', 'mixed'] as const) {
      const { emulator, client } = fresh({ spelling });
      for (let i = 1; i <= 4; i++) emulator.addInvoice(generateInvoice({ seed: i, lines: i }));
      const fromByPayer = await client.invoices.byPayer({});
      const fromLegacy = await client.invoices.list({ FIO: 'Иванов Иван Иванович', Birthday: '1980-05-17' });
      if (spelling === 'mixed') {
        const raw = JSON.stringify(fromByPayer.raw);
        expect(raw).toContain('"Get Flag"');
        expect(raw).toContain('"PayeeGUID"');
        expect(raw).toContain('"PaymentGUID"');
      }
      results.push(fromByPayer.invoices, fromLegacy.invoices);
      server.resetHandlers();
    }
    for (const r of results) expect(r).toEqual(results[0]);
    expect(results[0]).toHaveLength(4);
  });
});
