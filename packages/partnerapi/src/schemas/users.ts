import type { VendorRow } from './fields.js';
/** Columns of partner and client users (сотрудники) and their contact information. */
export const PARTNER_USER = {
  partner_user_id: 'string',
  partner_id: 'string',
  partner_user_name: 'string',
  partner_user_family_name: 'string',
  partner_user_father_name: 'string',
  partner_user_del: 'boolean',
} as const;
/** A row of the operations answering with `PARTNER_USER` columns; `null` where the server sent nil or left the column out. */
export interface PartnerUserRow extends VendorRow {
  /** Partner user (сотрудник) УИД. */
  partner_user_id: string | null;
  /** Partner УИД. */
  partner_id: string | null;
  /** First name. */
  partner_user_name: string | null;
  /** Family name. */
  partner_user_family_name: string | null;
  /** Patronymic. */
  partner_user_father_name: string | null;
  /** Whether the user is deleted. */
  partner_user_del: boolean | null;
}
export const PARTNER_USER_BIRTHDAY = {
  partner_user_id: 'string',
  partner_id: 'string',
  partner_user_name: 'string',
  partner_user_family_name: 'string',
  partner_user_father_name: 'string',
  partner_user_birthday: 'date',
  partner_user_del: 'boolean',
} as const;
/** A row of the operations answering with `PARTNER_USER_BIRTHDAY` columns; `null` where the server sent nil or left the column out. */
export interface PartnerUserBirthdayRow extends VendorRow {
  /** Partner user (сотрудник) УИД. */
  partner_user_id: string | null;
  /** Partner УИД. */
  partner_id: string | null;
  /** First name. */
  partner_user_name: string | null;
  /** Family name. */
  partner_user_family_name: string | null;
  /** Patronymic. */
  partner_user_father_name: string | null;
  /** Birthday (`YYYY-MM-DD`); personal data. */
  partner_user_birthday: string | null;
  /** Whether the user is deleted. */
  partner_user_del: boolean | null;
}
export const PARTNER_USER_CONTACT = {
  partner_user_id: 'string',
  contact_type_id: 'string',
  contact_view: 'string',
} as const;
/** A row of the operations answering with `PARTNER_USER_CONTACT` columns; `null` where the server sent nil or left the column out. */
export interface PartnerUserContactRow extends VendorRow {
  /** Partner user (сотрудник) УИД. */
  partner_user_id: string | null;
  /** Contact kind УИД (see `dictionaries.contactTypeRead`). */
  contact_type_id: string | null;
  /** The contact as text (up to 500 characters). */
  contact_view: string | null;
}
export const CLIENT_USER = {
  client_user_id: 'string',
  client_id: 'string',
  client_user_name: 'string',
  client_user_family_name: 'string',
  client_user_father_name: 'string',
  client_user_del: 'boolean',
} as const;
/** A row of the operations answering with `CLIENT_USER` columns; `null` where the server sent nil or left the column out. */
export interface ClientUserRow extends VendorRow {
  /** Client user (сотрудник клиента) УИД. */
  client_user_id: string | null;
  /** Client УИД. */
  client_id: string | null;
  /** First name. */
  client_user_name: string | null;
  /** Family name. */
  client_user_family_name: string | null;
  /** Patronymic. */
  client_user_father_name: string | null;
  /** Whether the user is deleted. */
  client_user_del: boolean | null;
}
export const CLIENT_USER_BIRTHDAY = {
  client_user_id: 'string',
  client_id: 'string',
  client_user_name: 'string',
  client_user_family_name: 'string',
  client_user_father_name: 'string',
  client_user_birthday: 'date',
  client_user_del: 'boolean',
} as const;
/** A row of the operations answering with `CLIENT_USER_BIRTHDAY` columns; `null` where the server sent nil or left the column out. */
export interface ClientUserBirthdayRow extends VendorRow {
  /** Client user (сотрудник клиента) УИД. */
  client_user_id: string | null;
  /** Client УИД. */
  client_id: string | null;
  /** First name. */
  client_user_name: string | null;
  /** Family name. */
  client_user_family_name: string | null;
  /** Patronymic. */
  client_user_father_name: string | null;
  /** Birthday (`YYYY-MM-DD`); personal data. */
  client_user_birthday: string | null;
  /** Whether the user is deleted. */
  client_user_del: boolean | null;
}
export const CLIENT_USER_CONTACT = {
  client_user_id: 'string',
  contact_type_id: 'string',
  contact_view: 'string',
} as const;
/** A row of the operations answering with `CLIENT_USER_CONTACT` columns; `null` where the server sent nil or left the column out. */
export interface ClientUserContactRow extends VendorRow {
  /** Client user (сотрудник клиента) УИД. */
  client_user_id: string | null;
  /** Contact kind УИД (see `dictionaries.contactTypeRead`). */
  contact_type_id: string | null;
  /** The contact as text (up to 500 characters). */
  contact_view: string | null;
}
