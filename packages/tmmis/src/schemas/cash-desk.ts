import { zDateInput } from '@x/core';
import * as z from 'zod/mini';
import { clinicOverrideShape } from './identity.js';
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
export const CashDeskInput = z.object({ ...clinicOverrideShape, ...CashDeskFields });

/** What callers pass to `cashDesks.register`. */
export type CashDeskInput = z.input<typeof CashDeskInput>;
