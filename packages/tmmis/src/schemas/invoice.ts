import { alwaysPresent, named } from '@x/core/internal';
import * as z from 'zod/mini';
import { type Payer, contactsShape, payerShape } from './payer.js';
import { ServiceLine } from './service.js';
import { type InvoiceType, zBit, zDate, zInvoiceType, zMoney, zOptText, zText } from './values.js';

/**
 * Header fields of an invoice (`hlt_Invoice`). Fields the document marks required (+) are
 * `alwaysPresent`: an answer none of whose invoices carries one is reported, not read as null.
 */
export const invoiceHeaderShape = {
  /** Invoice GUID; wire `invoiceGuid` / `invoiceGUID`. */
  invoiceGuid: alwaysPresent(zText()),
  /** Invoice number shown to people (`hlt_Invoice.Num`). */
  invoiceNumber: alwaysPresent(zText()),
  /** Invoice date, ISO local (`YYYY-MM-DDTHH:MM:SS`). */
  date: alwaysPresent(zDate()),
  /** Cash desk the invoice is meant for; `null` = any cash desk of the clinic. Wire `cashdeskGUID`. */
  cashdeskGuid: zOptText(),
  /** Paid flag (`BillFlag`). */
  BillFlag: alwaysPresent(zBit()),
  /** Received-by-the-cash-desk flag; wire `GetFlag` / `Get Flag`. */
  GetFlag: alwaysPresent(zBit()),
  /** 1 = order, 3 = refund. */
  Type: alwaysPresent(zInvoiceType()),
  /** Parent (paid) invoice of a refund; wire `ParentInvoiceGuid` / `ParentInvoiceGUID`. */
  ParentInvoiceGuid: zOptText(),
  /** Annulled flag; wire `iscancelled` / `isCancelled`. */
  isCancelled: zBit(),
  /** Amount still to pay (invoice sum − paid so far). */
  paySum: alwaysPresent(zMoney()),
  /** Invoice total. */
  invoiceSum: alwaysPresent(zMoney()),
};

/** A decoded invoice header (`hlt_Invoice`): no payer, no lines. Money in roubles, never rounded. */
export interface InvoiceHeader {
  /** Invoice GUID; wire `invoiceGuid` / `invoiceGUID`. */
  invoiceGuid: string;
  /** Invoice number shown to people (`hlt_Invoice.Num`). */
  invoiceNumber: string;
  /** Invoice date, ISO local time of the clinic (`YYYY-MM-DDTHH:MM:SS`, no offset); `null` when empty. */
  date: string | null;
  /** Cash desk the invoice is meant for; `null` = any cash desk of the clinic. Wire `cashdeskGUID`. */
  cashdeskGuid: string | null;
  /** Paid flag (`BillFlag`). */
  BillFlag: boolean;
  /** Received-by-the-cash-desk flag; wire `GetFlag` / `Get Flag`. */
  GetFlag: boolean;
  /** Document type (`Type`): 1 = order, 3 = refund. */
  Type: InvoiceType;
  /** Parent (paid) invoice of a refund; wire `ParentInvoiceGuid` / `ParentInvoiceGUID`. */
  ParentInvoiceGuid: string | null;
  /** Annulled flag; wire `iscancelled` / `isCancelled`. */
  isCancelled: boolean;
  /** Amount still to pay, roubles (invoice sum − paid so far). */
  paySum: number;
  /** Invoice total, roubles. */
  invoiceSum: number;
  /** Fields the server sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link InvoiceHeader} (the header as a standalone model). */
export const InvoiceHeader = named<InvoiceHeader>()(z.looseObject(invoiceHeaderShape));

/**
 * The one canonical invoice model: header, payer, contacts and `Services`, whatever spelling
 * the server used (see the README's mapping table). Unknown fields are kept.
 */
const invoiceSchema = z.looseObject({
  ...invoiceHeaderShape,
  ...payerShape,
  ...contactsShape,
  /** Invoice lines (medical services). */
  Services: z._default(z.array(ServiceLine), []),
});

/**
 * A decoded invoice: header, payer, contacts and its `Services` lines, whatever spelling the server
 * used (see the README's mapping table). Fields the server adds are kept.
 */
export interface Invoice extends InvoiceHeader, Payer {
  /** Invoice lines (medical services); empty when the server sent none. */
  Services: ServiceLine[];
}
/** Schema of {@link Invoice}. */
export const Invoice = named<Invoice>()(invoiceSchema);
