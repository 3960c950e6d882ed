import { p } from '../schemas/params.js';
import {
  CALL,
  REMOTE_SESSION,
  SIP_CALL,
  type CallRow,
  type RemoteSessionRow,
  type SipCallRow,
} from '../schemas/statistics.js';
import { bytesOp, rowsOp, namedOp } from './define.js';

/** The operands of the chat history reads after their subjects. */
const period = { period_from: p.datetime(), period_to: p.datetime() };

const filters = {
  client_id: p.idOpt(),
  agent_id: p.idOpt(),
  src_agent_id: p.idOpt(),
  dst_agent_id: p.idOpt(),
  service_type_id: p.idOpt(),
};

/** Input of `statistics.read` (PartnerAPI `statistics_read`; every operand is optional; the whole input may be left out). */
export interface StatisticsReadInput {
  /** Client УИД; optional: `null` or left out sends nil. */
  client_id?: string | null;
  /** Agent УИД; optional: `null` or left out sends nil. */
  agent_id?: string | null;
  /** Agent who called; optional: `null` or left out sends nil. */
  src_agent_id?: string | null;
  /** Agent who was called; optional: `null` or left out sends nil. */
  dst_agent_id?: string | null;
  /** Support line (service type) УИД; optional: `null` or left out sends nil. */
  service_type_id?: string | null;
  /** Start of the period, Moscow wall-clock: ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`; optional: `null` or left out sends nil. */
  start_time?: string | Date | null;
  /** End of the period, in the same forms; optional: `null` or left out sends nil. */
  end_time?: string | Date | null;
}

/**
 * Input of `statistics.remoteAccessRead` (PartnerAPI `remote_access_statistics_read`): the operands of
 * `statistics.read`; start_time must not be earlier than two calendar months back.
 */
export type StatisticsRemoteAccessReadInput = StatisticsReadInput;

/** Input of `statistics.sipCallsRead` (PartnerAPI `sip_calls_statistics_read`; every operand is optional; the whole input may be left out). */
export interface StatisticsSipCallsReadInput {
  /** Start of the period, Moscow wall-clock: ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`; optional: `null` or left out sends nil. */
  start_time?: string | Date | null;
  /** End of the period, in the same forms; optional: `null` or left out sends nil. */
  end_time?: string | Date | null;
  /** Agent УИД; optional: `null` or left out sends nil. */
  agent_id?: string | null;
  /** Exact subscriber number; optional: `null` or left out sends nil. */
  abonent?: string | null;
}

/** The period both chat history reads require. */
export interface StatisticsChatPeriod {
  /** Start of the period, Moscow wall-clock: ISO string, `Date` or `yyyy-mm-ddTHH:MM:SS`. */
  period_from: string | Date;
  /** End of the period, in the same forms. */
  period_to: string | Date;
}

/** Input of `statistics.chatHistoryRead` (PartnerAPI `chat_history_statistics_read`). */
export interface StatisticsChatHistoryReadInput extends StatisticsChatPeriod {
  /** Client user УИД. */
  client_user_id: string;
  /** Service (support line connection) УИД. */
  service_id: string;
}

/** Input of `statistics.chatHistoryColleaguesRead` (PartnerAPI `chat_history_colleagues_read`). */
export interface StatisticsChatHistoryColleaguesReadInput extends StatisticsChatPeriod {
  /** One colleague (partner user УИД). */
  Colleague1_id: string;
  /** The other colleague (partner user УИД). */
  Colleague2_id: string;
}

/** Call, remote access, SIP and chat statistics. All times are Moscow wall-clock. */
export const statisticsOperations = {
  /**
   * `statistics_read`: calls whose START lies in [start_time, end_time] (bounds included). The
   * remote_status_id column is marked for removal by the document. Key: call_id.
   */
  read: namedOp<StatisticsReadInput | undefined, CallRow[]>()(
    rowsOp({
      wire: 'statistics_read',
      idempotent: true,
      doc: 'Reads call statistics.',
      params: { start_time: p.datetimeOpt(), end_time: p.datetimeOpt(), ...filters },
      columns: CALL,
      key: ['call_id'],
    }),
  ),
  /**
   * `remote_access_statistics_read`: remote access sessions. start_time must not be earlier than two
   * calendar months back (checked before sending; the server treats a missing start_time as that
   * limit). The description calls the agent filters server_agent_id / client_agent_id; the signature's
   * src_agent_id / dst_agent_id are sent. Key: session_id.
   */
  remoteAccessRead: namedOp<StatisticsRemoteAccessReadInput | undefined, RemoteSessionRow[]>()(
    rowsOp({
      wire: 'remote_access_statistics_read',
      idempotent: true,
      doc: 'Reads remote access session statistics (at most two calendar months back).',
      params: { start_time: p.remoteStartOpt(), end_time: p.datetimeOpt(), ...filters },
      columns: REMOTE_SESSION,
      key: ['session_id'],
    }),
  ),
  /** `sip_calls_statistics_read`: SIP calls of the client, filtered by agent or exact subscriber number. Key: call_id. */
  sipCallsRead: namedOp<StatisticsSipCallsReadInput | undefined, SipCallRow[]>()(
    rowsOp({
      wire: 'sip_calls_statistics_read',
      idempotent: true,
      doc: 'Reads SIP call statistics.',
      params: {
        start_time: p.datetimeOpt(),
        end_time: p.datetimeOpt(),
        agent_id: p.idOpt(),
        abonent: p.textOpt(),
      },
      columns: SIP_CALL,
      key: ['call_id'],
    }),
  ),
  /** `chat_history_statistics_read`: the chat history of a client user on a support line, as bytes (base64Binary). */
  chatHistoryRead: namedOp<StatisticsChatHistoryReadInput, Uint8Array>()(
    bytesOp({
      wire: 'chat_history_statistics_read',
      idempotent: true,
      doc: 'Reads the chat history of a client user on a support line (binary).',
      params: {
        client_user_id: p.id(),
        service_id: p.id(),
        ...period,
      },
    }),
  ),
  /** `chat_history_colleagues_read`: the chat history between two colleagues, as bytes (base64Binary). */
  chatHistoryColleaguesRead: namedOp<StatisticsChatHistoryColleaguesReadInput, Uint8Array>()(
    bytesOp({
      wire: 'chat_history_colleagues_read',
      idempotent: true,
      doc: 'Reads the chat history between two colleagues (binary).',
      params: {
        Colleague1_id: p.id(),
        Colleague2_id: p.id(),
        ...period,
      },
    }),
  ),
};
