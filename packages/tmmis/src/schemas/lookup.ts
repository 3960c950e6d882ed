import { zDateInput } from '@x/core';
import * as z from 'zod/mini';
import { clinicOverrideShape } from './identity.js';
import { Invoice } from './invoice.js';
import { resultMetaShape } from './operation-result.js';
import { zGuidInput, zOptText } from './values.js';

const zFio = () => z.string().check(z.minLength(1), z.maxLength(50));
const zBirthday = () => zDateInput('yyyy-mm-dd');

function birthdayWithFio(
  v: { FIO?: string | undefined; Birthday?: string | undefined },
  ctx: {
    addIssue(issue: { code: 'custom'; path: string[]; message: string; input: unknown }): void;
  },
): void {
  if (v.FIO && !v.Birthday) {
    ctx.addIssue({
      code: 'custom',
      path: ['Birthday'],
      message: 'the payer birth date is required when FIO is given',
      input: v,
    });
  }
}

/** Input of `IntegrationInvoice/ByNumber`: the invoice number or its GUID (at least one). */
export const ByNumberInput = z
  .object({
    ...clinicOverrideShape,
    /** Invoice GUID (query `invoiceGuid`). */
    invoiceGuid: z.optional(zGuidInput()),
    /** Invoice number (query `number`). */
    number: z.optional(
      z.pipe(
        z.union([z.string().check(z.minLength(1)), z.number()]),
        z.transform((v: string | number) => String(v)),
      ),
    ),
  })
  .check(
    z.superRefine((v, ctx) => {
      if (v.invoiceGuid === undefined && v.number === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['number'],
          message: 'give the invoice number or invoiceGuid',
          input: v,
        });
      }
    }),
  );
/** What callers pass to `invoices.byNumber`. */
export type ByNumberInput = z.input<typeof ByNumberInput>;

/** Input of `IntegrationInvoice/ByPayer`: payer full name and birth date. */
export const ByPayerInput = z
  .object({
    ...clinicOverrideShape,
    /** Payer full name, «Фамилия Имя Отчество», up to 50 characters. */
    FIO: z.optional(zFio()),
    /** Payer birth date (ISO, `Date` or `dd.mm.yyyy`); required when `FIO` is given. */
    Birthday: z.optional(zBirthday()),
  })
  .check(z.superRefine(birthdayWithFio));
/** What callers pass to `invoices.byPayer`. */
export type ByPayerInput = z.input<typeof ByPayerInput>;

/** Input of the deprecated first method: by invoice GUID, by payer, or neither (all open invoices). */
export const LegacyLookupInput = z._default(
  z
    .object({
      ...clinicOverrideShape,
      /** Invoice GUID. */
      invoiceGuid: z.optional(zGuidInput()),
      /** Payer full name. */
      FIO: z.optional(zFio()),
      /** Payer birth date; required when `FIO` is given. */
      Birthday: z.optional(zBirthday()),
    })
    .check(z.superRefine(birthdayWithFio)),
  {},
);
/** What callers pass to the deprecated `invoices.list`. */
export type LegacyLookupInput = z.input<typeof LegacyLookupInput>;

/** Input of `IntegrationInvoice/Receive`. */
export const ReceiveInput = z.object({
  ...clinicOverrideShape,
  /** The invoice the cash desk received. */
  invoiceGuid: zGuidInput(),
});
/** What callers pass to `invoices.receive`. */
export type ReceiveInput = z.input<typeof ReceiveInput>;

/** What every invoice lookup resolves to. */
export const InvoiceList = z.object({
  /** ОГРН echoed by the server, when it sent one. */
  OGRN: zOptText(),
  /** OID echoed by the server, when it sent one. */
  OID: zOptText(),
  /** The invoices found (possibly none). */
  invoices: z.array(Invoice),
  ...resultMetaShape,
});
/** A decoded invoice lookup. */
export type InvoiceList = z.output<typeof InvoiceList>;
