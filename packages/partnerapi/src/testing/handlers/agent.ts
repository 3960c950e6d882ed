import type { HandlersOf } from '@x/core/testing';
import type { agentPartnerOperations, agentUserOperations } from '../../operations/agent.js';
import {
  type Args,
  type Ctx,
  EmulatorFault,
  type Handler,
  matching,
  ref,
  required,
  rows,
} from '../context.js';
import type { AgentPartnerRecord, AgentUserRecord } from '../state.js';
import { partnerUserOf, clientUserOf } from './common.js';

function password(ctx: Ctx, a: Args, name: string): string {
  const given = ref(a, name);
  if (given !== null) return given;
  return String(100000 + (((ctx.state.agentsPartner.size + ctx.state.agentsUser.size) * 7919) % 900000));
}

/** One handler per entry of `agentPartnerOperations`, under the same key. */
export const agentPartnerHandlers = {
  read: (a, ctx) => {
    const match = matching<AgentPartnerRecord>(
      a,
      ['agent_partner_id', 'partner_user_id'],
      ['agent_partner_activity'],
    );
    return rows(
      [...ctx.state.agentsPartner.values()].filter(
        (g) => g.partner_id === ctx.state.partner.partner_id && match(g),
      ),
    );
  },
  add: (a, ctx) => {
    const user = partnerUserOf(ctx, required(a, 'partner_user_id'));
    const g: AgentPartnerRecord = {
      agent_partner_id: ctx.state.newId(),
      agent_partner_number: ctx.state.newAgentNumber(),
      agent_type: 1,
      agent_partner_password: password(ctx, a, 'agent_partner_password'),
      partner_id: ctx.state.partner.partner_id,
      agent_partner_activity: true,
      partner_user_id: user.partner_user_id,
    };
    ctx.state.agentsPartner.set(g.agent_partner_id, g);
    return rows([g]);
  },
  edit: (a, ctx) => {
    const id = required(a, 'agent_partner_id');
    const g = ctx.state.agentsPartner.get(id);
    if (!g) throw new EmulatorFault(`Агент партнера ${id} не найден`);
    const pw = ref(a, 'agent_partner_password');
    if (pw !== null) g.agent_partner_password = pw;
    const user = ref(a, 'partner_user_id');
    if (user !== null) g.partner_user_id = partnerUserOf(ctx, user).partner_user_id;
    // agent_partner_activity is a dummy operand (document 1.16).
    return rows([g]);
  },
  delete: (a, ctx) => {
    const id = required(a, 'agent_partner_id');
    if (!ctx.state.agentsPartner.delete(id)) throw new EmulatorFault(`Агент партнера ${id} не найден`);
    for (const [k, c] of ctx.state.competences)
      if (c.agent_partner_id === id) ctx.state.competences.delete(k);
    return rows([]);
  },
} satisfies HandlersOf<typeof agentPartnerOperations, Handler>;

/** One handler per entry of `agentUserOperations`, under the same key. */
export const agentUserHandlers = {
  read: (a, ctx) => {
    const match = matching<AgentUserRecord>(
      a,
      ['agent_user_id', 'client_id', 'client_user_id'],
      ['agent_user_activity'],
    );
    return rows(
      [...ctx.state.agentsUser.values()].filter(
        (g) => ctx.state.clients.get(g.client_id)?.partner_id === ctx.state.partner.partner_id && match(g),
      ),
    );
  },
  add: (a, ctx) => {
    const user = clientUserOf(ctx, required(a, 'client_user_id'));
    if (user.client_user_del) throw new EmulatorFault(`Сотрудник клиента ${user.client_user_id} удален`);
    const g: AgentUserRecord = {
      agent_user_id: ctx.state.newId(),
      agent_user_number: ctx.state.newAgentNumber(),
      agent_type: 2,
      agent_user_password: password(ctx, a, 'agent_user_password'),
      client_id: user.client_id,
      agent_user_activity: true,
      client_user_id: user.client_user_id,
    };
    ctx.state.agentsUser.set(g.agent_user_id, g);
    return rows([g]);
  },
  edit: (a, ctx) => {
    const id = required(a, 'agent_user_id');
    const g = ctx.state.agentsUser.get(id);
    if (!g) throw new EmulatorFault(`Агент пользователя ${id} не найден`);
    const pw = ref(a, 'agent_user_password');
    if (pw !== null) g.agent_user_password = pw;
    const userId = ref(a, 'client_user_id');
    if (userId !== null) {
      const user = clientUserOf(ctx, userId);
      if (user.client_id !== g.client_id)
        throw new EmulatorFault('Пользователь должен быть сотрудником клиента, у которого находится агент');
      g.client_user_id = user.client_user_id;
    }
    return rows([g]);
  },
  delete: (a, ctx) => {
    const id = required(a, 'agent_user_id');
    if (!ctx.state.agentsUser.delete(id)) throw new EmulatorFault(`Агент пользователя ${id} не найден`);
    return rows([]);
  },
} satisfies HandlersOf<typeof agentUserOperations, Handler>;
