import type { HandlersOf } from '@x/core/testing';
import type { clientOperations } from '../../operations/clients.js';
import { day, flag, isoToDay, num, parseNum, time } from '../format.js';
import { type EmuClient, blankClient, round2 } from '../state.js';
import {
  EmuError,
  clientCard,
  clientContact,
  clientOf,
  countWrite,
  dateParam,
  dayRange,
  inRange,
  need,
  str,
  type Handler,
} from './common.js';

/** Clients (работа с клиентами): one handler per entry of `clientOperations`, under the same key. */
export const clientHandlers = {
  save(ctx) {
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
  info(ctx) {
    need(ctx.params, 'contr_id');
    return clientCard(ctx.state, clientOf(ctx.state, ctx.params.contr_id));
  },
  findByPhone(ctx) {
    need(ctx.params, 'teleph_cell');
    const phone = str(ctx.params.teleph_cell);
    const c = [...ctx.state.clients.values()].find((x) => x.teleph_cell === phone);
    if (!c) throw new EmuError(1, 'Клиент с таким телефоном не найден');
    return { ...clientContact(c), birthday: isoToDay(c.birthday) };
  },
  addBonus(ctx) {
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
  bonusesBetween(ctx) {
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
} satisfies HandlersOf<typeof clientOperations, Handler>;
