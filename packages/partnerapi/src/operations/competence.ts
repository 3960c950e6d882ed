import { COMPETENCE, type CompetenceRow } from '../schemas/catalog.js';
import { p } from '../schemas/params.js';
import { rowsOp, namedOp } from './define.js';

const key = ['competence_id'] as const;

/** Input of `competence.read` (PartnerAPI `competence_read`; every operand is optional; the whole input may be left out). */
export interface CompetenceReadInput {
  /** Competence УИД; optional: `null` or left out sends nil. */
  competence_id?: string | null;
  /** Partner agent (specialist) УИД; optional: `null` or left out sends nil. */
  agent_partner_id?: string | null;
  /** Support line (service type) УИД; optional: `null` or left out sends nil. */
  service_type_id?: string | null;
  /** Priority, a whole number from 1 (the document's default is 3); optional: `null` or left out sends nil. */
  prioritet?: number | null;
}

/** Input of `competence.add` (PartnerAPI `competence_add`). */
export interface CompetenceAddInput {
  /** Partner agent (specialist) УИД. */
  agent_partner_id: string;
  /** Support line (service type) УИД. */
  service_type_id: string;
  /** Priority, a whole number from 1 (the document's default is 3); optional: `null` or left out sends nil. */
  prioritet?: number | null;
}

/** Input of `competence.stop` (PartnerAPI `competence_stop`). */
export interface CompetenceStopInput {
  /** Competence УИД. */
  competence_id: string;
}

/** Competences of partner agents: competence_*. */
export const competenceOperations = {
  /**
   * `competence_read`: competences by competence, agent, service type or priority. The document's
   * signature names the agent operand `agent_id`, its table and description `agent_partner_id`; the
   * latter is sent. Key: competence_id.
   */
  read: namedOp<CompetenceReadInput | undefined, CompetenceRow[]>()(
    rowsOp({
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
  ),
  /** `competence_add`: gives a partner agent a competence on a service type; priority defaults to 3. Key: competence_id. */
  add: namedOp<CompetenceAddInput, CompetenceRow[]>()(
    rowsOp({
      wire: 'competence_add',
      idempotent: false,
      verify: 'look for the competence with competence.read() before adding again',
      doc: 'Adds a competence (service type) to a partner agent.',
      params: { agent_partner_id: p.id(), service_type_id: p.id(), prioritet: p.priorityOpt() },
      columns: COMPETENCE,
      key,
    }),
  ),
  /** `competence_stop`: cancels a competence; success is an empty result (documented). Key: competence_id. */
  stop: namedOp<CompetenceStopInput, CompetenceRow[]>()(
    rowsOp({
      wire: 'competence_stop',
      idempotent: false,
      verify: "check the competence's state with competence.read()",
      doc: 'Cancels a competence; an empty result means success.',
      params: { competence_id: p.id() },
      columns: COMPETENCE,
      key,
      emptyOnSuccess: true,
    }),
  ),
};
