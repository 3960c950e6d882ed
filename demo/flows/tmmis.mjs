// ТМ:МИС flow: a cash desk registers itself, finds an invoice by number and by payer, confirms
// receipt, and takes the payment by card and cash. Runs against the emulator over real HTTP.
import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';

const DESK_MAIN = '6f9619ff-8b86-d011-b42d-00c04fc964ff';
const DESK_LAB = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const money = (n) => n.toLocaleString('ru-RU', { minimumFractionDigits: 2 });

export default async function run({ log }) {
  // The emulator answers in the document's mixed spellings (PayeeGUID, Get Flag, contactMPPhone...).
  const emulator = new TmmisEmulator({ strict: true, spelling: 'mixed', auth: { bearer: 'demo-token' } });
  const seeded = emulator.addInvoice(generateInvoice({ lines: 3, seed: 7 }));
  const server = await emulator.serve();
  try {
    const tmmis = new TmmisClient({
      baseUrl: server.url,
      ogrn: DEMO_OGRN,
      oid: DEMO_OID,
      auth: { bearer: 'demo-token' },
      allowHttp: true,
      consistencyChecks: true,
    });
    log(`emulator on ${server.url}; clinic OGRN ${DEMO_OGRN}, OID ${DEMO_OID}`);

    await tmmis.cashDesks.register({
      Guid: DESK_MAIN,
      Name: 'Касса регистратуры',
      Code: 'K1',
      DateBegin: '2026-01-01',
    });
    await tmmis.cashDesks.register({ Guid: DESK_LAB, Name: 'Касса лаборатории', Code: 'K2' });
    log(
      `CashDesk: registered ${emulator
        .cashDesks()
        .map((d) => d.Name)
        .join(', ')}`,
    );

    const byNumber = await tmmis.invoices.byNumber({ number: seeded.invoiceNumber });
    const invoice = byNumber.invoices[0];
    log(
      `ByNumber ${seeded.invoiceNumber}: ${invoice.family} ${invoice.name}, ${invoice.Services.length} lines, ` +
        `sum ${money(invoice.invoiceSum)} ₽, due ${money(invoice.paySum)} ₽, GetFlag=${invoice.GetFlag}`,
    );

    const byPayer = await tmmis.invoices.byPayer({ FIO: 'Иванов Иван Иванович', Birthday: '17.05.1980' });
    log(
      `ByPayer Иванов Иван Иванович, 17.05.1980: ${byPayer.invoices.map((i) => i.invoiceNumber).join(', ')}`,
    );

    await tmmis.invoices.receive({ invoiceGuid: invoice.invoiceGuid });
    log(`Receive: status is now «${emulator.invoice(invoice.invoiceGuid).statusLabel}»`);

    const card = 1000;
    const cash = Math.round((invoice.paySum - card) * 100) / 100;
    await tmmis.invoices.pay({
      invoiceGuid: invoice.invoiceGuid,
      checkNum: '0001',
      BillDate: new Date(),
      cashdeskGuid: DESK_MAIN,
      Type: 1,
      Payments: [
        { paySum: card, PaymentType: 3 },
        { paySum: cash, PaymentType: 1 },
      ],
    });
    log(
      `Pay: card ${money(card)} ₽ + cash ${money(cash)} ₽ → «${emulator.invoice(invoice.invoiceGuid).statusLabel}»`,
    );

    const after = await tmmis.invoices.byNumber({ number: seeded.invoiceNumber });
    log(`ByNumber again: ${after.invoices.length} open invoices (paid ones are no longer returned)`);
    log(`requests per operation: ${JSON.stringify(emulator.counts())}`);
  } finally {
    await server.close();
  }
}
