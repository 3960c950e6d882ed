import { day, dayTime, flag, guid, isoToDay, num, parseDay, parseNum, time } from './format.js';
import {
  type AgbisState,
  type EmuClient,
  type EmuOrder,
  type EmuService,
  type EmuTrip,
  type EmuUser,
  blankClient,
  round2,
} from './state.js';

/** A vendor error answer (`{"error": code, "Msg": ...}`). */
export class EmuError extends Error {
  constructor(
    readonly code: number,
    readonly msg: string,
  ) {
    super(msg);
  }
}

/** A file answer (ReceiptOnline, PhotoOnline). */
export interface FileAnswer {
  file: Uint8Array;
  contentType: string;
}

/** What a handler sees. */
export interface HandlerContext {
  state: AgbisState;
  params: Record<string, unknown>;
  user: EmuUser | undefined;
  sessionId: string | undefined;
  now: number;
  options: {
    sessionTtlMs: number;
    orderListKey: { between: 'order' | 'orders'; byDateTime: 'order' | 'orders' };
    lastChangeOrderEmpty: boolean;
  };
}

/** A command handler: a plain answer (encoded later), or a file. */
export type Handler = (ctx: HandlerContext) => Record<string, unknown> | FileAnswer;

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function need(params: Record<string, unknown>, ...keys: string[]): void {
  for (const k of keys) {
    if (params[k] === undefined || params[k] === '') throw new EmuError(104, `Не указан параметр ${k}`);
  }
}

function dateParam(params: Record<string, unknown>, key: string): number {
  const ms = parseDay(params[key]);
  if (ms === undefined) throw new EmuError(105, `Некорректная дата ${key}`);
  return ms;
}

function orderOf(state: AgbisState, id: unknown): EmuOrder {
  const order = state.orders.get(str(id));
  if (!order) throw new EmuError(1, `Заказ ${str(id)} не найден`);
  return order;
}

function clientOf(state: AgbisState, id: unknown): EmuClient {
  const client = state.clients.get(str(id));
  if (!client) throw new EmuError(1, `Клиент ${str(id)} не найден`);
  return client;
}

function newSession(ctx: HandlerContext, userId: string) {
  const session = { id: guid(), userId, refreshId: guid(), expiresAt: ctx.now + ctx.options.sessionTtlMs };
  ctx.state.sessions.set(session.id, session);
  ctx.state.refreshIds.set(session.refreshId, session.id);
  return session;
}

function countWrite(ctx: HandlerContext): void {
  const key = day(ctx.now);
  ctx.state.executed.set(key, (ctx.state.executed.get(key) ?? 0) + 1);
}

const STATUS_NAMES: Record<number, string> = {
  1: 'Новый',
  2: 'На хранении',
  3: 'В исполнении',
  4: 'Исполненный',
  5: 'Выданный',
  6: 'Закрытый',
  7: 'Отмененный',
};
const PAY_DOCS: Record<number, string> = {
  1: 'Оплата банковской картой',
  2: 'Оплата по кассе',
  3: 'Оплата по банку',
  4: 'Оплата бонусом',
  5: 'Оплата депозитом',
};

function serviceRecord(state: AgbisState, s: EmuService): Record<string, unknown> {
  const item = state.priceList.find((p) => p.id === s.tov_id);
  return {
    dos_id: s.dos_id,
    parent_id: s.parent_id,
    tov_id: s.tov_id,
    service: item?.name ?? '',
    code: item?.code ?? '',
    status_id: String(s.status_id),
    status_name: STATUS_NAMES[s.status_id] ?? '',
    serv_num: '1',
    barcode: s.barcode,
    price: num(s.price),
    qty: num(s.qty),
    kfx: num(s.kfx),
    discount: num(s.discount),
    nursery_id: '0',
    nurseries_name: 'Не детская',
    nurseries_discount: '0',
    serv_weight: '1',
    dirty_id: '0',
    dirty_name: 'Общее',
    dirty_kfx: '1',
    kredit: num(round2(s.price * s.qty * s.kfx * (1 - s.discount / 100))),
    ext_info: s.ext_info,
    shop_description: '',
    group_tov: item?.group_p ?? '',
    addons: s.addons.map((a) => {
      const type = state.addonTypes.find((t) => t.id === a.addon_id);
      return {
        addon_id: a.addon_id,
        descr: type?.descr ?? '',
        value_type: String(type?.value_type ?? 1),
        aos_id: a.aos_id,
        aos_value: a.value,
      };
    }),
  };
}

function orderRecord(
  state: AgbisState,
  o: EmuOrder,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const total = state.total(o);
  const paid = state.paid(o);
  return {
    ...extra,
    dor_id: o.dor_id,
    doc_num: o.doc_num,
    contr_id: o.contr_id,
    kredit: num(total),
    debet: num(paid),
    dolg: num(round2(total - paid)),
    doc_date: day(o.accepted),
    doc_time: time(o.accepted),
    date_out: dayTime(o.date_out),
    date_out_fact: dayTime(o.date_out_fact),
    status: String(o.status_id),
    status_id: String(o.status_id),
    status_name: STATUS_NAMES[o.status_id] ?? '',
    photo_exist: flag(state.photos.some((p) => o.services.some((s) => s.dos_id === p.dos_id))),
    discount: '0',
    sclad_id: o.sclad_id,
    sclad_to: o.sclad_to,
    current_sclad_id: o.current_sclad_id,
    fast_execute: o.fast_exec,
    kind_id: '0',
    vds_id: o.vds_id,
    waiting_confirm: String(o.waiting_confirm),
    is_not_confirmed: '0',
    condition_id: '',
    condition_name: '',
    Srvices: o.services.map((s) => serviceRecord(state, s)),
    payments: o.payments.map((p) => ({
      date_pay: dayTime(p.at),
      document: p.amount >= 0 ? (PAY_DOCS[p.type_doc] ?? 'Оплата') : 'Возврат',
      debet: num(Math.max(0, p.amount)),
      kredit: num(Math.max(0, -p.amount)),
      kassa_name: 'Основная',
    })),
  };
}

function inRange(ms: number, from: number, to: number): boolean {
  return ms >= from && ms <= to;
}

/** Days in `[start, stop]` (both date-only): the stop day is included to its last second. */
function dayRange(ctx: HandlerContext): [number, number] {
  need(ctx.params, 'StartDate', 'StopDate');
  const from = dateParam(ctx.params, 'StartDate');
  const stop = dateParam(ctx.params, 'StopDate');
  const hasTime = /\d:\d/.test(str(ctx.params.StopDate));
  return [from, hasTime ? stop : stop + 86_399_999];
}

type AddonIn = { addon_id?: unknown; aos_id?: unknown; values?: unknown };
type ServiceIn = Record<string, unknown> & { addons?: AddonIn[] };

function buildServices(ctx: HandlerContext, order: EmuOrder, input: unknown, isUpdate: boolean): void {
  if (!Array.isArray(input)) throw new EmuError(104, 'Не указаны услуги Services');
  const numbering = new Map<string, string>();
  const pendingParents: Array<[EmuService, string]> = [];
  for (const raw of input as ServiceIn[]) {
    if (!Array.isArray(raw.addons)) throw new EmuError(104, 'Не указан массив addons');
    const dosId = str(raw.dos_id);
    const existing = isUpdate && dosId ? order.services.find((s) => s.dos_id === dosId) : undefined;
    if (existing) {
      if (raw.count !== undefined) existing.qty = parseNum(raw.count) ?? existing.qty;
      if (raw.status_id !== undefined) existing.status_id = Number(raw.status_id);
      for (const a of raw.addons) {
        const row = existing.addons.find((x) => x.aos_id === str(a.aos_id));
        if (row) row.value = str(a.values);
        else if (a.addon_id)
          existing.addons.push({
            aos_id: ctx.state.nextId(),
            addon_id: str(a.addon_id),
            value: str(a.values),
          });
      }
      continue;
    }
    need(raw, 'tovar_id', 'count');
    const item = ctx.state.priceList.find((p) => p.id === str(raw.tovar_id));
    if (!item) throw new EmuError(1, `Услуга ${str(raw.tovar_id)} не найдена в прайс-листе`);
    const count = parseNum(raw.count);
    if (count === undefined || count <= 0) throw new EmuError(105, 'Некорректное количество count');
    const service: EmuService = {
      dos_id: ctx.state.nextId(),
      parent_id: '',
      tov_id: item.id,
      qty: count,
      price: item.price,
      kfx: parseNum(raw.kfx) ?? 1,
      discount: parseNum(raw.discount) ?? 0,
      status_id: raw.status_id === undefined ? 1 : Number(raw.status_id),
      ext_info: str(raw.ext_info),
      barcode: str(raw.barcode_serv) || `27${order.dor_id}${order.services.length + 1}`,
      addons: raw.addons.map((a) => {
        if (!a.addon_id) throw new EmuError(104, 'Не указан addon_id');
        if (!ctx.state.addonTypes.some((t) => t.id === str(a.addon_id)))
          throw new EmuError(1, `Доп. реквизит ${str(a.addon_id)} не найден`);
        return { aos_id: ctx.state.nextId(), addon_id: str(a.addon_id), value: str(a.values) };
      }),
    };
    if (dosId) numbering.set(dosId, service.dos_id);
    if (raw.parent_id !== undefined && raw.parent_id !== '')
      pendingParents.push([service, str(raw.parent_id)]);
    order.services.push(service);
  }
  for (const [service, parent] of pendingParents) {
    const resolved =
      numbering.get(parent) ?? (order.services.some((s) => s.dos_id === parent) ? parent : undefined);
    if (!resolved) throw new EmuError(1, `Родительская услуга ${parent} не найдена`);
    service.parent_id = resolved;
  }
}

function applyHeader(ctx: HandlerContext, order: EmuOrder, h: Record<string, unknown>): void {
  if (h.doc_num) order.doc_num = str(h.doc_num);
  if (h.doc_date) order.accepted = dateParam(h, 'doc_date') + (order.accepted % 86_400_000);
  if (h.sclad_id) order.sclad_id = str(h.sclad_id);
  if (h.sclad_out_id) order.sclad_to = str(h.sclad_out_id);
  if (h.current_sclad_id) order.current_sclad_id = str(h.current_sclad_id);
  if (h.price_id) order.price_id = str(h.price_id);
  if (h.date_out) order.date_out = dateParam(h, 'date_out');
  if (h.vds_id) order.vds_id = str(h.vds_id);
  if (h.fast_exec !== undefined) order.fast_exec = str(h.fast_exec);
  if (h.waiting_confirm !== undefined) order.waiting_confirm = Number(h.waiting_confirm);
  if (h.status_id !== undefined) setStatus(order, Number(h.status_id), ctx.now);
}

function setStatus(order: EmuOrder, status: number, now: number): void {
  if (![1, 3, 4, 5, 7].includes(status)) throw new EmuError(105, `Некорректный статус ${status}`);
  order.status_id = status;
  if (status === 5) order.date_out_fact = now;
}

function tripRecord(state: AgbisState, t: EmuTrip): Record<string, unknown> {
  const order = t.dor_id ? state.orders.get(t.dor_id) : undefined;
  return {
    id: t.id,
    tp: String(t.tp),
    dt: isoToDay(t.date),
    hr: String(Number(t.hr.split(':')[0])),
    mn: String(Number(t.hr.split(':')[1])),
    sclad_id: t.car_id,
    address: t.address,
    comment: t.comment,
    sclad_plan_to: '',
    kind_id: t.dor_id ? '1' : '2',
    contr_id: t.contr_id,
    control_user_id: '',
    region_id: t.region_id,
    to_hr: String(Number(t.hr_to.split(':')[0])),
    to_mn: String(Number(t.hr_to.split(':')[1])),
    house: '',
    room: '',
    messages: [],
    orders: order
      ? [
          {
            dor_id: order.dor_id,
            debet: num(state.paid(order)),
            kredit: num(state.total(order)),
            date_out: dayTime(order.date_out),
            kind_id: '0',
            order_num: '',
            status_id: String(order.status_id),
            sclad_kredit_id: order.sclad_id,
            message_id: '',
            doc_num: order.doc_num,
            contragent_id: order.contr_id,
            firm_id: '11',
          },
        ]
      : [],
  };
}

function clientCard(state: AgbisState, c: EmuClient): Record<string, unknown> {
  const orders = [...state.orders.values()].filter((o) => o.contr_id === c.contr_id);
  const dolg = round2(orders.reduce((sum, o) => sum + state.total(o) - state.paid(o), 0));
  return {
    contr_id: c.contr_id,
    name: c.fullname,
    short_name: c.name,
    fone: c.telephone,
    fone_cell: c.teleph_cell,
    email: c.email,
    folder_id: c.folder_id,
    agree_to_receive_sms: flag(c.agree_to_receive_sms),
    agree_to_receive_adv_sms: flag(c.agree_to_receive_adv_sms),
    address: c.address,
    barcode: c.barcode,
    discount: num(c.discount),
    scheme_id: c.scheme_id,
    discount_scheme_name: '',
    is_family: '0',
    gender: String(c.gender),
    sp: c.contrag_type === 2 ? '2' : '1',
    source: '',
    last_discount: num(c.discount),
    region_id: '',
    full_orders_cost: num(round2(orders.reduce((s, o) => s + state.total(o), 0))),
    order_not_pay: String(orders.filter((o) => state.paid(o) < state.total(o)).length),
    order_count: String(orders.length),
    deposit: num(c.deposit),
    bonus: num(state.bonusRest(c.contr_id)),
    dolg: num(dolg),
    promo_code: '',
    lng: 'RU',
    need_confirm_contract: '0',
    version_contract: '0',
    birth_day: isoToDay(c.birthday),
    addresses: [],
    date_last_ds: '',
  };
}

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44,
]);
/** A tiny JPEG (SOI … EOI) used by PhotoOnline. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);

/** Handlers of every command the emulator knows, by wire name. */
export const handlers: Record<string, Handler> = {
  Login(ctx) {
    need(ctx.params, 'User', 'Pwd');
    if (str(ctx.params.AsUser) !== '1') throw new EmuError(1, 'Не указан признак AsUser');
    const login = str(ctx.params.User);
    if (/%[0-9A-F]{2}/i.test(login)) throw new EmuError(1, 'Ошибка выполнения команды');
    const user = ctx.state.users.find(
      (u) => u.login === login && u.pwdSha1.toLowerCase() === str(ctx.params.Pwd).toLowerCase(),
    );
    if (!user) throw new EmuError(2, 'Неверный логин или пароль');
    const s = newSession(ctx, user.id);
    return { Session_id: s.id, Refresh_id: s.refreshId, User_ID: user.id };
  },
  ValidSessionID(ctx) {
    return { user_id: ctx.user!.id };
  },
  RefreshSession(ctx) {
    need(ctx.params, 'Refresh_ID');
    const old = ctx.state.refreshIds.get(str(ctx.params.Refresh_ID));
    const session = old === undefined ? undefined : ctx.state.sessions.get(old);
    if (!session) throw new EmuError(1, 'Ключ обновления сессии недействителен');
    ctx.state.sessions.delete(session.id);
    ctx.state.refreshIds.delete(session.refreshId);
    const s = newSession(ctx, session.userId);
    return { Session_id: s.id, Refresh_id: s.refreshId };
  },
  Logout(ctx) {
    const s = ctx.state.sessions.get(ctx.sessionId!);
    if (s) {
      ctx.state.sessions.delete(s.id);
      ctx.state.refreshIds.delete(s.refreshId);
    }
    return {};
  },
  ExecutedApiCount(ctx) {
    return { date_list: [...ctx.state.executed].map(([date, count]) => ({ date, count: String(count) })) };
  },
  ContrTree(ctx) {
    return { list: ctx.state.contrTree };
  },
  PriceList(ctx) {
    const priceId = ctx.params.price_id === undefined ? '0' : str(ctx.params.price_id);
    const type = Number(ctx.params.tovar_type ?? 0);
    return {
      price_list: ctx.state.priceList
        .filter((p) => p.price_id === priceId && (type === 0 || p.tovar_type === type))
        .map((p) => ({
          ...p,
          tovar_type: String(p.tovar_type),
          price: num(p.price),
          is_price_editable: '1',
          is_not_for_discount: '0',
          is_repair: flag(p.top_parent === 'Ремонт'),
          is_percent_price: '0',
          additional_text: '',
          short_name: '',
          index: '',
        })),
    };
  },
  PriceTree(ctx) {
    need(ctx.params, 'id');
    return {
      price: ctx.state.priceGroups
        .filter((g) => g.price_id === str(ctx.params.id))
        .map(({ price_id: _, ...g }) => ({ ...g, comm: '', sort_index: '' })),
    };
  },
  AddonTypes(ctx) {
    return {
      addon_types: ctx.state.addonTypes.map((t) => ({
        id: t.id,
        group_id: String(t.group_id),
        table_name: 'DOC_ORDER_SERVICES',
        descr: t.descr,
        value_type: String(t.value_type),
        default_int: '',
        default_str: '',
        default_bool: '0',
        default_date: '',
        default_flt: '',
        is_default_need: '0',
        change_price: '0',
        num: '1,5',
        comments: '',
        addon_str_values: (t.strValues ?? []).map((v) => ({ ...v, value_flt: num(v.value_flt) })),
      })),
    };
  },
  AddonPacks(ctx) {
    return { addon_packs: ctx.state.addonPacks };
  },
  Regions(ctx) {
    return { regions: ctx.state.regions };
  },
  GetListsVdsDsForAll() {
    return {
      vds: [
        {
          id: '100100100183',
          title: 'Скидка 10%',
          type_of_scheme: '0',
          type_of_action: '0',
          comment: '',
          is_active: '1',
          action_time: '3',
          active_with: '01.01.2026',
          active_to: '',
          discount: '10',
          active_times: [{ day_of_week: '2', is_active: '1', time_first: '00:00:00', time_last: '23:59:00' }],
          sclads: ['10010', '10013'],
          discounts_service_groups: [{ folder_id: '10015', parent: '', discount: '44' }],
          discounts_services: [
            { tovar_id: '10018', discount: '10', price_before: '1000', price_after: '900', fix_price: '0' },
          ],
          promo_codes: [{ promo_code_id: '10021', code: '10334', price_list_id: '', is_active: '1' }],
        },
      ],
      ds: [{ id: '4', title: '3% Накопительная 3-15%' }],
    };
  },
  GetListsOrderTNDForAll() {
    return {
      order_dirties: [{ id: '1001', name: ' Очень сильная загрязненность' }],
      order_nurseries: [
        { id: '1001', name: 'Детская' },
        { id: '1002', name: 'Не детская' },
      ],
      order_times: [
        { id: '1002', name: 'Не срочный' },
        { id: '1004', name: 'Срочный 24 часа' },
      ],
    };
  },
  ContragForAll(ctx) {
    const p = ctx.params;
    need(p, 'name', 'fullname');
    if (p.teleph_cell !== undefined && !str(p.teleph_cell).startsWith('+'))
      throw new EmuError(1, 'Телефон должен начинаться с +');
    countWrite(ctx);
    const existing = p.contr_id !== undefined ? clientOf(ctx.state, p.contr_id) : undefined;
    const c: EmuClient = existing ?? blankClient(ctx.state.nextId(), ctx.now);
    c.name = str(p.name);
    c.fullname = str(p.fullname);
    for (const k of ['teleph_cell', 'telephone', 'email', 'address', 'barcode', 'scheme_id'] as const) {
      if (p[k] !== undefined) c[k] = str(p[k]);
    }
    if (p.gender !== undefined) c.gender = Number(p.gender);
    if (p.contrag_type !== undefined) c.contrag_type = Number(p.contrag_type);
    if (p.discount !== undefined) {
      const d = parseNum(p.discount);
      if (d === undefined) throw new EmuError(105, 'Некорректная скидка');
      c.discount = d;
    }
    if (p.birthday !== undefined) {
      const ms = dateParam(p, 'birthday');
      c.birthday = new Date(ms).toISOString().slice(0, 10);
    }
    if (p.agree_to_receive_sms !== undefined) c.agree_to_receive_sms = str(p.agree_to_receive_sms) === '1';
    if (p.agree_to_receive_adv_sms !== undefined)
      c.agree_to_receive_adv_sms = str(p.agree_to_receive_adv_sms) === '1';
    c.updated = ctx.now;
    ctx.state.clients.set(c.contr_id, c);
    return { contr_id: c.contr_id, WasNew: flag(!existing) };
  },
  ContrInfoForAll(ctx) {
    need(ctx.params, 'contr_id');
    return clientCard(ctx.state, clientOf(ctx.state, ctx.params.contr_id));
  },
  ContragInfoForAll(ctx) {
    need(ctx.params, 'teleph_cell');
    const phone = str(ctx.params.teleph_cell);
    const c = [...ctx.state.clients.values()].find((x) => x.teleph_cell === phone);
    if (!c) throw new EmuError(1, 'Клиент с таким телефоном не найден');
    return {
      contr_id: c.contr_id,
      fullname: c.fullname,
      name: c.name,
      teleph_cell: c.teleph_cell,
      email: c.email,
      folder_id: c.folder_id,
      address: c.address,
      barcode: c.barcode,
      discount: num(c.discount),
      gender: String(c.gender),
      birthday: isoToDay(c.birthday),
    };
  },
  AddBonusForAll(ctx) {
    const p = ctx.params;
    need(p, 'amount');
    const c = p.contr_id
      ? clientOf(ctx.state, p.contr_id)
      : [...ctx.state.clients.values()].find((x) => x.barcode !== '' && x.barcode === str(p.barcode));
    if (!c) throw new EmuError(1, 'Клиент не найден');
    const amount = parseNum(p.amount);
    if (amount === undefined || amount <= 0) throw new EmuError(105, 'Некорректная сумма');
    countWrite(ctx);
    ctx.state.bonuses.push({
      bonus_id: ctx.state.nextId(),
      contr_id: c.contr_id,
      at: ctx.now,
      amount,
      spent: 0,
      active_before: str(p.active_before),
      max_percent_in_zakaz: parseNum(p.max_percent_in_zakaz) ?? null,
      bonus_type_id: str(p.bonus_type_id),
      comment: str(p.comment),
    });
    c.updated = ctx.now;
    return {};
  },
  BonusesBetweenForAll(ctx) {
    const [from, to] = dayRange(ctx);
    const contr = ctx.params.contr_id === undefined ? undefined : str(ctx.params.contr_id);
    const bonuses = ctx.state.bonuses.filter(
      (b) => inRange(b.at, from, to) && (contr === undefined || b.contr_id === contr),
    );
    const ids = new Set(
      ctx.state.bonuses.filter((b) => contr === undefined || b.contr_id === contr).map((b) => b.bonus_id),
    );
    return {
      bonuses: bonuses.map((b) => ({
        bonus_id: b.bonus_id,
        parent_bonus_id: '',
        doc_date: day(b.at),
        doc_time: time(b.at),
        kredit: num(b.amount),
        already_payed: num(b.spent),
        bonus_rest: num(round2(b.amount - b.spent)),
        active_before: b.active_before,
        max_percent_in_zakaz: num(b.max_percent_in_zakaz),
        one_time: '0',
        comment: b.comment,
        bonus_type_id: b.bonus_type_id,
        bonus_type_name: '',
      })),
      bonus_payments: ctx.state.bonusPayments
        .filter((p) => ids.has(p.bonus_id) && inRange(p.at, from, to))
        .map((p) => ({
          id: p.id,
          bonus_id: p.bonus_id,
          doc_date: day(p.at),
          doc_time: time(p.at),
          debet: num(p.amount),
          dor_id: p.dor_id,
          doc_num: ctx.state.orders.get(p.dor_id)?.doc_num ?? '',
        })),
    };
  },
  SaveOrderForAll(ctx) {
    const o = ctx.params.Order as Record<string, unknown> | undefined;
    if (!o || typeof o !== 'object') throw new EmuError(104, 'Не указан объект Order');
    need(o, 'contr_id', 'sclad_id', 'sclad_out_id');
    clientOf(ctx.state, o.contr_id);
    const services = ctx.params.Services;
    if (!Array.isArray(services) || services.length === 0)
      throw new EmuError(1, 'Нельзя создать заказ без услуг');
    countWrite(ctx);
    const dorId = ctx.state.nextId();
    const order: EmuOrder = {
      dor_id: dorId,
      doc_num: String(ctx.state.orders.size + 1).padStart(6, '0'),
      contr_id: str(o.contr_id),
      accepted: ctx.now,
      date_out: null,
      date_out_fact: null,
      status_id: 1,
      sclad_id: str(o.sclad_id),
      sclad_to: str(o.sclad_out_id),
      current_sclad_id: str(o.current_sclad_id) || str(o.sclad_id),
      price_id: str(o.price_id) || '0',
      vds_id: '',
      fast_exec: '0',
      user_id: ctx.user!.id,
      waiting_confirm: 0,
      services: [],
      payments: [],
      comments: Array.isArray(ctx.params.Comments) ? ctx.params.Comments.map(str) : [],
      updated: ctx.now,
    };
    applyHeader(ctx, order, o);
    buildServices(ctx, order, services, false);
    ctx.state.orders.set(dorId, order);
    ctx.state.logChange(order, ctx.now);
    const link = str(o.get_confirm_link) === '1' ? `https://agb.is/c/${dorId}` : undefined;
    return link ? { dor_id: dorId, confirm_link: link } : { dor_id: dorId };
  },
  UpdateOrderForAll(ctx) {
    const o = ctx.params.Order as Record<string, unknown> | undefined;
    if (!o || typeof o !== 'object') throw new EmuError(104, 'Не указан объект Order');
    need(o, 'dor_id');
    const order = orderOf(ctx.state, o.dor_id);
    countWrite(ctx);
    applyHeader(ctx, order, o);
    buildServices(ctx, order, ctx.params.Services ?? [], true);
    if (Array.isArray(ctx.params.Comments)) order.comments.push(...ctx.params.Comments.map(str));
    ctx.state.logChange(order, ctx.now);
    return { dor_id: order.dor_id };
  },
  ChangeStatusOrdersForAll(ctx) {
    const list = ctx.params.Orders;
    if (!Array.isArray(list) || list.length === 0) throw new EmuError(104, 'Не указан массив Orders');
    countWrite(ctx);
    for (const item of list as Array<Record<string, unknown>>) {
      need(item, 'dor_id', 'status_id');
      const order = orderOf(ctx.state, item.dor_id);
      setStatus(order, Number(item.status_id), ctx.now);
      ctx.state.logChange(order, ctx.now);
    }
    return {};
  },
  TripOrder(ctx) {
    const p = ctx.params;
    need(p, 'date', 'hr', 'hr_to', 'car_id', 'tel', 'mp_status');
    const date = dateParam(p, 'date');
    const tp = p.tp === undefined ? 2 : Number(p.tp);
    if (tp !== 1 && tp !== 2) throw new EmuError(105, 'Некорректный тип выезда tp');
    countWrite(ctx);
    const existing = p.id !== undefined ? ctx.state.trips.get(str(p.id)) : undefined;
    if (p.id !== undefined && !existing) throw new EmuError(1, 'Выезд не найден');
    const trip: EmuTrip = {
      id: existing?.id ?? ctx.state.nextId(),
      tp,
      date: new Date(date).toISOString().slice(0, 10),
      hr: str(p.hr),
      hr_to: str(p.hr_to),
      address: str(p.address),
      region_id: str(p.region_id),
      car_id: str(p.car_id),
      comment: str(p.comment),
      tel: str(p.tel),
      fio: str(p.fio),
      mp_status: Number(p.mp_status),
      contr_id: str(p.contr_id),
      dor_id: existing?.dor_id ?? '',
    };
    ctx.state.trips.set(trip.id, trip);
    return { TripID: Number(trip.id), Msg: 'Зарезервировано' };
  },
  Trip(ctx) {
    need(ctx.params, 'id');
    const trip = ctx.state.trips.get(str(ctx.params.id));
    if (!trip) throw new EmuError(1, 'Выезд не найден');
    return tripRecord(ctx.state, trip);
  },
  Trips(ctx) {
    need(ctx.params, 'date');
    const date = new Date(dateParam(ctx.params, 'date')).toISOString().slice(0, 10);
    return {
      trips: [...ctx.state.trips.values()]
        .filter((t) => t.date === date)
        .map((t) => ({ ...tripRecord(ctx.state, t), mp_status: String(t.mp_status), dor_id: t.dor_id })),
    };
  },
  OrderInfoForAll(ctx) {
    need(ctx.params, 'dor_id');
    const order = orderOf(ctx.state, ctx.params.dor_id);
    const { doc_time: _, status: __, ...rest } = orderRecord(ctx.state, order);
    return { order: { ...rest, sclad_name: 'Основной', sclad_adr: '', sclad_hours: '', Tovars: [] } };
  },
  Receipt(ctx) {
    need(ctx.params, 'dor_id');
    const order = orderOf(ctx.state, ctx.params.dor_id);
    return { png: guid(), dor_id: order.dor_id };
  },
  ReceiptOnline(ctx) {
    need(ctx.params, 'dor_id');
    orderOf(ctx.state, ctx.params.dor_id);
    const type = str(ctx.params.typeExport) || 'pdf';
    if (type === 'png') return { file: PNG, contentType: 'image/png' };
    if (type === 'svg') {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg"><text>${str(ctx.params.dor_id)}</text></svg>`;
      return { file: new TextEncoder().encode(svg), contentType: 'image/svg+xml' };
    }
    if (type !== 'pdf') throw new EmuError(105, 'Некорректный typeExport');
    return { file: PDF, contentType: 'application/pdf' };
  },
  OrdersBetweenForAll(ctx) {
    const [from, to] = dayRange(ctx);
    const list = [...ctx.state.orders.values()]
      .filter((o) => inRange(o.accepted, from, to))
      .map((o) => orderRecord(ctx.state, o));
    return { [ctx.options.orderListKey.between]: list };
  },
  SetOrderImagesForAll(ctx) {
    need(ctx.params, 'dos_id', 'img');
    const dosId = str(ctx.params.dos_id);
    const known = [...ctx.state.orders.values()].some((o) => o.services.some((s) => s.dos_id === dosId));
    if (!known) throw new EmuError(1, 'Услуга не найдена');
    const img = str(ctx.params.img);
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(img)) throw new EmuError(105, 'Изображение должно быть в base64');
    countWrite(ctx);
    ctx.state.photos.push({ photo_id: ctx.state.nextId(), dos_id: dosId, img });
    return {};
  },
  DocsInWayBetweenForAll(ctx) {
    const [from, to] = dayRange(ctx);
    return {
      docs_in_way: ctx.state.docsInWay
        .filter((d) => inRange(Date.parse(`${d.doc_date}T00:00:00Z`), from, to))
        .map((d) => ({
          id: d.id,
          doc_date: isoToDay(d.doc_date),
          doc_num: d.doc_num,
          diw_status_id: String(d.diw_status_id),
          diw_status_name:
            ['', 'Готова к отгрузке', 'В пути', 'Принята', 'Принята не полностью'][d.diw_status_id] ?? '',
          from_sclad_id: d.from_sclad_id,
          to_sclad_id: d.to_sclad_id,
          by_way_of_sclad_id: '',
          qty_places: '',
          barcode: `25${d.id}`,
          comments: '',
          docs_in_way_serv: d.dos_ids.map((dosId, i) => {
            const order = [...ctx.state.orders.values()].find((o) =>
              o.services.some((s) => s.dos_id === dosId),
            );
            return {
              id: `${d.id}${i}`,
              dos_id: dosId,
              doc_in_way_id: d.id,
              dor_id: order?.dor_id ?? '',
              doc_num: order?.doc_num ?? '',
              date_out: dayTime(order?.date_out ?? null),
              qty_kredit: '1',
            };
          }),
        })),
    };
  },
  PayForAll(ctx) {
    const p = ctx.params;
    need(p, 'dor_id', 'amount', 'type_doc');
    const order = orderOf(ctx.state, p.dor_id);
    const amount = parseNum(p.amount);
    if (amount === undefined || amount <= 0) throw new EmuError(105, 'Некорректная сумма');
    const type = Number(p.type_doc);
    if (![1, 2, 3, 4, 5].includes(type)) throw new EmuError(105, 'Некорректный type_doc');
    if (type === 4) {
      let left = amount;
      if (ctx.state.bonusRest(order.contr_id) < amount) throw new EmuError(1, 'Недостаточно бонусов');
      for (const b of ctx.state.bonuses.filter((x) => x.contr_id === order.contr_id)) {
        const take = Math.min(left, round2(b.amount - b.spent));
        if (take <= 0) continue;
        b.spent = round2(b.spent + take);
        left = round2(left - take);
        ctx.state.bonusPayments.push({
          id: ctx.state.nextId(),
          bonus_id: b.bonus_id,
          at: ctx.now,
          amount: take,
          dor_id: order.dor_id,
        });
      }
    }
    countWrite(ctx);
    order.payments.push({
      id: ctx.state.nextId(),
      at: ctx.now,
      type_doc: type,
      amount,
      is_fiscal: str(p.is_fiscal) === '1',
    });
    ctx.state.logChange(order, ctx.now);
    return {};
  },
  ReturnPayForAll(ctx) {
    const p = ctx.params;
    need(p, 'dor_id', 'amount', 'type_doc');
    const order = orderOf(ctx.state, p.dor_id);
    const amount = parseNum(p.amount);
    if (amount === undefined || amount <= 0) throw new EmuError(105, 'Некорректная сумма');
    const type = Number(p.type_doc);
    if (![1, 2, 3].includes(type)) throw new EmuError(105, 'Некорректный type_doc');
    if (amount > ctx.state.paid(order)) throw new EmuError(1, 'Сумма возврата больше оплаченной');
    countWrite(ctx);
    order.payments.push({
      id: ctx.state.nextId(),
      at: ctx.now,
      type_doc: type,
      amount: -amount,
      is_fiscal: str(p.is_fiscal) === '1',
    });
    ctx.state.logChange(order, ctx.now);
    return {};
  },
  OrderPaysBetweenForAll(ctx) {
    const [from, to] = dayRange(ctx);
    const rows: Array<Record<string, unknown>> = [];
    for (const o of ctx.state.orders.values()) {
      const c = ctx.state.clients.get(o.contr_id);
      for (const p of o.payments.filter((x) => inRange(x.at, from, to))) {
        rows.push({
          dor_id: o.dor_id,
          doc_num: o.doc_num,
          contr_id: o.contr_id,
          contr_name: c?.fullname ?? '',
          teleph_cell: c?.teleph_cell ?? '',
          doc_date: day(o.accepted),
          date_out: day(o.date_out),
          status_id: String(o.status_id),
          kredit: num(ctx.state.total(o)),
          debet: num(ctx.state.paid(o)),
          pay_date: day(p.at),
          pay_kassa_id: '54',
          doc_type: String({ 1: 9, 2: 3, 3: 4, 4: 91, 5: 92 }[p.type_doc] ?? 3),
          pay_debet: num(Math.max(0, p.amount)),
          pay_kredit: num(Math.max(0, -p.amount)),
        });
      }
    }
    return { order_pays: rows };
  },
  OrderByDateTimeForAll(ctx) {
    const [from, to] = dayRange(ctx);
    const list = [...ctx.state.orders.values()]
      .filter((o) => inRange(o.updated, from, to))
      .map((o) =>
        orderRecord(ctx.state, o, { update: dayTime(o.updated), user_id: o.user_id, user_name: 'API' }),
      );
    return { [ctx.options.orderListKey.byDateTime]: list };
  },
  ClientsByDateTimeForAll(ctx) {
    const [from, to] = dayRange(ctx);
    return {
      clients: [...ctx.state.clients.values()]
        .filter((c) => inRange(c.updated, from, to))
        .map((c) => {
          const card = clientCard(ctx.state, c);
          return {
            update: dayTime(c.updated),
            contr_id: c.contr_id,
            fullname: c.fullname,
            name: c.name,
            telephone: c.telephone,
            teleph_cell: c.teleph_cell,
            email: c.email,
            folder_id: c.folder_id,
            address: c.address,
            barcode: c.barcode,
            discount: num(c.discount),
            gender: String(c.gender),
            is_active: '1',
            is_deleted: '0',
            sp: card.sp,
            date_create: dayTime(c.created),
            birth_day: isoToDay(c.birthday),
            order_count: card.order_count,
            order_not_pay: card.order_not_pay,
            dolg: card.dolg,
            bonus: card.bonus,
            deposit: card.deposit,
            disc_rest: 'Ограничение отсутствует',
          };
        }),
    };
  },
  LastChangeOrder(ctx) {
    if (ctx.options.lastChangeOrderEmpty) return { last_orders: [] };
    const userId = ctx.user!.id;
    const pointer = ctx.state.feedPointer.get(userId) ?? 0;
    const batch = ctx.state.changes.filter((c) => c.cur_id > pointer).slice(0, 50);
    if (batch.length > 0) ctx.state.feedPointer.set(userId, batch[batch.length - 1]!.cur_id);
    return {
      last_orders: batch.map((c) => ({
        cur_id: String(c.cur_id),
        dttm: `${day(c.at)} ${time(c.at).slice(0, 5)}`,
        dor_id: c.dor_id,
        status_id: String(c.status_id),
        contr_id: c.contr_id,
        cur_sclad_id: c.cur_sclad_id,
        sclad_to: c.sclad_to,
        sclad_kredit_id: c.sclad_kredit_id,
      })),
    };
  },
  GetOrderImagesForAll(ctx) {
    need(ctx.params, 'dor_id');
    const order = orderOf(ctx.state, ctx.params.dor_id);
    return {
      photos: ctx.state.photos
        .filter((p) => order.services.some((s) => s.dos_id === p.dos_id))
        .map((p) => ({ dos_id: p.dos_id, photo_id: p.photo_id, img: p.img })),
    };
  },
  OrderImagesModern(ctx) {
    need(ctx.params, 'dor_id');
    const order = orderOf(ctx.state, ctx.params.dor_id);
    return {
      photos: ctx.state.photos
        .filter((p) => order.services.some((s) => s.dos_id === p.dos_id))
        .map((p) => ({ dos_id: p.dos_id, photo_id: p.photo_id })),
    };
  },
  PhotoOnline(ctx) {
    need(ctx.params, 'photo_id');
    const photo = ctx.state.photos.find((p) => p.photo_id === str(ctx.params.photo_id));
    if (!photo) throw new EmuError(1, 'Фотография не найдена');
    const bin = atob(photo.img);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return { file: bytes.length > 0 ? bytes : JPEG, contentType: 'image/jpeg' };
  },
};

/** Range commands that answer HTTP 504 when the range is too wide. */
export const RANGE_COMMANDS = new Set([
  'BonusesBetweenForAll',
  'OrdersBetweenForAll',
  'DocsInWayBetweenForAll',
  'OrderPaysBetweenForAll',
  'OrderByDateTimeForAll',
  'ClientsByDateTimeForAll',
]);
