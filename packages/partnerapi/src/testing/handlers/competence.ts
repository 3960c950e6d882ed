import type { HandlersOf } from '@x/core/testing';
import type { competenceOperations } from '../../operations/competence.js';
import { EmulatorFault, type Handler, matching, num, ref, required, rows } from '../context.js';
import type { CompetenceRecord } from '../state.js';
import { serviceTypeOf } from './common.js';

/** One handler per entry of `competenceOperations`, under the same key. */
export const competenceHandlers = {
  read: (a, ctx) => {
    const match = matching<CompetenceRecord>(a, ['competence_id', 'service_type_id']);
    // The signature's `agent_id` is accepted too (see the table entry).
    const agent = ref(a, 'agent_partner_id') ?? ref(a, 'agent_id');
    const prio = num(a, 'prioritet');
    return rows(
      [...ctx.state.competences.values()].filter(
        (c) =>
          match(c) &&
          (agent === null || c.agent_partner_id === agent) &&
          (prio === null || c.prioritet === prio),
      ),
    );
  },
  add: (a, ctx) => {
    const agent = required(a, 'agent_partner_id');
    if (!ctx.state.agentsPartner.has(agent)) throw new EmulatorFault(`Агент партнера ${agent} не найден`);
    const type = serviceTypeOf(ctx, required(a, 'service_type_id')).service_type_id;
    const c = {
      competence_id: ctx.state.newId(),
      agent_partner_id: agent,
      service_type_id: type,
      prioritet: num(a, 'prioritet') ?? 3,
    };
    ctx.state.competences.set(c.competence_id, c);
    return rows([c]);
  },
  stop: (a, ctx) => {
    const id = required(a, 'competence_id');
    if (!ctx.state.competences.delete(id)) throw new EmulatorFault(`Компетенция ${id} не найдена`);
    return rows([]);
  },
} satisfies HandlersOf<typeof competenceOperations, Handler>;
