import { COMPETENCE } from '../schemas/catalog.js';
import { p } from '../schemas/params.js';
import { rowsOp } from './define.js';

const key = ['competence_id'] as const;

/** Competences of partner agents: competence_*. */
export const competenceOperations = {
  /**
   * `competence_read`: competences by competence, agent, service type or priority. The document's
   * signature names the agent operand `agent_id`, its table and description `agent_partner_id`; the
   * latter is sent. Key: competence_id.
   */
  read: rowsOp({
    wire: 'competence_read',
    idempotent: true,
    doc: 'Reads the competences matching the filters.',
    params: {
      competence_id: p.idOpt(),
      agent_partner_id: p.idOpt(),
      service_type_id: p.idOpt(),
      prioritet: p.priorityOpt(),
    },
    columns: COMPETENCE,
    key,
  }),
  /** `competence_add`: gives a partner agent a competence on a service type; priority defaults to 3. Key: competence_id. */
  add: rowsOp({
    wire: 'competence_add',
    idempotent: false,
    verify: 'look for the competence with competence.read() before adding again',
    doc: 'Adds a competence (service type) to a partner agent.',
    params: { agent_partner_id: p.id(), service_type_id: p.id(), prioritet: p.priorityOpt() },
    columns: COMPETENCE,
    key,
  }),
  /** `competence_stop`: cancels a competence; success is an empty result (documented). Key: competence_id. */
  stop: rowsOp({
    wire: 'competence_stop',
    idempotent: false,
    verify: "check the competence's state with competence.read()",
    doc: 'Cancels a competence; an empty result means success.',
    params: { competence_id: p.id() },
    columns: COMPETENCE,
    key,
    emptyOnSuccess: true,
  }),
};
