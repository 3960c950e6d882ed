import type { VendorRow } from './fields.js';
/** Columns of client results (client_read … client_delete, client_vendor_read). */
export const CLIENT = {
  client_id: 'string',
  region_id: 'string',
  client_name: 'string',
  client_full_name: 'string',
  client_del: 'boolean',
  client_inn: 'string',
  client_kpp: 'string',
  client_reg_num: 'string',
  pay_method_id: 'integer',
  addit_attribute: 'string',
  client_new_id: 'string',
} as const;
/** A row of the operations answering with `CLIENT` columns; `null` where the server sent nil or left the column out. */
export interface ClientRow extends VendorRow {
  /** Client УИД. */
  client_id: string | null;
  /** Region УИД. */
  region_id: string | null;
  /** Client name (up to 50 characters). */
  client_name: string | null;
  /** Full name of the client (up to 255 characters). */
  client_full_name: string | null;
  /** Whether the client is deleted. */
  client_del: boolean | null;
  /** ИНН (taxpayer number). */
  client_inn: string | null;
  /** КПП (tax registration reason code). */
  client_kpp: string | null;
  /** Registration number of the 1C program product its ИТС contract is bound to. */
  client_reg_num: string | null;
  /** Pay method: 0…4 (see `dictionaries.payMethodTypeRead`). */
  pay_method_id: number | null;
  /** Additional attribute (free text). */
  addit_attribute: string | null;
  /** Where the client was merged into another: the УИД of that client. */
  client_new_id: string | null;
}
/** client_ITS_status_For_INN. */
export const CLIENT_ITS_STATUS = { ITSLevel: 'integer', DateFrom: 'date', DateTo: 'date' } as const;
/** A row of the operations answering with `CLIENT_ITS_STATUS` columns; `null` where the server sent nil or left the column out. */
export interface ClientItsStatusRow extends VendorRow {
  /** ИТС contract level: 1 ПРОФ, 2 ТЕХНО, 3 Базовая, 4 ИТС Международный, 0 none or invalid, 10 number found but ИНН differs. */
  ITSLevel: number | null;
  /** Start of the ИТС contract (`YYYY-MM-DD`). */
  DateFrom: string | null;
  /** End of the ИТС contract (`YYYY-MM-DD`); `null` when open-ended. */
  DateTo: string | null;
}
export const CLIENT_CONTACT = {
  client_id: 'string',
  contact_type_id: 'string',
  contact_view: 'string',
} as const;
/** A row of the operations answering with `CLIENT_CONTACT` columns; `null` where the server sent nil or left the column out. */
export interface ClientContactRow extends VendorRow {
  /** Client УИД. */
  client_id: string | null;
  /** Contact kind УИД (see `dictionaries.contactTypeRead`). */
  contact_type_id: string | null;
  /** The contact as text (up to 500 characters). */
  contact_view: string | null;
}
