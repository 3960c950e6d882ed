import {
  type Args,
  type Ctx,
  EmulatorFault,
  type Handler,
  day,
  flag,
  ref,
  required,
  rows,
  text,
} from './context.js';
import { contactKey } from './ops-partner-client.js';
import type { AgentPartnerRecord, AgentUserRecord, ClientUserRecord, PartnerUserRecord } from './state.js';

function partnerUserOf(ctx: Ctx, id: string): PartnerUserRecord {
  const u = ctx.state.partnerUsers.get(id);
  if (!u || u.partner_id !== ctx.state.partner.partner_id)
    throw new EmulatorFault(`Сотрудник партнера ${id} не найден`);
  return u;
}

function clientUserOf(ctx: Ctx, id: string): ClientUserRecord {
  const u = ctx.state.clientUsers.get(id);
  const c = u && ctx.state.clients.get(u.client_id);
  if (!u || !c || c.partner_id !== ctx.state.partner.partner_id)
    throw new EmulatorFault(`Сотрудник клиента ${id} не найден`);
  return u;
}

function password(ctx: Ctx, a: Args, name: string): string {
  const given = ref(a, name);
  if (given !== null) return given;
  return String(100000 + (((ctx.state.agentsPartner.size + ctx.state.agentsUser.size) * 7919) % 900000));
}

const partnerUserRow = ({ partner_user_birthday: _b, ...u }: PartnerUserRecord) => u;
const clientUserRow = ({ client_user_birthday: _b, ...u }: ClientUserRecord) => u;
const partnerUserBirthdayRow = (u: PartnerUserRecord) => ({
  partner_user_id: u.partner_user_id,
  partner_id: u.partner_id,
  partner_user_name: u.partner_user_name,
  partner_user_family_name: u.partner_user_family_name,
  partner_user_father_name: u.partner_user_father_name,
  partner_user_birthday: u.partner_user_birthday,
  partner_user_del: u.partner_user_del,
});
const clientUserBirthdayRow = (u: ClientUserRecord) => ({
  client_user_id: u.client_user_id,
  client_id: u.client_id,
  client_user_name: u.client_user_name,
  client_user_family_name: u.client_user_family_name,
  client_user_father_name: u.client_user_father_name,
  client_user_birthday: u.client_user_birthday,
  client_user_del: u.client_user_del,
});

function readPartnerUsers(a: Args, ctx: Ctx): PartnerUserRecord[] {
  const id = ref(a, 'partner_user_id');
  const all = flag(a, 'include_deleted') === true;
  return [...ctx.state.partnerUsers.values()].filter(
    (u) =>
      u.partner_id === ctx.state.partner.partner_id &&
      (id === null || u.partner_user_id === id) &&
      (all || id !== null || !u.partner_user_del),
  );
}

function readClientUsers(a: Args, ctx: Ctx): ClientUserRecord[] {
  const id = ref(a, 'client_user_id');
  const client = ref(a, 'client_id');
  const all = flag(a, 'include_deleted') === true;
  return [...ctx.state.clientUsers.values()].filter(
    (u) =>
      ctx.state.clients.get(u.client_id)?.partner_id === ctx.state.partner.partner_id &&
      (id === null || u.client_user_id === id) &&
      (client === null || u.client_id === client) &&
      (all || id !== null || !u.client_user_del),
  );
}

function userContacts(
  ctx: Ctx,
  key: 'partner_user_id' | 'client_user_id',
  owners: Set<string>,
  id: string | null,
  type: string | null,
) {
  const out: Record<string, string>[] = [];
  for (const [k, view] of ctx.state.contacts) {
    const [o, , t] = k.split('|') as [string, string, string];
    if (!owners.has(o) || (id !== null && o !== id) || (type !== null && t !== type)) continue;
    out.push({ [key]: o, contact_type_id: t, contact_view: view });
  }
  return out;
}

function checkUserContactType(ctx: Ctx, id: string): void {
  const t = ctx.state.contactTypes.get(id);
  if (t?.contact_type_code !== 3)
    throw new EmulatorFault(`Вид контактной информации ${id} недоступен для сотрудников`, 'Sender');
}

/** Agents, employees and the access e-mail. */
export const peopleHandlers: Record<string, Handler> = {
  agent_partner_read: (a, ctx) => {
    const id = ref(a, 'agent_partner_id');
    const active = flag(a, 'agent_partner_activity');
    const user = ref(a, 'partner_user_id');
    return rows(
      [...ctx.state.agentsPartner.values()].filter(
        (g) =>
          g.partner_id === ctx.state.partner.partner_id &&
          (id === null || g.agent_partner_id === id) &&
          (active === null || g.agent_partner_activity === active) &&
          (user === null || g.partner_user_id === user),
      ),
    );
  },
  agent_partner_add: (a, ctx) => {
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
  agent_partner_edit: (a, ctx) => {
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
  agent_partner_delete: (a, ctx) => {
    const id = required(a, 'agent_partner_id');
    if (!ctx.state.agentsPartner.delete(id)) throw new EmulatorFault(`Агент партнера ${id} не найден`);
    for (const [k, c] of ctx.state.competences)
      if (c.agent_partner_id === id) ctx.state.competences.delete(k);
    return rows([]);
  },
  agent_user_read: (a, ctx) => {
    const id = ref(a, 'agent_user_id');
    const client = ref(a, 'client_id');
    const active = flag(a, 'agent_user_activity');
    const user = ref(a, 'client_user_id');
    return rows(
      [...ctx.state.agentsUser.values()].filter(
        (g) =>
          ctx.state.clients.get(g.client_id)?.partner_id === ctx.state.partner.partner_id &&
          (id === null || g.agent_user_id === id) &&
          (client === null || g.client_id === client) &&
          (active === null || g.agent_user_activity === active) &&
          (user === null || g.client_user_id === user),
      ),
    );
  },
  agent_user_add: (a, ctx) => {
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
  agent_user_edit: (a, ctx) => {
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
  agent_user_delete: (a, ctx) => {
    const id = required(a, 'agent_user_id');
    if (!ctx.state.agentsUser.delete(id)) throw new EmulatorFault(`Агент пользователя ${id} не найден`);
    return rows([]);
  },
  account_access_email_notify: (a, ctx) => {
    const user = clientUserOf(ctx, required(a, 'client_user_id'));
    const port = Number(a.smtp_port);
    const ok = !user.client_user_del && (text(a, 'smtp_server') ?? '') !== '' && Number.isInteger(port);
    if (ok) {
      ctx.state.outbox.push({
        client_user_id: user.client_user_id,
        sender_email_address: text(a, 'sender_email_address') ?? '',
        smtp_server: text(a, 'smtp_server') ?? '',
        smtp_port: port,
      });
    }
    return { flag: ok };
  },
  partner_user_read: (a, ctx) => rows(readPartnerUsers(a, ctx).map(partnerUserRow)),
  partner_user_read_with_birthday: (a, ctx) => rows(readPartnerUsers(a, ctx).map(partnerUserBirthdayRow)),
  partner_user_add: (a, ctx) => {
    const u: PartnerUserRecord = {
      partner_user_id: ctx.state.newId(),
      partner_id: ctx.state.partner.partner_id,
      partner_user_name: text(a, 'partner_user_name') ?? '',
      partner_user_family_name: text(a, 'partner_user_family_name') ?? '',
      partner_user_father_name: text(a, 'partner_user_father_name') ?? '',
      partner_user_birthday: null,
      partner_user_del: false,
    };
    ctx.state.partnerUsers.set(u.partner_user_id, u);
    return rows([partnerUserRow(u)]);
  },
  partner_user_set_birthday: (a, ctx) => {
    const id = ref(a, 'partner_user_id');
    const u = id === null ? undefined : ctx.state.partnerUsers.get(id);
    const date = day(a, 'birthday');
    if (!u || date === null) return { flag: false };
    u.partner_user_birthday = date;
    return { flag: true };
  },
  partner_user_edit: (a, ctx) => {
    const u = partnerUserOf(ctx, required(a, 'partner_user_id'));
    for (const f of ['partner_user_name', 'partner_user_family_name', 'partner_user_father_name'] as const) {
      const v = text(a, f);
      if (v !== null) u[f] = v;
    }
    return rows([partnerUserRow(u)]);
  },
  partner_user_delete: (a, ctx) => {
    const u = partnerUserOf(ctx, required(a, 'partner_user_id'));
    u.partner_user_del = !u.partner_user_del;
    return rows([partnerUserRow(u)]);
  },
  partner_user_contact_read: (a, ctx) => {
    const owners = new Set(readPartnerUsers({ include_deleted: true }, ctx).map((u) => u.partner_user_id));
    return rows(
      userContacts(ctx, 'partner_user_id', owners, ref(a, 'partner_user_id'), ref(a, 'contact_type_id')),
    );
  },
  partner_user_contact_edit: (a, ctx) => {
    const u = partnerUserOf(ctx, required(a, 'partner_user_id'));
    const type = required(a, 'contact_type_id');
    checkUserContactType(ctx, type);
    ctx.state.contacts.set(
      contactKey(u.partner_user_id, '', type),
      (text(a, 'contact_view') ?? '').slice(0, 500),
    );
    return rows(userContacts(ctx, 'partner_user_id', new Set([u.partner_user_id]), u.partner_user_id, type));
  },
  client_user_read: (a, ctx) => rows(readClientUsers(a, ctx).map(clientUserRow)),
  client_user_read_with_birthday: (a, ctx) => rows(readClientUsers(a, ctx).map(clientUserBirthdayRow)),
  client_user_add: (a, ctx) => {
    const clientId = required(a, 'client_id');
    const c = ctx.state.clients.get(clientId);
    if (!c || c.partner_id !== ctx.state.partner.partner_id)
      throw new EmulatorFault(`Нет доступа к клиенту ${clientId}`);
    if (c.client_del) throw new EmulatorFault(`Клиент ${clientId} удален`);
    const u: ClientUserRecord = {
      client_user_id: ctx.state.newId(),
      client_id: clientId,
      client_user_name: text(a, 'client_user_name') ?? '',
      client_user_family_name: text(a, 'client_user_family_name') ?? '',
      client_user_father_name: text(a, 'client_user_father_name') ?? '',
      client_user_birthday: null,
      client_user_del: false,
    };
    ctx.state.clientUsers.set(u.client_user_id, u);
    return rows([clientUserRow(u)]);
  },
  client_user_edit: (a, ctx) => {
    const u = clientUserOf(ctx, required(a, 'client_user_id'));
    for (const f of ['client_user_name', 'client_user_family_name', 'client_user_father_name'] as const) {
      const v = text(a, f);
      if (v !== null) u[f] = v;
    }
    return rows([clientUserRow(u)]);
  },
  client_user_set_birthday: (a, ctx) => {
    const id = ref(a, 'client_user_id');
    const u = id === null ? undefined : ctx.state.clientUsers.get(id);
    const date = day(a, 'birthday');
    if (!u || date === null) return { flag: false };
    u.client_user_birthday = date;
    return { flag: true };
  },
  client_user_delete: (a, ctx) => {
    const u = clientUserOf(ctx, required(a, 'client_user_id'));
    u.client_user_del = !u.client_user_del;
    return rows([clientUserRow(u)]);
  },
  client_user_contact_read: (a, ctx) => {
    const owners = new Set(readClientUsers({ include_deleted: true }, ctx).map((u) => u.client_user_id));
    return rows(
      userContacts(ctx, 'client_user_id', owners, ref(a, 'client_user_id'), ref(a, 'contact_type_id')),
    );
  },
  client_user_contact_edit: (a, ctx) => {
    const u = clientUserOf(ctx, required(a, 'client_user_id'));
    const type = required(a, 'contact_type_id');
    checkUserContactType(ctx, type);
    ctx.state.contacts.set(
      contactKey(u.client_user_id, '', type),
      (text(a, 'contact_view') ?? '').slice(0, 500),
    );
    return rows(userContacts(ctx, 'client_user_id', new Set([u.client_user_id]), u.client_user_id, type));
  },
};
