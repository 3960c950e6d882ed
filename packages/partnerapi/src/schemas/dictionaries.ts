/** Columns of the fixed dictionaries. */
export const CONTACT_TYPE = {
  contact_type_id: 'string',
  contact_type_name: 'string',
  contact_type_code: 'integer',
} as const;
/** role_id is typed integer here but string elsewhere; it is a УИД and kept as text everywhere. */
export const ROLE = { role_id: 'string', role_name: 'string' } as const;
export const CALL_STATUS_TYPE = { call_status_type_id: 'integer', call_status_type_name: 'string' } as const;
export const REMOTE_STATUS_TYPE = {
  remote_status_type_id: 'integer',
  remote_status_type_name: 'string',
} as const;
export const REMOTE_ACCESS_TYPE = {
  remote_access_type_id: 'integer',
  remote_access_type_name: 'string',
} as const;
export const PAY_METHOD_TYPE = { pay_method_type_id: 'integer', pay_method_type_name: 'string' } as const;
