import { type DateInput, zDateInput } from '@x/core';
import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { type ClinicOverride, clinicOverrideShape } from './identity.js';
import { zGuidInput } from './values.js';

/** One cash desk of the 1C directory (`hlt_Cashdesk`), as callers pass it. */
export const CashDeskFields = {
  /** GUID of the cash desk in 1C. */
  Guid: zGuidInput(),
  /** Cash desk name, up to 255 characters. */
  Name: z.string().check(z.minLength(1), z.maxLength(255)),
  /** Cash desk code, up to 255 characters. */
  Code: z.optional(z.string().check(z.maxLength(255))),
  /** Start of validity; ISO string, `Date` or `dd.mm.yyyy`. */
  DateBegin: z.optional(zDateInput('yyyy-mm-ddTHH:MM:SS')),
  /** End of validity. */
  DateEnd: z.optional(zDateInput('yyyy-mm-ddTHH:MM:SS')),
};

/** Input of `IntegrationInvoice/CashDesk`: one cash desk (the document's body is one object). */
const cashDeskSchema = z.object({ ...clinicOverrideShape, ...CashDeskFields });

/** What callers pass to `cashDesks.register`: one cash desk of the 1C directory (`hlt_Cashdesk`). */
export interface CashDeskInput extends ClinicOverride {
  /** GUID of the cash desk in 1C (`Guid`); registering the same GUID again replaces the entry. */
  Guid: string;
  /** Cash desk name (`Name`), 1–255 characters. */
  Name: string;
  /** Cash desk code (`Code`), up to 255 characters. */
  Code?: string | undefined;
  /** Start of validity (`DateBegin`): ISO string, `Date` or `dd.mm.yyyy`, in the client's `timeZone`. */
  DateBegin?: DateInput | undefined;
  /** End of validity (`DateEnd`), same forms as `DateBegin`. */
  DateEnd?: DateInput | undefined;
}
/** Schema of {@link CashDeskInput}. */
export const CashDeskInput = named<z.output<typeof cashDeskSchema>, CashDeskInput>()(cashDeskSchema);
