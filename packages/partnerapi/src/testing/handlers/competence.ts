import type { HandlersOf } from '@x/core/testing';
import type { competenceOperations } from '../../operations/competence.js';
import { EmulatorFault, type Handler, num, ref, required, rows } from '../context.js';
import { serviceTypeOf } from './common.js';

/** One handler per entry of `competenceOperations`, under the same key. */
export const competenceHandlers = {
  read: (a, ctx) => {
    const id = ref(a, 'competence_id');
    const agent = ref(a, 'agent_partner_id') ?? ref(a, 'agent_id');
    const type = ref(a, 'service_type_id');
    const prio = num(a, 'prioritet');
    return rows(
      [...ctx.state.competences.values()].filter(
        (c) =>
          (id === null || c.competence_id === id) &&
          (agent === null || c.agent_partner_id === agent) &&
          (type === null || c.service_type_id === type) &&
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
