// Runs the ТМ:МИС cash-desk recipe against the emulator over loopback HTTP: payment split between
// card and cash, a refund through a return invoice, a lost answer settled by the lookup, and a
// lost payment the lookup cannot find (never paid twice).
import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, type EmulatorServer, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { refund, takePayment } from './tmmis-cash-desk.ts';

const deskGuid = '6f9619ff-8b86-d011-b42d-00c04fc964ff';
const receipt = { checkNum: '0042', deskGuid };
let emulator: TmmisEmulator;
let served: EmulatorServer;
let tmmis: TmmisClient;

beforeEach(async () => {
  emulator = new TmmisEmulator({ strict: true });
  emulator.seed({ cashDesks: [{ Guid: deskGuid, Name: 'Касса 1' }] });
  served = await emulator.serve();
  tmmis = new TmmisClient({ baseUrl: served.baseUrl, ogrn: DEMO_OGRN, oid: DEMO_OID, allowHttp: true });
});
afterEach(() => served.close());

function invoice(number: string) {
  return emulator.addInvoice({ ...generateInvoice({ lines: 2, seed: 7 }), invoiceNumber: number });
}

it('confirms receipt and pays card + cash in one Pay; the rest of the sum goes in cash, to the kopeck', async () => {
  const inv = invoice('СЧ-000123');
  const result = await takePayment(tmmis, 'СЧ-000123', receipt, 1000);
  expect(result).toMatchObject({ status: 'paid', card: 1000, via: 'answer' });
  expect(emulator.count('Receive')).toBe(1);
  expect(emulator.count('Pay')).toBe(1);
  const stored = emulator.invoice(inv.invoiceGuid)!;
  expect(stored.statusLabel).toBe('Оплачен');
  const [pay] = stored.payments;
  expect(pay).toMatchObject({
    checkNum: '0042',
    Payments: [{ paySum: 1000, PaymentType: 3 }, { PaymentType: 1 }],
  });
  // Card and cash add up to the invoice sum exactly (strict mode refuses an overpayment).
  const total = pay!.Payments.reduce((sum, p) => sum + Math.round(p.paySum * 100), 0);
  expect(total).toBe(stored.invoiceCents);
});

it('refunds through the return invoice the clinic issued (Type 3, parent given)', async () => {
  const paid = invoice('СЧ-000124');
  await takePayment(tmmis, 'СЧ-000124', receipt, 0);
  const back = emulator.addInvoice({
    ...generateInvoice({ lines: 1, seed: 8 }),
    invoiceNumber: 'СЧВ-000001',
    Type: 3,
    ParentInvoiceGuid: paid.invoiceGuid,
  });
  const result = await refund(tmmis, 'СЧВ-000001', receipt);
  expect(result).toMatchObject({ status: 'paid', card: 0 });
  expect(emulator.invoice(back.invoiceGuid)!.payments[0]).toMatchObject({
    Type: 3,
    ParentInvoiceGuid: paid.invoiceGuid,
  });
});

it('a Pay whose answer is lost after it was recorded is settled by the lookup, not repeated', async () => {
  const inv = invoice('СЧ-000125');
  emulator.failNext({ operation: 'Pay', afterEffect: true, status: 502, body: 'Bad Gateway' });
  const result = await takePayment(tmmis, 'СЧ-000125', receipt, 500);
  expect(result).toMatchObject({ status: 'paid', via: 'lookup' });
  expect(emulator.count('Pay')).toBe(1);
  expect(emulator.invoice(inv.invoiceGuid)!.payments).toHaveLength(1);
});

it('a Pay lost before it was recorded is reported as unknown and is not sent again', async () => {
  const inv = invoice('СЧ-000126');
  emulator.failNext({ operation: 'Pay', status: 502, body: 'Bad Gateway' });
  const result = await takePayment(tmmis, 'СЧ-000126', receipt, 500);
  expect(result).toMatchObject({ status: 'unknown', invoiceGuid: inv.invoiceGuid });
  expect(emulator.count('Pay')).toBe(1);
  expect(emulator.invoice(inv.invoiceGuid)!.payments).toHaveLength(0);
});

it('reports a refusal (another desk) and an unknown number without paying', async () => {
  invoice('СЧ-000127');
  const other = { checkNum: '1', deskGuid: '00000000-0000-4000-8000-00000000dead' };
  expect(await takePayment(tmmis, 'СЧ-000127', other, 0)).toMatchObject({ status: 'refused' });
  expect(await takePayment(tmmis, 'СЧ-999999', receipt, 0)).toEqual({
    status: 'not-found',
    number: 'СЧ-999999',
  });
});
