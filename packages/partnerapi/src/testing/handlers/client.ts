import { DOCUMENTED_MESSAGES as M } from '../../errors.js';
import type { HandlersOf } from '@x/core/testing';
import type { clientOperations } from '../../operations/client.js';
import { isValidRegNumber } from '../../schemas/params.js';
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
} from '../context.js';
import type { ClientRecord } from '../state.js';
import { checkRegion, clientOf, contactRows, contactKey, checkContactType } from './common.js';

function clientRow(c: ClientRecord) {
  const { partner_id: _p, ...row } = c;
  return row;
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

/** One handler per entry of `clientOperations`, under the same key. */
export const clientHandlers = {
  read: (a, ctx) => readClients(a, ctx, false),
  readAdvanced: (a, ctx) => readClients(a, ctx, true),
  add: (a, ctx) => addClient(a, ctx, false, false),
  addIts: (a, ctx) => addClient(a, ctx, true, false),
  addAdvanced: (a, ctx) => addClient(a, ctx, false, true),
  edit: (a, ctx) => editClient(a, ctx, false, false),
  editIts: (a, ctx) => editClient(a, ctx, true, false),
  editAdvanced: (a, ctx) => editClient(a, ctx, false, true),
  itsStatusForInn: (a, ctx) => {
    const reg = (text(a, 'RegNumberPP1C') ?? '').trim();
    const inn = (text(a, 'INN') ?? '').trim();
    const none = { ITSLevel: 0, DateFrom: null, DateTo: null };
    if (reg === '' || !isValidRegNumber(reg)) return rows([none]);
    const rec = ctx.state.its.get(reg);
    if (!rec) return rows([{ ITSLevel: 3, DateFrom: null, DateTo: null }]);
    if (rec.inn !== inn) return rows([{ ITSLevel: 10, DateFrom: null, DateTo: null }]);
    return rows([{ ITSLevel: rec.level, DateFrom: rec.from, DateTo: rec.to }]);
  },
  delete: (a, ctx) => {
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
  contactRead: (a, ctx) => {
    const id = ref(a, 'client_id');
    if (id !== null) clientOf(ctx, id);
    const owners = new Set(ctx.state.clients.keys());
    return rows(
      contactRows(ctx, 'client_id', id, '', ref(a, 'contact_type_id')).filter((r) =>
        owners.has(r.client_id!),
      ),
    );
  },
  contactEdit: (a, ctx) => {
    const c = clientOf(ctx, required(a, 'client_id'));
    const type = required(a, 'contact_type_id');
    checkContactType(ctx, type, 1);
    ctx.state.contacts.set(contactKey(c.client_id, '', type), (text(a, 'contact_view') ?? '').slice(0, 500));
    return rows(contactRows(ctx, 'client_id', c.client_id, '', type));
  },
  vendorRead: (a, ctx) => {
    const line = required(a, 'service_type_id');
    const partner = ref(a, 'partner_id');
    const ids = new Set(
      [...ctx.state.services.values()]
        .filter((s) => s.service_type_id === line && (partner === null || s.sale_partner_id === partner))
        .map((s) => s.client_id),
    );
    return rows([...ctx.state.clients.values()].filter((c) => ids.has(c.client_id)).map(clientRow));
  },
} satisfies HandlersOf<typeof clientOperations, Handler>;
