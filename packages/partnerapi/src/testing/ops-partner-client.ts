import { isValidRegNumber } from '../schemas/params.js';
import { DOCUMENTED_MESSAGES as M } from '../errors.js';
import {
  type Args,
  type Ctx,
  EmulatorFault,
  type Handler,
  flag,
  num,
  ref,
  required,
  rows,
  text,
} from './context.js';
import type { ClientRecord } from './state.js';

function partnerOf(ctx: Ctx, id: string | null) {
  const { state } = ctx;
  if (id === null || id === state.partner.partner_id) return state.partner;
  const other = state.otherPartners.get(id);
  if (!other) throw new EmulatorFault(`Нет доступа к партнеру ${id}`);
  return other;
}

function checkRegion(ctx: Ctx, id: string): void {
  if (!ctx.state.partnerRegions.has(id)) throw new EmulatorFault(`Регион ${id} недоступен партнеру`);
}

function clientOf(ctx: Ctx, id: string): ClientRecord {
  const c = ctx.state.clients.get(id);
  if (!c || c.partner_id !== ctx.state.partner.partner_id)
    throw new EmulatorFault(`Нет доступа к клиенту ${id}`);
  return c;
}

function clientRow(c: ClientRecord) {
  const { partner_id: _p, ...row } = c;
  return row;
}

function contactRows(
  ctx: Ctx,
  ownerKey: string,
  owner: string | null,
  region: string | null,
  type: string | null,
) {
  const out: Record<string, string>[] = [];
  for (const [k, view] of ctx.state.contacts) {
    const [o, r, t] = k.split('|') as [string, string, string];
    if (owner !== null && o !== owner) continue;
    if (region !== null && r !== region) continue;
    if (type !== null && t !== type) continue;
    out.push(
      ownerKey === 'partner_id'
        ? { partner_id: o, region_id: r, contact_type_id: t, contact_view: view }
        : { [ownerKey]: o, contact_type_id: t, contact_view: view },
    );
  }
  return out;
}

/** Contact owners are told apart by kind so a client and a user never share a key. */
export function contactKey(owner: string, region: string, type: string): string {
  return `${owner}|${region}|${type}`;
}

function checkContactType(ctx: Ctx, id: string, code: number): void {
  const t = ctx.state.contactTypes.get(id);
  if (!t || t.contact_type_code !== code) {
    throw new EmulatorFault(`Вид контактной информации ${id} недоступен для этой операции`, 'Sender');
  }
}

function readClients(a: Args, ctx: Ctx, advanced: boolean) {
  const id = ref(a, 'client_id');
  const region = ref(a, 'region_id');
  const withDeleted = flag(a, 'include_deleted') === true;
  const attr = advanced ? text(a, 'addit_attribute') : null;
  if (id !== null) clientOf(ctx, id);
  const list = [...ctx.state.clients.values()].filter(
    (c) =>
      c.partner_id === ctx.state.partner.partner_id &&
      (id === null || c.client_id === id) &&
      (region === null || c.region_id === region) &&
      (id !== null || withDeleted || !c.client_del) &&
      (attr === null || attr === '' || c.addit_attribute === attr),
  );
  return rows(list.map(clientRow));
}

function addClient(a: Args, ctx: Ctx, its: boolean, advanced: boolean) {
  const name = text(a, 'client_name') ?? '';
  if (name.trim() === '') throw new EmulatorFault(M.empty_client_name);
  const region = ref(a, 'region_id');
  if (region === null) throw new EmulatorFault(M.missing_region);
  checkRegion(ctx, region);
  const reg = its || advanced ? (ref(a, 'client_reg_num') ?? '') : '';
  if (reg !== '' && !isValidRegNumber(reg)) throw new EmulatorFault(M.invalid_registration_number);
  const pay = its || advanced ? num(a, 'pay_method_type_id') : null;
  const c: ClientRecord = {
    client_id: ctx.state.newId(),
    region_id: region,
    client_name: name.slice(0, 50),
    client_full_name: (text(a, 'client_full_name') ?? '').slice(0, 255),
    client_del: false,
    client_inn: (text(a, 'client_inn') ?? '').slice(0, 12),
    client_kpp: (text(a, 'client_kpp') ?? '').slice(0, 9),
    client_reg_num: reg,
    // The document: with an ИТС contract «Оплата за 12 месяцев» (4), otherwise monthly (2).
    pay_method_id: pay ?? (reg !== '' ? 4 : 2),
    addit_attribute: advanced ? (text(a, 'addit_attribute') ?? '') : '',
    client_new_id: ctx.state.newId(),
    partner_id: ctx.state.partner.partner_id,
  };
  ctx.state.clients.set(c.client_id, c);
  return rows([clientRow(c)]);
}

function editClient(a: Args, ctx: Ctx, its: boolean, advanced: boolean) {
  const id = ref(a, 'client_id');
  if (id === null) throw new EmulatorFault(M.missing_client_reference);
  const c = clientOf(ctx, id);
  const name = text(a, 'client_name');
  if ((name !== null && name.trim() === '') || (advanced && name === null))
    throw new EmulatorFault(M.empty_client_name);
  const region = ref(a, 'region_id');
  if (region !== null) checkRegion(ctx, region);
  const reg = its || advanced ? ref(a, 'client_reg_num') : null;
  if (reg !== null && !isValidRegNumber(reg)) throw new EmulatorFault(M.invalid_registration_number);
  if (name !== null) c.client_name = name.slice(0, 50);
  if (region !== null) c.region_id = region;
  const inn = text(a, 'client_inn');
  if (inn !== null) c.client_inn = inn.slice(0, 12);
  const kpp = text(a, 'client_kpp');
  if (kpp !== null) c.client_kpp = kpp.slice(0, 9);
  const full = text(a, 'client_full_name');
  if (full !== null) c.client_full_name = full.slice(0, 255);
  if (reg !== null) c.client_reg_num = reg;
  const pay = its || advanced ? num(a, 'pay_method_type_id') : null;
  if (pay !== null) c.pay_method_id = pay;
  if (advanced) {
    const attr = text(a, 'addit_attribute');
    if (attr !== null) c.addit_attribute = attr;
  }
  return rows([clientRow(c)]);
}

/** partner_* and client_* operations. */
export const partnerClientHandlers: Record<string, Handler> = {
  partner_read: (a, ctx) => {
    const p = partnerOf(ctx, ref(a, 'partner_id'));
    return rows([{ partner_id: p.partner_id, partner_name: p.partner_name }]);
  },
  partner_contact_read: (a, ctx) => {
    const p = partnerOf(ctx, ref(a, 'partner_id'));
    return rows(contactRows(ctx, 'partner_id', p.partner_id, ref(a, 'region_id'), ref(a, 'contact_type_id')));
  },
  partner_contact_edit: (a, ctx) => {
    const region = required(a, 'region_id');
    checkRegion(ctx, region);
    const type = required(a, 'contact_type_id');
    checkContactType(ctx, type, 2);
    const p = ctx.state.partner.partner_id;
    ctx.state.contacts.set(contactKey(p, region, type), (text(a, 'contact_view') ?? '').slice(0, 500));
    return rows(contactRows(ctx, 'partner_id', p, region, type));
  },
  partner_role_read: (_a, ctx) =>
    rows(
      [...ctx.state.partnerRoles].map((role_id) => ({ partner_id: ctx.state.partner.partner_id, role_id })),
    ),
  partner_region_read: (_a, ctx) =>
    rows(
      [...ctx.state.partnerRegions].map((region_id) => ({
        partner_id: ctx.state.partner.partner_id,
        region_id,
      })),
    ),
  partner_vendor_read: (a, ctx) => {
    const line = required(a, 'service_id');
    const ids = ctx.state.vendorImports.get(line) ?? [];
    return rows(
      ids
        .map((id) =>
          id === ctx.state.partner.partner_id ? ctx.state.partner : ctx.state.otherPartners.get(id),
        )
        .filter((p) => p !== undefined)
        .map((p) => ({ partner_id: p!.partner_id, partner_name: p!.partner_name })),
    );
  },
  client_read: (a, ctx) => readClients(a, ctx, false),
  client_read_advanced: (a, ctx) => readClients(a, ctx, true),
  client_add: (a, ctx) => addClient(a, ctx, false, false),
  client_add_its: (a, ctx) => addClient(a, ctx, true, false),
  client_add_advanced: (a, ctx) => addClient(a, ctx, false, true),
  client_edit: (a, ctx) => editClient(a, ctx, false, false),
  client_edit_its: (a, ctx) => editClient(a, ctx, true, false),
  client_edit_advanced: (a, ctx) => editClient(a, ctx, false, true),
  client_ITS_status_For_INN: (a, ctx) => {
    const reg = (text(a, 'RegNumberPP1C') ?? '').trim();
    const inn = (text(a, 'INN') ?? '').trim();
    const none = { ITSLevel: 0, DateFrom: null, DateTo: null };
    if (reg === '' || !isValidRegNumber(reg)) return rows([none]);
    const rec = ctx.state.its.get(reg);
    if (!rec) return rows([{ ITSLevel: 3, DateFrom: null, DateTo: null }]);
    if (rec.inn !== inn) return rows([{ ITSLevel: 10, DateFrom: null, DateTo: null }]);
    return rows([{ ITSLevel: rec.level, DateFrom: rec.from, DateTo: rec.to }]);
  },
  client_delete: (a, ctx) => {
    const c = clientOf(ctx, required(a, 'client_id'));
    c.client_del = !c.client_del;
    if (c.client_del) {
      // The document: users get client_user_del, their agents lose access, support lines are cut.
      for (const u of ctx.state.clientUsers.values())
        if (u.client_id === c.client_id) u.client_user_del = true;
      for (const ag of ctx.state.agentsUser.values())
        if (ag.client_id === c.client_id) ag.agent_user_activity = false;
      for (const s of ctx.state.services.values()) if (s.client_id === c.client_id) s.stopped = true;
    }
    return rows([clientRow(c)]);
  },
  client_contact_read: (a, ctx) => {
    const id = ref(a, 'client_id');
    if (id !== null) clientOf(ctx, id);
    const owners = new Set(ctx.state.clients.keys());
    return rows(
      contactRows(ctx, 'client_id', id, '', ref(a, 'contact_type_id')).filter((r) =>
        owners.has(r.client_id!),
      ),
    );
  },
  client_contact_edit: (a, ctx) => {
    const c = clientOf(ctx, required(a, 'client_id'));
    const type = required(a, 'contact_type_id');
    checkContactType(ctx, type, 1);
    ctx.state.contacts.set(contactKey(c.client_id, '', type), (text(a, 'contact_view') ?? '').slice(0, 500));
    return rows(contactRows(ctx, 'client_id', c.client_id, '', type));
  },
  client_vendor_read: (a, ctx) => {
    const line = required(a, 'service_type_id');
    const partner = ref(a, 'partner_id');
    const ids = new Set(
      [...ctx.state.services.values()]
        .filter((s) => s.service_type_id === line && (partner === null || s.sale_partner_id === partner))
        .map((s) => s.client_id),
    );
    return rows([...ctx.state.clients.values()].filter((c) => ids.has(c.client_id)).map(clientRow));
  },
};
