import type { VendorRow } from './fields.js';
/** Columns of the fixed dictionaries. */
export const CONTACT_TYPE = {
  contact_type_id: 'string',
  contact_type_name: 'string',
  contact_type_code: 'integer',
} as const;
/** A row of the operations answering with `CONTACT_TYPE` columns; `null` where the server sent nil or left the column out. */
export interface ContactTypeRow extends VendorRow {
  /** Contact kind УИД (see `dictionaries.contactTypeRead`). */
  contact_type_id: string | null;
  /** Contact kind name. */
  contact_type_name: string | null;
  /** Contact kind code (1: contact information of clients). */
  contact_type_code: number | null;
}
/** role_id is typed integer here but string elsewhere; it is a УИД and kept as text everywhere. */
export const ROLE = { role_id: 'string', role_name: 'string' } as const;
/** A row of the operations answering with `ROLE` columns; `null` where the server sent nil or left the column out. */
export interface RoleRow extends VendorRow {
  /** Role УИД (see `dictionaries.roleRead`). */
  role_id: string | null;
  /** Role name. */
  role_name: string | null;
}
export const CALL_STATUS_TYPE = { call_status_type_id: 'integer', call_status_type_name: 'string' } as const;
/** A row of the operations answering with `CALL_STATUS_TYPE` columns; `null` where the server sent nil or left the column out. */
export interface CallStatusTypeRow extends VendorRow {
  /** Call status code. */
  call_status_type_id: number | null;
  /** Call status name. */
  call_status_type_name: string | null;
}
export const REMOTE_STATUS_TYPE = {
  remote_status_type_id: 'integer',
  remote_status_type_name: 'string',
} as const;
/** A row of the operations answering with `REMOTE_STATUS_TYPE` columns; `null` where the server sent nil or left the column out. */
export interface RemoteStatusTypeRow extends VendorRow {
  /** Remote access status code. */
  remote_status_type_id: number | null;
  /** Remote access status name. */
  remote_status_type_name: string | null;
}
export const REMOTE_ACCESS_TYPE = {
  remote_access_type_id: 'integer',
  remote_access_type_name: 'string',
} as const;
/** A row of the operations answering with `REMOTE_ACCESS_TYPE` columns; `null` where the server sent nil or left the column out. */
export interface RemoteAccessTypeRow extends VendorRow {
  /** Remote access type code. */
  remote_access_type_id: number | null;
  /** Remote access type name. */
  remote_access_type_name: string | null;
}
export const PAY_METHOD_TYPE = { pay_method_type_id: 'integer', pay_method_type_name: 'string' } as const;
/** A row of the operations answering with `PAY_METHOD_TYPE` columns; `null` where the server sent nil or left the column out. */
export interface PayMethodTypeRow extends VendorRow {
  /** Pay method code (0…4). */
  pay_method_type_id: number | null;
  /** Pay method name. */
  pay_method_type_name: string | null;
}
