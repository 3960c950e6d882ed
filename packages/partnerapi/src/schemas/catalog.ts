/** Columns of service types, regions, contracts, services and competences. */
export const SERVICE_TYPE = {
  service_type_id: 'string',
  service_type_name: 'string',
  service_type_full_name: 'string',
  partner_id: 'string',
  service_type_del: 'boolean',
} as const;
/** region_time_zone is typed integer but described as "in text form": kept as text. */
export const REGION = { region_id: 'string', region_name: 'string', region_time_zone: 'string' } as const;
export const CONTRACT = {
  contract_id: 'string',
  contract_start_date: 'date',
  contract_end_date: 'date',
  role_id: 'string',
} as const;
export const CONTRACT_SERVICE = {
  contract_id: 'string',
  service_type_id: 'string',
  contract_service_start_date: 'date',
  contract_service_end_date: 'date',
} as const;
export const SERVICE = {
  service_id: 'string',
  sale_partner_id: 'string',
  client_id: 'string',
  service_partner_id: 'string',
  service_start_date: 'date',
  service_end_date: 'date',
  agent_user_id: 'string',
  service_type_id: 'string',
} as const;
export const COMPETENCE = {
  competence_id: 'string',
  agent_partner_id: 'string',
  service_type_id: 'string',
  prioritet: 'integer',
} as const;
