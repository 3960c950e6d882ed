import type { VendorRow } from './fields.js';
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
/** A row of the operations answering with `CALL` columns; `null` where the server sent nil or left the column out. */
export interface CallRow extends VendorRow {
  /** Call УИД. */
  call_id: string | null;
  /** Start time, Moscow wall-clock (ISO without offset). */
  time: string | null;
  /** Duration, in seconds. */
  duration: number | null;
  /** Partner УИД. */
  partner_id: string | null;
  /** Client УИД. */
  client_id: string | null;
  /** Agent who called. */
  src_agent_id: string | null;
  /** Agent who was called. */
  dst_agent_id: string | null;
  /** Support line (service type) УИД. */
  service_type_id: string | null;
  /** Call status (see `dictionaries.callStatusTypeRead`). */
  call_status_id: number | null;
  /** Remote access status; marked for removal by the document. */
  remote_status_id: number | null;
  /** Link to the call recording. */
  URL_call_record: string | null;
}
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
/** A row of the operations answering with `REMOTE_SESSION` columns; `null` where the server sent nil or left the column out. */
export interface RemoteSessionRow extends VendorRow {
  /** Remote access session УИД. */
  session_id: string | null;
  /** Start time, Moscow wall-clock (ISO without offset). */
  time: string | null;
  /** Duration, in seconds. */
  duration: number | null;
  /** Partner УИД. */
  partner_id: string | null;
  /** Client УИД. */
  client_id: string | null;
  /** Agent who shared the desktop (the server of the session). */
  server_agent_id: string | null;
  /** Agent who was called. */
  dst_agent_id: string | null;
  /** Support line (service type) УИД. */
  service_type_id: string | null;
  /** Result: 0 success, 1 error. */
  remote_access_result_id: number | null;
  /** Remote access type code. */
  remote_access_type_id: number | null;
}
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
/** A row of the operations answering with `SIP_CALL` columns; `null` where the server sent nil or left the column out. */
export interface SipCallRow extends VendorRow {
  /** Call УИД. */
  call_id: string | null;
  /** Start time, Moscow wall-clock (ISO without offset). */
  time: string | null;
  /** Duration, in seconds. */
  duration: number | null;
  /** Duration after the answer, in seconds. */
  duration_after_answer: number | null;
  /** Agent УИД. */
  agent_id: string | null;
  /** Subscriber number. */
  abonent: string | null;
  /** `true`: incoming to the agent; `false`: outgoing from the subscriber. */
  incoming: boolean | null;
  /** SIP call status code. */
  sip_call_status_id: number | null;
}
