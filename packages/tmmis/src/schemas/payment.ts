import { type DateInput, zDateInput } from '@x/core';
import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { type ClinicOverride, clinicOverrideShape } from './identity.js';
import {
  type InvoiceType,
  type PaymentType,
  zGuidInput,
  zInvoiceTypeInput,
  zMoneyInput,
  zPaymentTypeInput,
} from './values.js';

/** One element of the `Payments` array of a Pay call. */
const paymentLineSchema = z.object({
  /** Amount of this payment, at most two decimals. */
  paySum: zMoneyInput(),
  /** 1 = cash, 3 = bank card. */
  PaymentType: zPaymentTypeInput(),
});

/** One element of the `Payments` array of a Pay call, as callers pass it. */
export interface PaymentLineInput {
  /** Amount of this payment, roubles: positive, at most two decimals (`decimal(18, 2)`). */
  paySum: number;
  /** Form of payment (`PaymentType`): 1 = cash, 3 = bank card. */
  PaymentType: PaymentType;
}
/** Schema of {@link PaymentLineInput}. */
export const PaymentLine = named<z.output<typeof paymentLineSchema>, PaymentLineInput>()(paymentLineSchema);

/**
 * Input of `IntegrationInvoice/Pay`. A refund (`Type: 3`) must name its parent invoice
 * (`ParentInvoiceGuid`): the call is refused before anything is sent otherwise.
 */
const payInputSchema = z
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
    Payments: z.array(paymentLineSchema).check(z.minLength(1, 'at least one payment is required')),
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

/**
 * What callers pass to `invoices.pay` (`IntegrationInvoice/Pay`). A refund (`Type: 3`) must name its
 * parent invoice (`ParentInvoiceGuid`).
 */
export interface PayInput extends ClinicOverride {
  /** The invoice being paid (query parameter `invoiceGuid`), braces allowed. */
  invoiceGuid: string;
  /** Receipt number in the cash-register shift (`checkNum`, 1–250 characters). */
  checkNum: string;
  /**
   * Receipt date = payment date (`BillDate`): ISO string, `Date` or `dd.mm.yyyy HH:MM:SS`; a `Date`
   * is written in the client's `timeZone` (Moscow by default).
   */
  BillDate: DateInput;
  /** Cash desk GUID (as registered with `cashDesks.register`); wire `cashdeskGuid`. */
  cashdeskGuid: string;
  /** Document type (`Type`): 1 = order, 3 = refund. */
  Type: InvoiceType;
  /** Parent invoice of a refund; required when `Type` is 3. */
  ParentInvoiceGuid?: string | undefined;
  /** Payments (cash and/or card), at least one; their amounts are roubles. */
  Payments: PaymentLineInput[];
}
/** Schema of {@link PayInput}. */
export const PayInput = named<z.output<typeof payInputSchema>, PayInput>()(payInputSchema);
