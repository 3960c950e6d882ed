import type { HandlersOf } from '@x/core/testing';
import type { orderOperations } from '../../operations/orders.js';
import { guid, parseNum } from '../format.js';
import { type EmuOrder, type EmuService, type EmuTrip, blankOrder } from '../state.js';
import {
  EmuError,
  clientOf,
  countWrite,
  dateParam,
  dayRange,
  inRange,
  need,
  orderOf,
  orderRecord,
  str,
  tripRecord,
  type Handler,
  type HandlerContext,
} from './common.js';

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

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44,
]);

/** Orders (работа с заказами): one handler per entry of `orderOperations`, under the same key. */
export const orderHandlers = {
  save(ctx) {
    const o = ctx.params.Order as Record<string, unknown> | undefined;
    if (!o || typeof o !== 'object') throw new EmuError(104, 'Не указан объект Order');
    need(o, 'contr_id', 'sclad_id', 'sclad_out_id');
    clientOf(ctx.state, o.contr_id);
    const services = ctx.params.Services;
    if (!Array.isArray(services) || services.length === 0)
      throw new EmuError(1, 'Нельзя создать заказ без услуг');
    countWrite(ctx);
    const dorId = ctx.state.nextId();
    const order = blankOrder({
      dor_id: dorId,
      doc_num: String(ctx.state.orders.size + 1).padStart(6, '0'),
      contr_id: str(o.contr_id),
      accepted: ctx.now,
      sclad_id: str(o.sclad_id),
      sclad_to: str(o.sclad_out_id),
      current_sclad_id: str(o.current_sclad_id) || str(o.sclad_id),
      price_id: str(o.price_id) || '0',
      user_id: ctx.user!.id,
      comments: Array.isArray(ctx.params.Comments) ? ctx.params.Comments.map(str) : [],
    });
    applyHeader(ctx, order, o);
    buildServices(ctx, order, services, false);
    ctx.state.orders.set(dorId, order);
    ctx.state.logChange(order, ctx.now);
    const link = str(o.get_confirm_link) === '1' ? `https://agb.is/c/${dorId}` : undefined;
    return link ? { dor_id: dorId, confirm_link: link } : { dor_id: dorId };
  },
  update(ctx) {
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
  changeStatus(ctx) {
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
  createTrip(ctx) {
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
  trip(ctx) {
    need(ctx.params, 'id');
    const trip = ctx.state.trips.get(str(ctx.params.id));
    if (!trip) throw new EmuError(1, 'Выезд не найден');
    return tripRecord(ctx.state, trip);
  },
  info(ctx) {
    need(ctx.params, 'dor_id');
    const order = orderOf(ctx.state, ctx.params.dor_id);
    const { doc_time: _, status: __, ...rest } = orderRecord(ctx.state, order);
    return { order: { ...rest, sclad_name: 'Основной', sclad_adr: '', sclad_hours: '', Tovars: [] } };
  },
  receipt(ctx) {
    need(ctx.params, 'dor_id');
    const order = orderOf(ctx.state, ctx.params.dor_id);
    return { png: guid(), dor_id: order.dor_id };
  },
  receiptOnline(ctx) {
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
  between(ctx) {
    const [from, to] = dayRange(ctx);
    const list = [...ctx.state.orders.values()]
      .filter((o) => inRange(o.accepted, from, to))
      .map((o) => orderRecord(ctx.state, o));
    return { [ctx.options.orderListKey.between]: list };
  },
} satisfies HandlersOf<typeof orderOperations, Handler>;
