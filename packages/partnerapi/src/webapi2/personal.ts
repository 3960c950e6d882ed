import type { OperationTable } from '@x/core';

/**
 * Wire names (Params properties, plain request elements, ValueTable columns and Structure
 * properties) whose values are personal data in PartnerWebAPI2: surnames and patronymics, full
 * names of clients (often an individual entrepreneur's name), birthdays, phones, e-mails and INN
 * (an individual's INN identifies the person). Logs and errors mask them by name with
 * `[personal]`, also inside 1C Structures (`<Property name="Surname">`), unless the client was
 * created with `logPersonalData: true`.
 */
export const WEBAPI2_PERSONAL_FIELDS = [
  'FullName',
  'Surname',
  'SecondaryName',
  'Birthday',
  'Phone',
  'EMail',
  'INN',
] as const;

/**
 * Names whose values are personal in some operations but too generic to mask by name process-wide
 * (`Name` of a user or a client, the free text of service requests and their messages): masking
 * `name` or `message` keys would blank every error's `toJSON()`. The values a call sends under
 * them are masked instead, wherever they appear (6 characters or more, like every value match).
 */
export const WEBAPI2_PERSONAL_VALUES = ['Name', 'Summary', 'Description', 'Message'] as const;

/** The declarations as the core's personal-data policy reads them (one pseudo-operation). */
export const WEBAPI2_PERSONAL_TABLE = {
  webapi2: { personal: WEBAPI2_PERSONAL_FIELDS },
} as unknown as OperationTable;

/** What a call's parameters are scanned for: every personal value it sends is remembered. */
export const WEBAPI2_PERSONAL_CALL = {
  personal: [...WEBAPI2_PERSONAL_FIELDS, ...WEBAPI2_PERSONAL_VALUES],
} as const;
