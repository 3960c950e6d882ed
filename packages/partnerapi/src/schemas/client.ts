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
/** client_ITS_status_For_INN. */
export const CLIENT_ITS_STATUS = { ITSLevel: 'integer', DateFrom: 'date', DateTo: 'date' } as const;
export const CLIENT_CONTACT = {
  client_id: 'string',
  contact_type_id: 'string',
  contact_view: 'string',
} as const;
