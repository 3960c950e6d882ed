import type { VendorRow } from './fields.js';
/** Columns of agent results. Agent numbers start with 271828. */
export const AGENT_PARTNER = {
  agent_partner_id: 'string',
  agent_partner_number: 'string',
  agent_type: 'integer',
  agent_partner_password: 'string',
  partner_id: 'string',
  agent_partner_activity: 'boolean',
  partner_user_id: 'string',
} as const;
/** A row of the operations answering with `AGENT_PARTNER` columns; `null` where the server sent nil or left the column out. */
export interface AgentPartnerRow extends VendorRow {
  /** Partner agent (specialist) УИД. */
  agent_partner_id: string | null;
  /** Agent number (starts with 271828). */
  agent_partner_number: string | null;
  /** Agent type as the server reports it. */
  agent_type: number | null;
  /** Agent password: a secret, masked in logs. */
  agent_partner_password: string | null;
  /** Partner УИД. */
  partner_id: string | null;
  /** Whether the agent is active. */
  agent_partner_activity: boolean | null;
  /** Partner user (сотрудник) УИД. */
  partner_user_id: string | null;
}
export const AGENT_USER = {
  agent_user_id: 'string',
  agent_user_number: 'string',
  agent_type: 'integer',
  agent_user_password: 'string',
  client_id: 'string',
  agent_user_activity: 'boolean',
  client_user_id: 'string',
} as const;
/** A row of the operations answering with `AGENT_USER` columns; `null` where the server sent nil or left the column out. */
export interface AgentUserRow extends VendorRow {
  /** Client agent УИД. */
  agent_user_id: string | null;
  /** Agent number (starts with 271828). */
  agent_user_number: string | null;
  /** Agent type as the server reports it. */
  agent_type: number | null;
  /** Agent password: a secret, masked in logs. */
  agent_user_password: string | null;
  /** Client УИД. */
  client_id: string | null;
  /** Whether the agent is active. */
  agent_user_activity: boolean | null;
  /** Client user (сотрудник клиента) УИД. */
  client_user_id: string | null;
}
