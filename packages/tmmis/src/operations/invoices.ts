import { defineOperation } from '@x/core';
import { CommandResult } from '../schemas/operation-result.js';
import {
  ByNumberInput,
  ByPayerInput,
  InvoiceList,
  LegacyLookupInput,
  ReceiveInput,
} from '../schemas/lookup.js';
import { PayInput } from '../schemas/payment.js';
import { payBody } from '../wire.js';
import { BASE_PATH, commandMeta, lookupMeta } from './meta.js';

/**
 * Personal data in invoice answers (payer name, birth date, contacts), every wire spelling; the
 * lookups by payer also send `FIO` and `Birthday`. Masked in logs and errors (see `logPersonalData`).
 */
const PAYER_FIELDS = [
  'family',
  'name',
  'ot',
  'birthday',
  'contactMPhone',
  'contactMPPhone',
  'contactEmail',
] as const;

/** The invoice operations of «Интеграция с 1С в рамках платных услуг», keyed by SDK method name. */
export const invoiceOperations = {
  /**
   * Invoices of individuals by invoice number or GUID, in status Создан, Передан в кассу or
   * Частично оплачен. Wire: `GET api/paidServices/IntegrationInvoice/ByNumber` (section 1.1).
   */
  byNumber: defineOperation({
    wire: 'ByNumber',
    idempotent: true,
    input: ByNumberInput,
    output: InvoiceList,
    doc: 'Invoices of individuals by invoice number or GUID (statuses Создан, Передан в кассу, Частично оплачен).',
    personal: PAYER_FIELDS,
    meta: lookupMeta(`${BASE_PATH}/ByNumber`, 'invoiceGuid', 'number'),
  }),
  /**
   * Invoices of individuals by payer full name and birth date, in status Создан, Передан в кассу
   * or Частично оплачен. Wire: `GET api/paidServices/IntegrationInvoice/ByPayer` (section 1.2).
   */
  byPayer: defineOperation({
    wire: 'ByPayer',
    idempotent: true,
    input: ByPayerInput,
    output: InvoiceList,
    doc: 'Invoices of individuals by payer full name (FIO) and birth date; the birth date is required with a name.',
    personal: ['FIO', 'Birthday', ...PAYER_FIELDS],
    meta: lookupMeta(`${BASE_PATH}/ByPayer`, 'FIO', 'Birthday'),
  }),
  /**
   * Confirms the cash desk received an invoice: Создан → Передан в кассу; an annulled invoice gets
   * its received flag. Wire: `POST api/paidServices/IntegrationInvoice/Receive` (section 2).
   */
  receive: defineOperation({
    wire: 'Receive',
    idempotent: false,
    verify:
      'look the invoice up with invoices.byNumber({ invoiceGuid }): GetFlag 1 (status Передан в кассу) means the receipt was recorded',
    input: ReceiveInput,
    output: CommandResult,
    doc: 'Confirms receipt of an invoice by the cash desk (Создан → Передан в кассу; annulled invoices get GetFlag).',
    meta: commandMeta('Receive', ['invoiceGuid']),
  }),
  /**
   * Reports a payment (receipt number, date, cash desk, payments by cash and/or card). Moves money:
   * never retried once it may have reached the server. Wire: `POST api/paidServices/IntegrationInvoice/Pay` (section 3).
   */
  pay: defineOperation({
    wire: 'Pay',
    idempotent: false,
    verify:
      'look the invoice up with invoices.byNumber({ invoiceGuid }): if it is no longer listed (paid in full) or its paySum dropped by this payment, the payment was recorded; invoices.payOnce() makes this check itself and never pays twice',
    input: PayInput,
    output: CommandResult,
    doc: 'Reports the payment of an invoice: receipt number and date, cash desk, document type and payments (cash 1, card 3).',
    meta: commandMeta('Pay', ['invoiceGuid'], (input) => payBody(input as Parameters<typeof payBody>[0])),
  }),
  /**
   * Invoices of individuals by invoice GUID, by payer, or all open ones, with the wider status rules
   * of the first method. Wire: the document's section 1, whose address it does not give
   * (the client's `legacyInvoicesPath`, default `api/paidServices/IntegrationInvoice`).
   * @deprecated The vendor keeps it only for compatibility: use {@link invoiceOperations.byNumber}
   * or {@link invoiceOperations.byPayer}.
   */
  list: defineOperation({
    wire: 'IntegrationInvoice',
    idempotent: true,
    input: LegacyLookupInput,
    output: InvoiceList,
    doc: 'Deprecated first method: invoices by GUID, by payer, or all open ones (wider status rules); path configurable.',
    deprecated: 'Use invoices.byNumber or invoices.byPayer.',
    personal: ['FIO', 'Birthday', ...PAYER_FIELDS],
    // No path: the client's `legacyInvoicesPath` supplies it.
    meta: lookupMeta(null, 'invoiceGuid', 'FIO', 'Birthday'),
  }),
};
