import type { HandlersOf } from '@x/core/testing';
import type { partnerUserOperations, clientUserOperations } from '../../operations/users.js';
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
} from '../context.js';
import type { ClientUserRecord, PartnerUserRecord } from '../state.js';
import { contactKey, partnerUserOf, clientUserOf } from './common.js';

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

/**
 * contact_read and contact_edit of partner or client users, whose contacts differ only in the id
 * operand and column (`key`) and in how the users are found.
 */
function userContactHandlers<K extends 'partner_user_id' | 'client_user_id'>(
  key: K,
  read: (a: Args, ctx: Ctx) => Record<K, string>[],
  userOf: (ctx: Ctx, id: string) => unknown,
): { contactRead: Handler; contactEdit: Handler } {
  return {
    contactRead: (a, ctx) => {
      const owners = new Set(read({ include_deleted: true }, ctx).map((u) => u[key]));
      return rows(userContacts(ctx, key, owners, ref(a, key), ref(a, 'contact_type_id')));
    },
    contactEdit: (a, ctx) => {
      const id = required(a, key);
      userOf(ctx, id);
      const type = required(a, 'contact_type_id');
      checkUserContactType(ctx, type);
      ctx.state.contacts.set(contactKey(id, '', type), (text(a, 'contact_view') ?? '').slice(0, 500));
      return rows(userContacts(ctx, key, new Set([id]), id, type));
    },
  };
}

/** One handler per entry of `partnerUserOperations`, under the same key. */
export const partnerUserHandlers = {
  read: (a, ctx) => rows(readPartnerUsers(a, ctx).map(partnerUserRow)),
  readWithBirthday: (a, ctx) => rows(readPartnerUsers(a, ctx).map(partnerUserBirthdayRow)),
  add: (a, ctx) => {
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
  setBirthday: (a, ctx) => {
    const id = ref(a, 'partner_user_id');
    const u = id === null ? undefined : ctx.state.partnerUsers.get(id);
    const date = day(a, 'birthday');
    if (!u || date === null) return { flag: false };
    u.partner_user_birthday = date;
    return { flag: true };
  },
  edit: (a, ctx) => {
    const u = partnerUserOf(ctx, required(a, 'partner_user_id'));
    for (const f of ['partner_user_name', 'partner_user_family_name', 'partner_user_father_name'] as const) {
      const v = text(a, f);
      if (v !== null) u[f] = v;
    }
    return rows([partnerUserRow(u)]);
  },
  delete: (a, ctx) => {
    const u = partnerUserOf(ctx, required(a, 'partner_user_id'));
    u.partner_user_del = !u.partner_user_del;
    return rows([partnerUserRow(u)]);
  },
  ...userContactHandlers('partner_user_id', readPartnerUsers, partnerUserOf),
} satisfies HandlersOf<typeof partnerUserOperations, Handler>;

/** One handler per entry of `clientUserOperations`, under the same key. */
export const clientUserHandlers = {
  read: (a, ctx) => rows(readClientUsers(a, ctx).map(clientUserRow)),
  readWithBirthday: (a, ctx) => rows(readClientUsers(a, ctx).map(clientUserBirthdayRow)),
  add: (a, ctx) => {
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
  edit: (a, ctx) => {
    const u = clientUserOf(ctx, required(a, 'client_user_id'));
    for (const f of ['client_user_name', 'client_user_family_name', 'client_user_father_name'] as const) {
      const v = text(a, f);
      if (v !== null) u[f] = v;
    }
    return rows([clientUserRow(u)]);
  },
  setBirthday: (a, ctx) => {
    const id = ref(a, 'client_user_id');
    const u = id === null ? undefined : ctx.state.clientUsers.get(id);
    const date = day(a, 'birthday');
    if (!u || date === null) return { flag: false };
    u.client_user_birthday = date;
    return { flag: true };
  },
  delete: (a, ctx) => {
    const u = clientUserOf(ctx, required(a, 'client_user_id'));
    u.client_user_del = !u.client_user_del;
    return rows([clientUserRow(u)]);
  },
  ...userContactHandlers('client_user_id', readClientUsers, clientUserOf),
} satisfies HandlersOf<typeof clientUserOperations, Handler>;
