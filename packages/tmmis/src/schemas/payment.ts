import { zDateInput } from '@x/core';
import * as z from 'zod/mini';
import { clinicOverrideShape } from './identity.js';
import { zGuidInput, zInvoiceTypeInput, zMoneyInput, zPaymentTypeInput } from './values.js';

/** One element of the `Payments` array of a Pay call. */
export const PaymentLine = z.object({
  /** Amount of this payment, at most two decimals. */
  paySum: zMoneyInput(),
  /** 1 = cash, 3 = bank card. */
  PaymentType: zPaymentTypeInput(),
});

/** A payment line as callers pass it. */
export type PaymentLineInput = z.input<typeof PaymentLine>;

/**
 * Input of `IntegrationInvoice/Pay`. A refund (`Type: 3`) must name its parent invoice
 * (`ParentInvoiceGuid`): the call is refused before anything is sent otherwise.
 */
export const PayInput = z
  .object({
    ...clinicOverrideShape,
    /** The invoice being paid (query parameter `invoiceGuid`). */
    invoiceGuid: zGuidInput(),
    /** Receipt number in the cash-register shift (`checkNum`, up to 250 characters). */
    checkNum: z.string().check(z.minLength(1), z.maxLength(250)),
    /** Receipt date = payment date; ISO string, `Date` or `dd.mm.yyyy HH:MM:SS`. */
    BillDate: zDateInput('yyyy-mm-ddTHH:MM:SS'),
    /** Cash desk GUID (as registered with `cashDesks.register`); wire `cashdeskGuid`. */
    cashdeskGuid: zGuidInput(),
    /** 1 = order, 3 = refund. */
    Type: zInvoiceTypeInput(),
    /** Parent invoice of a refund; required when `Type` is 3. */
    ParentInvoiceGuid: z.optional(zGuidInput()),
    /** Payments (cash and/or card), at least one. */
    Payments: z.array(PaymentLine).check(z.minLength(1, 'at least one payment is required')),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.Type === 3 && !v.ParentInvoiceGuid) {
        ctx.addIssue({
          code: 'custom',
          path: ['ParentInvoiceGuid'],
          message: 'a refund (Type 3) must name its parent invoice',
          input: v,
        });
      }
    }),
  );

/** What callers pass to `invoices.pay`. */
export type PayInput = z.input<typeof PayInput>;
