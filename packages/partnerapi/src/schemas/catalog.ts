import type { VendorRow } from './fields.js';
/** Columns of service types, regions, contracts, services and competences. */
export const SERVICE_TYPE = {
  service_type_id: 'string',
  service_type_name: 'string',
  service_type_full_name: 'string',
  partner_id: 'string',
  service_type_del: 'boolean',
} as const;
/** A row of the operations answering with `SERVICE_TYPE` columns; `null` where the server sent nil or left the column out. */
export interface ServiceTypeRow extends VendorRow {
  /** Support line (service type) УИД. */
  service_type_id: string | null;
  /** Support line name. */
  service_type_name: string | null;
  /** Support line full name. */
  service_type_full_name: string | null;
  /** Partner УИД. */
  partner_id: string | null;
  /** Whether the support line is deleted. */
  service_type_del: boolean | null;
}
/** region_time_zone is typed integer but described as "in text form": kept as text. */
export const REGION = { region_id: 'string', region_name: 'string', region_time_zone: 'string' } as const;
/** A row of the operations answering with `REGION` columns; `null` where the server sent nil or left the column out. */
export interface RegionRow extends VendorRow {
  /** Region УИД. */
  region_id: string | null;
  /** Region name. */
  region_name: string | null;
  /** Time zone of the region, as text (the document types it integer but describes it as text). */
  region_time_zone: string | null;
}
export const CONTRACT = {
  contract_id: 'string',
  contract_start_date: 'date',
  contract_end_date: 'date',
  role_id: 'string',
} as const;
/** A row of the operations answering with `CONTRACT` columns; `null` where the server sent nil or left the column out. */
export interface ContractRow extends VendorRow {
  /** Contract УИД. */
  contract_id: string | null;
  /** Contract start (`YYYY-MM-DD`). */
  contract_start_date: string | null;
  /** Contract end (`YYYY-MM-DD`); `null` when open-ended (`01.01.0001`). */
  contract_end_date: string | null;
  /** Role УИД (see `dictionaries.roleRead`). */
  role_id: string | null;
}
export const CONTRACT_SERVICE = {
  contract_id: 'string',
  service_type_id: 'string',
  contract_service_start_date: 'date',
  contract_service_end_date: 'date',
} as const;
/** A row of the operations answering with `CONTRACT_SERVICE` columns; `null` where the server sent nil or left the column out. */
export interface ContractServiceRow extends VendorRow {
  /** Contract УИД. */
  contract_id: string | null;
  /** Support line (service type) УИД. */
  service_type_id: string | null;
  /** Start of the line under the contract (`YYYY-MM-DD`). */
  contract_service_start_date: string | null;
  /** End of the line under the contract (`YYYY-MM-DD`); `null` when open-ended. */
  contract_service_end_date: string | null;
}
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
/** A row of the operations answering with `SERVICE` columns; `null` where the server sent nil or left the column out. */
export interface ServiceRow extends VendorRow {
  /** Service (support line connection) УИД. */
  service_id: string | null;
  /** Partner who sold the service. */
  sale_partner_id: string | null;
  /** Client УИД. */
  client_id: string | null;
  /** Partner who provides the service. */
  service_partner_id: string | null;
  /** Service start (`YYYY-MM-DD`). */
  service_start_date: string | null;
  /** Service end (`YYYY-MM-DD`); `null` when open-ended. */
  service_end_date: string | null;
  /** Client agent УИД. */
  agent_user_id: string | null;
  /** Support line (service type) УИД. */
  service_type_id: string | null;
}
export const COMPETENCE = {
  competence_id: 'string',
  agent_partner_id: 'string',
  service_type_id: 'string',
  prioritet: 'integer',
} as const;
/** A row of the operations answering with `COMPETENCE` columns; `null` where the server sent nil or left the column out. */
export interface CompetenceRow extends VendorRow {
  /** Competence УИД. */
  competence_id: string | null;
  /** Partner agent (specialist) УИД. */
  agent_partner_id: string | null;
  /** Support line (service type) УИД. */
  service_type_id: string | null;
  /** Priority of the competence (the document's default is 3). */
  prioritet: number | null;
}
