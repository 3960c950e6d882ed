import { alwaysPresent } from '@x/core/internal';
import * as z from 'zod/mini';
import { contactsShape, payerShape } from './payer.js';
import { ServiceLine } from './service.js';
import { zBit, zDate, zInvoiceType, zMoney, zOptText, zText } from './values.js';

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

/** The header as a standalone model (no payer, no lines). */
export const InvoiceHeader = z.looseObject(invoiceHeaderShape);
/** A decoded invoice header. */
export type InvoiceHeader = z.output<typeof InvoiceHeader>;

/**
 * The one canonical invoice model: header, payer, contacts and `Services`, whatever spelling
 * the server used (see the README's mapping table). Unknown fields are kept.
 */
export const Invoice = z.looseObject({
  ...invoiceHeaderShape,
  ...payerShape,
  ...contactsShape,
  /** Invoice lines (medical services). */
  Services: z._default(z.array(ServiceLine), []),
});

/** A decoded invoice. */
export type Invoice = z.output<typeof Invoice>;
