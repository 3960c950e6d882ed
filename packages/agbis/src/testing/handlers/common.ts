/** What every AGBIS handler shares: the context it gets, the vendor error, and the records several sections answer with. */
import { day, dayTime, flag, isoToDay, num, parseDay, time } from '../format.js';
import {
  type AgbisState,
  type EmuClient,
  type EmuOrder,
  type EmuPhoto,
  type EmuService,
  type EmuTrip,
  type EmuUser,
  round2,
} from '../state.js';

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

export const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

export function need(params: Record<string, unknown>, ...keys: string[]): void {
  for (const k of keys) {
    if (params[k] === undefined || params[k] === '') throw new EmuError(104, `Не указан параметр ${k}`);
  }
}

export function dateParam(params: Record<string, unknown>, key: string): number {
  const ms = parseDay(params[key]);
  if (ms === undefined) throw new EmuError(105, `Некорректная дата ${key}`);
  return ms;
}

export function orderOf(state: AgbisState, id: unknown): EmuOrder {
  const order = state.orders.get(str(id));
  if (!order) throw new EmuError(1, `Заказ ${str(id)} не найден`);
  return order;
}

/** The photos taken of the services of `order`. */
export function photosOf(state: AgbisState, order: EmuOrder): EmuPhoto[] {
  return state.photos.filter((p) => order.services.some((s) => s.dos_id === p.dos_id));
}

/** The photos of the order named by the required `dor_id` parameter (both image commands take it). */
export function orderPhotos(ctx: HandlerContext): EmuPhoto[] {
  need(ctx.params, 'dor_id');
  return photosOf(ctx.state, orderOf(ctx.state, ctx.params.dor_id));
}

export function clientOf(state: AgbisState, id: unknown): EmuClient {
  const client = state.clients.get(str(id));
  if (!client) throw new EmuError(1, `Клиент ${str(id)} не найден`);
  return client;
}

export function countWrite(ctx: HandlerContext): void {
  const key = day(ctx.now);
  ctx.state.executed.set(key, (ctx.state.executed.get(key) ?? 0) + 1);
}

export const STATUS_NAMES: Record<number, string> = {
  1: 'Новый',
  2: 'На хранении',
  3: 'В исполнении',
  4: 'Исполненный',
  5: 'Выданный',
  6: 'Закрытый',
  7: 'Отмененный',
};

export const PAY_DOCS: Record<number, string> = {
  1: 'Оплата банковской картой',
  2: 'Оплата по кассе',
  3: 'Оплата по банку',
  4: 'Оплата бонусом',
  5: 'Оплата депозитом',
};

export function serviceRecord(state: AgbisState, s: EmuService): Record<string, unknown> {
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

export function orderRecord(
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
    photo_exist: flag(photosOf(state, o).length > 0),
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

export function inRange(ms: number, from: number, to: number): boolean {
  return ms >= from && ms <= to;
}

/** Days in `[start, stop]` (both date-only): the stop day is included to its last second. */
export function dayRange(ctx: HandlerContext): [number, number] {
  need(ctx.params, 'StartDate', 'StopDate');
  const from = dateParam(ctx.params, 'StartDate');
  const stop = dateParam(ctx.params, 'StopDate');
  const hasTime = /\d:\d/.test(str(ctx.params.StopDate));
  return [from, hasTime ? stop : stop + 86_399_999];
}

export function tripRecord(state: AgbisState, t: EmuTrip): Record<string, unknown> {
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

/** The contact fields of a client that ContragInfoForAll and ClientsByDateTimeForAll both answer with. */
export function clientContact(c: EmuClient): Record<string, unknown> {
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
  };
}

export function clientCard(state: AgbisState, c: EmuClient): Record<string, unknown> {
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
