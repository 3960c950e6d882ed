/** Columns of partner and client users (сотрудники) and their contact information. */
export const PARTNER_USER = {
  partner_user_id: 'string',
  partner_id: 'string',
  partner_user_name: 'string',
  partner_user_family_name: 'string',
  partner_user_father_name: 'string',
  partner_user_del: 'boolean',
} as const;
export const PARTNER_USER_BIRTHDAY = {
  partner_user_id: 'string',
  partner_id: 'string',
  partner_user_name: 'string',
  partner_user_family_name: 'string',
  partner_user_father_name: 'string',
  partner_user_birthday: 'date',
  partner_user_del: 'boolean',
} as const;
export const PARTNER_USER_CONTACT = {
  partner_user_id: 'string',
  contact_type_id: 'string',
  contact_view: 'string',
} as const;
export const CLIENT_USER = {
  client_user_id: 'string',
  client_id: 'string',
  client_user_name: 'string',
  client_user_family_name: 'string',
  client_user_father_name: 'string',
  client_user_del: 'boolean',
} as const;
export const CLIENT_USER_BIRTHDAY = {
  client_user_id: 'string',
  client_id: 'string',
  client_user_name: 'string',
  client_user_family_name: 'string',
  client_user_father_name: 'string',
  client_user_birthday: 'date',
  client_user_del: 'boolean',
} as const;
export const CLIENT_USER_CONTACT = {
  client_user_id: 'string',
  contact_type_id: 'string',
  contact_view: 'string',
} as const;
