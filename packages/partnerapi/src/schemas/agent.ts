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
export const AGENT_USER = {
  agent_user_id: 'string',
  agent_user_number: 'string',
  agent_type: 'integer',
  agent_user_password: 'string',
  client_id: 'string',
  agent_user_activity: 'boolean',
  client_user_id: 'string',
} as const;
