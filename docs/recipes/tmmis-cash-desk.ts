// Recipe: ТМ:МИС cash desk. Look an invoice up by its number, confirm the desk received it, take
// the payment (card + cash) at most once, refund through a return invoice, and handle a payment
// whose outcome is unknown (a lost answer) without charging the patient twice.
//
// Run against a clinic: TMMIS_URL=https://mis.example.ru/ TMMIS_OGRN=… TMMIS_OID=… TMMIS_TOKEN=… \
//   node tmmis-cash-desk.js СЧ-000123 1000
import { PaymentOutcomeUnknownError, SdkError } from '@x/core';
import { TmmisClient } from '@x/tmmis';

/** What happened at the desk; print it, and keep `unknown` ones for the morning check. */
export type DeskResult =
  | { status: 'paid'; invoiceGuid: string; card: number; cash: number; via: 'answer' | 'lookup' }
  | { status: 'not-found'; number: string }
  | { status: 'refused'; invoiceGuid: string; message: string }
  | { status: 'unknown'; invoiceGuid: string; checked: readonly string[] };

/** One receipt at one desk: the fiscal receipt number and the desk's GUID. */
export interface Receipt {
  /** The fiscal receipt number (`checkNum`). */
  checkNum: string;
  /** The cash desk's GUID, registered once with `cashDesks.register`. */
  deskGuid: string;
}

/** Money in kopecks, so `paySum − card` is exact (0.1 + 0.2 is not 0.3 in floating point). */
const kopecks = (roubles: number) => Math.round(roubles * 100);

/**
 * Takes the payment of invoice `number`: `card` roubles by card (capped at what is due), the rest in
 * cash. Type 1 is an order invoice (счёт-заказ), type 3 a return invoice (счёт-возврат), paid back
 * the same way.
 */
export async function takePayment(
  tmmis: TmmisClient,
  number: string,
  receipt: Receipt,
  card: number,
): Promise<DeskResult> {
  const {
    invoices: [invoice],
  } = await tmmis.invoices.byNumber({ number });
  if (!invoice) return { status: 'not-found', number };
  const { invoiceGuid } = invoice;

  try {
    // Создан → Передан в кассу: tells the clinic the desk has the invoice (once is enough).
    if (!invoice.GetFlag) await tmmis.invoices.receive({ invoiceGuid });

    const due = kopecks(invoice.paySum);
    const byCard = Math.min(kopecks(card), due);
    const payments = [
      { paySum: byCard / 100, PaymentType: 3 as const }, // card
      { paySum: (due - byCard) / 100, PaymentType: 1 as const }, // cash
    ].filter((p) => p.paySum > 0);

    // payOnce sends Pay once; when the answer is lost it reads the invoice again to find out.
    const settled = await tmmis.invoices.payOnce({
      invoiceGuid,
      checkNum: receipt.checkNum,
      BillDate: new Date(),
      cashdeskGuid: receipt.deskGuid,
      Type: invoice.Type === 3 ? 3 : 1,
      ...(invoice.Type === 3 && invoice.ParentInvoiceGuid
        ? { ParentInvoiceGuid: invoice.ParentInvoiceGuid }
        : {}),
      Payments: payments,
    });
    return { status: 'paid', invoiceGuid, card: byCard / 100, cash: (due - byCard) / 100, via: settled.via };
  } catch (error) {
    if (error instanceof PaymentOutcomeUnknownError) {
      // The answer was lost and the invoice does not show the payment (yet). Do NOT take the
      // money again: keep the receipt aside and look the invoice up again in a few minutes (or
      // ask the clinic). error.checked says what was read.
      return { status: 'unknown', invoiceGuid, checked: error.checked };
    }
    if (error instanceof SdkError && error.outcome === 'refused') {
      // ТМ:МИС answered no (annulled, already paid, wrong desk…): nothing was recorded.
      return { status: 'refused', invoiceGuid, message: error.message };
    }
    // 'not-sent' (nothing reached ТМ:МИС, safe to try again) and anything unexpected.
    throw error;
  }
}

/** A refund: the clinic issues a return invoice (Type 3) for the original; the desk pays it out. */
export function refund(
  tmmis: TmmisClient,
  returnInvoiceNumber: string,
  receipt: Receipt,
): Promise<DeskResult> {
  return takePayment(tmmis, returnInvoiceNumber, receipt, 0); // paid back in cash
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const tmmis = new TmmisClient({
    baseUrl: process.env.TMMIS_URL!,
    ogrn: process.env.TMMIS_OGRN!,
    oid: process.env.TMMIS_OID!,
    auth: { bearer: process.env.TMMIS_TOKEN! },
  });
  const [number = '', card = '0'] = process.argv.slice(2);
  const receipt = { checkNum: process.env.CHECK_NUM ?? '0001', deskGuid: process.env.DESK_GUID! };
  console.log(await takePayment(tmmis, number, receipt, Number(card)));
}
