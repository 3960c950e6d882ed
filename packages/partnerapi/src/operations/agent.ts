import { AGENT_PARTNER, AGENT_USER, type AgentPartnerRow, type AgentUserRow } from '../schemas/agent.js';
import { p } from '../schemas/params.js';
import { rowsOp, namedOp } from './define.js';

/** Input of `agentPartner.read` (PartnerAPI `agent_partner_read`; every operand is optional; the whole input may be left out). */
export interface AgentPartnerReadInput {
  /** Partner agent (specialist) УИД; optional: `null` or left out sends nil. */
  agent_partner_id?: string | null;
  /** Whether the agent is active; optional: `null` or left out sends nil. */
  agent_partner_activity?: boolean | null;
  /** Partner user (сотрудник) УИД; optional: `null` or left out sends nil. */
  partner_user_id?: string | null;
}

/** Input of `agentPartner.add` (PartnerAPI `agent_partner_add`). */
export interface AgentPartnerAddInput {
  /** Partner user (сотрудник) УИД. */
  partner_user_id: string;
  /** Agent password (a secret, masked in logs); optional: `null` or left out sends nil. */
  agent_partner_password?: string | null;
}

/** Input of `agentPartner.edit` (PartnerAPI `agent_partner_edit`). */
export interface AgentPartnerEditInput {
  /** Partner agent (specialist) УИД. */
  agent_partner_id: string;
  /** Agent password (a secret, masked in logs); optional: `null` or left out sends nil. */
  agent_partner_password?: string | null;
  /** Whether the agent is active; optional: `null` or left out sends nil. */
  agent_partner_activity?: boolean | null;
  /** Partner user (сотрудник) УИД; optional: `null` or left out sends nil. */
  partner_user_id?: string | null;
}

/** Input of `agentPartner.delete` (PartnerAPI `agent_partner_delete`). */
export interface AgentPartnerDeleteInput {
  /** Partner agent (specialist) УИД. */
  agent_partner_id: string;
}

/** Agents (devices) of the partner's employees: agent_partner_*. Agent numbers start with 271828. */
export const agentPartnerOperations = {
  /** `agent_partner_read`: the partner's agents, filtered by agent, activity or employee. Key: agent_partner_id. */
  read: namedOp<AgentPartnerReadInput | undefined, AgentPartnerRow[]>()(
    rowsOp({
      wire: 'agent_partner_read',
      idempotent: true,
      doc: 'Reads the agents of the current partner.',
      params: {
        agent_partner_id: p.idOpt(),
        agent_partner_activity: p.boolOpt(),
        partner_user_id: p.idOpt(),
      },
      columns: AGENT_PARTNER,
      key: ['agent_partner_id'],
    }),
  ),
  /**
   * `agent_partner_add`: issues a new agent to an employee of the partner; the password is generated
   * when omitted. The document types the password `int` here and `string` everywhere else; it is sent as text. Key: agent_partner_id.
   */
  add: namedOp<AgentPartnerAddInput, AgentPartnerRow[]>()(
    rowsOp({
      wire: 'agent_partner_add',
      idempotent: false,
      verify: 'look for the agent with agentPartner.read() before adding again',
      doc: 'Creates a partner agent for one of the partner’s employees.',
      params: { agent_partner_password: p.textOpt(), partner_user_id: p.id() },
      columns: AGENT_PARTNER,
      key: ['agent_partner_id'],
    }),
  ),
  /**
   * `agent_partner_edit`: changes the password or the employee of an agent. agent_partner_activity is a
   * dummy operand per the document (use partner_user_delete / agent_partner_delete). Key: agent_partner_id.
   */
  edit: namedOp<AgentPartnerEditInput, AgentPartnerRow[]>()(
    rowsOp({
      wire: 'agent_partner_edit',
      idempotent: false,
      verify: 'read the agent back with agentPartner.read() and compare it with the change',
      doc: 'Changes the password or employee of a partner agent.',
      params: {
        agent_partner_id: p.id(),
        agent_partner_password: p.textOpt(),
        agent_partner_activity: p.boolOpt(),
        partner_user_id: p.idOpt(),
      },
      columns: AGENT_PARTNER,
      key: ['agent_partner_id'],
    }),
  ),
  /** `agent_partner_delete`: deletes an agent; success is an empty result (documented). Key: agent_partner_id. */
  delete: namedOp<AgentPartnerDeleteInput, AgentPartnerRow[]>()(
    rowsOp({
      wire: 'agent_partner_delete',
      idempotent: false,
      verify: 'check with agentPartner.read() whether the agent is still there',
      doc: 'Deletes a partner agent; an empty result means success.',
      params: { agent_partner_id: p.id() },
      columns: AGENT_PARTNER,
      key: ['agent_partner_id'],
      emptyOnSuccess: true,
    }),
  ),
};

/** Input of `agentUser.read` (PartnerAPI `agent_user_read`; every operand is optional; the whole input may be left out). */
export interface AgentUserReadInput {
  /** Client agent УИД; optional: `null` or left out sends nil. */
  agent_user_id?: string | null;
  /** Client УИД; optional: `null` or left out sends nil. */
  client_id?: string | null;
  /** Whether the agent is active; optional: `null` or left out sends nil. */
  agent_user_activity?: boolean | null;
  /** Client user УИД; optional: `null` or left out sends nil. */
  client_user_id?: string | null;
}

/** Input of `agentUser.add` (PartnerAPI `agent_user_add`). */
export interface AgentUserAddInput {
  /** Client user УИД. */
  client_user_id: string;
  /** Agent password (a secret, masked in logs); optional: `null` or left out sends nil. */
  agent_user_password?: string | null;
}

/** Input of `agentUser.edit` (PartnerAPI `agent_user_edit`). */
export interface AgentUserEditInput {
  /** Client agent УИД. */
  agent_user_id: string;
  /** Agent password (a secret, masked in logs); optional: `null` or left out sends nil. */
  agent_user_password?: string | null;
  /** Whether the agent is active; optional: `null` or left out sends nil. */
  agent_user_activity?: boolean | null;
  /** Client user УИД; optional: `null` or left out sends nil. */
  client_user_id?: string | null;
}

/** Input of `agentUser.delete` (PartnerAPI `agent_user_delete`). */
export interface AgentUserDeleteInput {
  /** Client agent УИД. */
  agent_user_id: string;
}

/** Agents (devices) of client employees: agent_user_*. */
export const agentUserOperations = {
  /** `agent_user_read`: agents of client users, filtered by agent, client, activity or user. Key: agent_user_id. */
  read: namedOp<AgentUserReadInput | undefined, AgentUserRow[]>()(
    rowsOp({
      wire: 'agent_user_read',
      idempotent: true,
      doc: 'Reads the agents of client users.',
      params: {
        agent_user_id: p.idOpt(),
        client_id: p.idOpt(),
        agent_user_activity: p.boolOpt(),
        client_user_id: p.idOpt(),
      },
      columns: AGENT_USER,
      key: ['agent_user_id'],
    }),
  ),
  /** `agent_user_add`: issues a new agent to a client employee; password generated when omitted (sent as text). Key: agent_user_id. */
  add: namedOp<AgentUserAddInput, AgentUserRow[]>()(
    rowsOp({
      wire: 'agent_user_add',
      idempotent: false,
      verify: 'look for the agent user with agentUser.read() before adding again',
      doc: 'Creates an agent for a client employee.',
      params: { agent_user_password: p.textOpt(), client_user_id: p.id() },
      columns: AGENT_USER,
      key: ['agent_user_id'],
    }),
  ),
  /** `agent_user_edit`: changes password or user (of the same client); agent_user_activity is a dummy operand. Key: agent_user_id. */
  edit: namedOp<AgentUserEditInput, AgentUserRow[]>()(
    rowsOp({
      wire: 'agent_user_edit',
      idempotent: false,
      verify: 'read the agent user back with agentUser.read() and compare it with the change',
      doc: 'Changes the password or user of a client agent.',
      params: {
        agent_user_id: p.id(),
        agent_user_password: p.textOpt(),
        agent_user_activity: p.boolOpt(),
        client_user_id: p.idOpt(),
      },
      columns: AGENT_USER,
      key: ['agent_user_id'],
    }),
  ),
  /** `agent_user_delete`: deletes a client agent; success is an empty result (documented). Key: agent_user_id. */
  delete: namedOp<AgentUserDeleteInput, AgentUserRow[]>()(
    rowsOp({
      wire: 'agent_user_delete',
      idempotent: false,
      verify: 'check with agentUser.read() whether the agent user is still there',
      doc: 'Deletes a client agent; an empty result means success.',
      params: { agent_user_id: p.id() },
      columns: AGENT_USER,
      key: ['agent_user_id'],
      emptyOnSuccess: true,
    }),
  ),
};
