/** Columns of the statistics operations. Times are Moscow wall-clock. */
export const CALL = {
  call_id: 'string',
  time: 'datetime',
  duration: 'integer',
  partner_id: 'string',
  client_id: 'string',
  src_agent_id: 'string',
  dst_agent_id: 'string',
  service_type_id: 'string',
  call_status_id: 'integer',
  /** @deprecated marked for removal by the document (remote access moved to its own register). */
  remote_status_id: 'integer',
  URL_call_record: 'string',
} as const;
export const REMOTE_SESSION = {
  session_id: 'string',
  time: 'datetime',
  duration: 'integer',
  partner_id: 'string',
  client_id: 'string',
  server_agent_id: 'string',
  dst_agent_id: 'string',
  service_type_id: 'string',
  remote_access_result_id: 'integer',
  remote_access_type_id: 'integer',
} as const;
export const SIP_CALL = {
  call_id: 'string',
  time: 'datetime',
  duration: 'integer',
  duration_after_answer: 'integer',
  agent_id: 'string',
  abonent: 'string',
  incoming: 'boolean',
  sip_call_status_id: 'integer',
} as const;
