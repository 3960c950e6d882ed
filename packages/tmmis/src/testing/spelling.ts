import { type EmulatedInvoice, publicSums } from './state.js';

/** The spellings the document uses, one per section, plus the SDK's canonical one. */
export type SectionSpelling = 'legacy' | 'byNumber' | 'byPayer' | 'canonical';

/**
 * How the emulator spells invoice fields: `document` = as each section of the document does;
 * `canonical` = the SDK's names; `mixed` = a different section's spelling per invoice, with money as
 * decimal-comma strings and bits as 0/1 on every other invoice.
 */
export type SpellingMode = 'document' | 'canonical' | 'mixed';

type Names = Record<
  | 'cashdeskGuid'
  | 'GetFlag'
  | 'invoiceGuid'
  | 'payerGuid'
  | 'contactMPhone'
  | 'ParentInvoiceGuid'
  | 'isCancelled'
  | 'smGuid',
  string
>;

/** Field names per section, exactly as printed in the document. */
export const SECTION_NAMES: Record<SectionSpelling, Names> = {
  legacy: {
    cashdeskGuid: 'cashdeskGUID',
    GetFlag: 'Get Flag',
    invoiceGuid: 'invoiceGuid',
    payerGuid: 'PaymentGuid',
    contactMPhone: 'contactMPhone',
    ParentInvoiceGuid: 'ParentInvoiceGuid',
    isCancelled: 'iscancelled',
    smGuid: 'smguid',
  },
  byNumber: {
    cashdeskGuid: 'cashdeskGUID',
    GetFlag: 'GetFlag',
    invoiceGuid: 'invoiceGUID',
    payerGuid: 'PayeeGUID',
    contactMPhone: 'contactMPPhone',
    ParentInvoiceGuid: 'ParentInvoiceGUID',
    isCancelled: 'isCancelled',
    smGuid: 'smguid',
  },
  byPayer: {
    cashdeskGuid: 'cashdeskGUID',
    GetFlag: 'GetFlag',
    invoiceGuid: 'invoiceGUID',
    payerGuid: 'PaymentGUID',
    contactMPhone: 'contactMPPhone',
    ParentInvoiceGuid: 'ParentInvoiceGUID',
    isCancelled: 'isCancelled',
    smGuid: 'smguid',
  },
  canonical: {
    cashdeskGuid: 'cashdeskGuid',
    GetFlag: 'GetFlag',
    invoiceGuid: 'invoiceGuid',
    payerGuid: 'payerGuid',
    contactMPhone: 'contactMPhone',
    ParentInvoiceGuid: 'ParentInvoiceGuid',
    isCancelled: 'isCancelled',
    smGuid: 'smGuid',
  },
};

const commaMoney = (n: number) => String(n).replace('.', ',');

/** One invoice as the wire shows it in the given spelling. */
export function renderInvoice(
  invoice: EmulatedInvoice,
  spelling: SectionSpelling,
  odd = false,
): Record<string, unknown> {
  const n = SECTION_NAMES[spelling];
  const sums = publicSums(invoice);
  const money = (v: number) => (odd ? commaMoney(v) : v);
  const bit = (v: boolean) => (odd ? (v ? 1 : 0) : v);
  return {
    [n.cashdeskGuid]: invoice.cashdeskGuid,
    BillFlag: bit(invoice.status === 'paid' || invoice.status === 'consideredPaid'),
    [n.GetFlag]: bit(invoice.received),
    [n.invoiceGuid]: invoice.invoiceGuid,
    invoiceNumber: invoice.invoiceNumber,
    date: invoice.date,
    [n.payerGuid]: invoice.payer.payerGuid,
    birthday: `${invoice.payer.birthday.slice(0, 10)}T00:00:00`,
    family: invoice.payer.family,
    name: invoice.payer.name,
    ot: invoice.payer.ot,
    [n.contactMPhone]: invoice.payer.contactMPhone,
    contactEmail: invoice.payer.contactEmail,
    Type: invoice.Type,
    [n.ParentInvoiceGuid]: invoice.ParentInvoiceGuid,
    [n.isCancelled]: bit(invoice.status === 'annulled'),
    paySum: money(sums.paySum),
    invoiceSum: money(sums.invoiceSum),
    Services: invoice.Services.map((l) => ({
      [n.smGuid]: l.smGuid,
      smCode: l.smCode,
      smName: l.smName,
      Tax: l.Tax,
      smCount: money(l.smCount),
      smCost: money(l.smCost),
      smPrice: money(l.smPrice),
    })),
  };
}

const ROTATION: readonly SectionSpelling[] = ['legacy', 'byNumber', 'byPayer'];

/** Renders the invoices of one answer for the given operation and mode. */
export function renderInvoices(
  invoices: readonly EmulatedInvoice[],
  section: Exclude<SectionSpelling, 'canonical'>,
  mode: SpellingMode,
): Record<string, unknown>[] {
  return invoices.map((inv, i) => {
    if (mode === 'canonical') return renderInvoice(inv, 'canonical');
    if (mode === 'document') return renderInvoice(inv, section);
    return renderInvoice(inv, ROTATION[i % ROTATION.length]!, i % 2 === 1);
  });
}
