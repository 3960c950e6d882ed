import { type DateInput, zDateInput } from '@x/core';
import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { type ClinicOverride, clinicOverrideShape } from './identity.js';
import { Invoice } from './invoice.js';
import { type ResultMeta, resultMetaShape } from './operation-result.js';
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
const byNumberSchema = z
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
/** What callers pass to `invoices.byNumber`: the invoice number or its GUID (at least one). */
export interface ByNumberInput extends ClinicOverride {
  /** Invoice GUID (query `invoiceGuid`), braces allowed. */
  invoiceGuid?: string | undefined;
  /** Invoice number as people see it (query `number`); a number is sent as its text. */
  number?: string | number | undefined;
}
/** Schema of {@link ByNumberInput}. */
export const ByNumberInput = named<z.output<typeof byNumberSchema>, ByNumberInput>()(byNumberSchema);

/** Input of `IntegrationInvoice/ByPayer`: payer full name and birth date. */
const byPayerSchema = z
  .object({
    ...clinicOverrideShape,
    /** Payer full name, «Фамилия Имя Отчество», up to 50 characters. */
    FIO: z.optional(zFio()),
    /** Payer birth date (ISO, `Date` or `dd.mm.yyyy`); required when `FIO` is given. */
    Birthday: z.optional(zBirthday()),
  })
  .check(z.superRefine(birthdayWithFio));
/** What callers pass to `invoices.byPayer`: payer full name and birth date. */
export interface ByPayerInput extends ClinicOverride {
  /** Payer full name (query `FIO`), «Фамилия Имя Отчество», 1–50 characters. */
  FIO?: string | undefined;
  /**
   * Payer birth date (query `Birthday`): ISO `YYYY-MM-DD`, `Date` or `dd.mm.yyyy`; required when
   * `FIO` is given.
   */
  Birthday?: DateInput | undefined;
}
/** Schema of {@link ByPayerInput}. */
export const ByPayerInput = named<z.output<typeof byPayerSchema>, ByPayerInput>()(byPayerSchema);

/** Input of the deprecated first method: by invoice GUID, by payer, or neither (all open invoices). */
const legacyLookupSchema = z._default(
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
/** The filter of the deprecated `invoices.list`: by invoice GUID, by payer, or neither (all open invoices). */
export interface LegacyLookupFilter extends ClinicOverride {
  /** Invoice GUID (query `invoiceGuid`). */
  invoiceGuid?: string | undefined;
  /** Payer full name (query `FIO`), 1–50 characters. */
  FIO?: string | undefined;
  /** Payer birth date (query `Birthday`): ISO, `Date` or `dd.mm.yyyy`; required when `FIO` is given. */
  Birthday?: DateInput | undefined;
}
/** What callers pass to the deprecated `invoices.list`: a filter, or nothing for all open invoices. */
export type LegacyLookupInput = LegacyLookupFilter | undefined;
/** Schema of {@link LegacyLookupInput}. */
export const LegacyLookupInput = named<z.output<typeof legacyLookupSchema>, LegacyLookupInput>()(
  legacyLookupSchema,
);

/** Input of `IntegrationInvoice/Receive`. */
const receiveSchema = z.object({
  ...clinicOverrideShape,
  /** The invoice the cash desk received. */
  invoiceGuid: zGuidInput(),
});
/** What callers pass to `invoices.receive`. */
export interface ReceiveInput extends ClinicOverride {
  /** The invoice the cash desk received (query `invoiceGuid`), braces allowed. */
  invoiceGuid: string;
}
/** Schema of {@link ReceiveInput}. */
export const ReceiveInput = named<z.output<typeof receiveSchema>, ReceiveInput>()(receiveSchema);

/** What every invoice lookup resolves to. */
const invoiceListSchema = z.object({
  /** ОГРН echoed by the server, when it sent one. */
  OGRN: zOptText(),
  /** OID echoed by the server, when it sent one. */
  OID: zOptText(),
  /** The invoices found (possibly none). */
  invoices: z.array(Invoice),
  ...resultMetaShape,
});
/** What every invoice lookup (`byNumber`, `byPayer`, `list`) resolves to. */
export interface InvoiceList extends ResultMeta {
  /** ОГРН echoed by the server, `null` when it sent none. */
  OGRN: string | null;
  /** OID echoed by the server, `null` when it sent none. */
  OID: string | null;
  /** The invoices found (possibly none). */
  invoices: Invoice[];
}
/** Schema of {@link InvoiceList}. */
export const InvoiceList = named<InvoiceList>()(invoiceListSchema);
