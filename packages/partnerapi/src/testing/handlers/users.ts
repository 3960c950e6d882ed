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
import { contactKey, partnerUserOf, clientUserOf, liveClientOf } from './common.js';

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

/** The fields setBirthday, edit and delete change, named after the kind of user (`prefix`). */
type UserFields<P extends string> = Record<`${P}_name` | `${P}_family_name` | `${P}_father_name`, string> &
  Record<`${P}_birthday`, string | null> &
  Record<`${P}_del`, boolean>;

/**
 * set_birthday, edit and delete of partner or client users, whose rules are the same on fields
 * named after the kind (`prefix`): a birthday only for a known user (else `false`), name parts
 * changed where given, delete toggles the mark.
 */
function userWriteHandlers<P extends 'partner_user' | 'client_user', R extends UserFields<P>>(
  prefix: P,
  users: (ctx: Ctx) => Map<string, R>,
  userOf: (ctx: Ctx, id: string) => R,
  row: (u: R) => object,
): { setBirthday: Handler; edit: Handler; delete: Handler } {
  // The generic record seen through its own field names, so one body serves both kinds.
  const fields = (u: R) => u as UserFields<P> as Record<string, string | boolean | null>;
  return {
    setBirthday: (a, ctx) => {
      const id = ref(a, `${prefix}_id`);
      const u = id === null ? undefined : users(ctx).get(id);
      const date = day(a, 'birthday');
      if (!u || date === null) return { flag: false };
      fields(u)[`${prefix}_birthday`] = date;
      return { flag: true };
    },
    edit: (a, ctx) => {
      const u = userOf(ctx, required(a, `${prefix}_id`));
      for (const f of [`${prefix}_name`, `${prefix}_family_name`, `${prefix}_father_name`]) {
        const v = text(a, f);
        if (v !== null) fields(u)[f] = v;
      }
      return rows([row(u)]);
    },
    delete: (a, ctx) => {
      const u = userOf(ctx, required(a, `${prefix}_id`));
      fields(u)[`${prefix}_del`] = !fields(u)[`${prefix}_del`];
      return rows([row(u)]);
    },
  };
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
  ...userWriteHandlers('partner_user', (ctx) => ctx.state.partnerUsers, partnerUserOf, partnerUserRow),
  ...userContactHandlers('partner_user_id', readPartnerUsers, partnerUserOf),
} satisfies HandlersOf<typeof partnerUserOperations, Handler>;

/** One handler per entry of `clientUserOperations`, under the same key. */
export const clientUserHandlers = {
  read: (a, ctx) => rows(readClientUsers(a, ctx).map(clientUserRow)),
  readWithBirthday: (a, ctx) => rows(readClientUsers(a, ctx).map(clientUserBirthdayRow)),
  add: (a, ctx) => {
    const clientId = liveClientOf(ctx, required(a, 'client_id')).client_id;
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
  ...userWriteHandlers('client_user', (ctx) => ctx.state.clientUsers, clientUserOf, clientUserRow),
  ...userContactHandlers('client_user_id', readClientUsers, clientUserOf),
} satisfies HandlersOf<typeof clientUserOperations, Handler>;
