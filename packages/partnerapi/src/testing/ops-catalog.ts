import {
  type Args,
  type Ctx,
  EmulatorFault,
  type Handler,
  day,
  moscowNow,
  num,
  ref,
  required,
  rows,
  text,
} from './context.js';
import { twoMonthsBefore } from '../schemas/params.js';
import type { ServiceRecord, ServiceTypeRecord } from './state.js';

function serviceTypeOf(ctx: Ctx, id: string): ServiceTypeRecord {
  const t = ctx.state.serviceTypes.get(id);
  if (!t) throw new EmulatorFault(`Вид сервиса ${id} не найден`);
  return t;
}

function ownServiceType(ctx: Ctx, id: string): ServiceTypeRecord {
  const t = serviceTypeOf(ctx, id);
  if (t.partner_id !== ctx.state.partner.partner_id)
    throw new EmulatorFault('Можно изменять только свой вид сервиса');
  return t;
}

const serviceRow = ({ stopped: _s, ...s }: ServiceRecord) => s;

/** The document's fixed dictionaries. */
const CALL_STATUSES = [
  'Успех',
  'НеБылоДоступныхИлиСвободныхСпециалистов',
  'ПользовательНеВзялТрубку',
  'СпециалистНеВзялТрубку',
  'СпециалистОтменилВызов',
  'СпециалистОтклонилВызов',
  'ПользовательОтклонилВызов',
  'ПользовательОтменилВызов',
];
const PAY_METHODS = [
  'Пустое значение',
  'Оплата взимается сразу до конца действия договора ИТС',
  'Оплата взимается ежемесячно',
  'Оплата за 6 месяцев',
  'Оплата за 12 месяцев',
];

/** A call or remote session as the two statistics operations filter it. */
interface SessionRow {
  time: string;
  client_id: string | null;
  dst_agent_id: string | null;
  service_type_id: string | null;
}

/**
 * The filter shared by `statistics_read` and `remote_access_statistics_read`: period, client, agent
 * on either side, source agent (`src`: whichever field holds it), destination agent, service type.
 */
function sessionFilter<T extends SessionRow>(
  a: Args,
  from: string | null,
  src: (row: T) => string | null,
): (row: T) => boolean {
  const to = ref(a, 'end_time');
  const client = ref(a, 'client_id');
  const agent = ref(a, 'agent_id');
  const source = ref(a, 'src_agent_id');
  const dst = ref(a, 'dst_agent_id');
  const type = ref(a, 'service_type_id');
  return (row) =>
    inRange(row.time, from, to) &&
    (client === null || row.client_id === client) &&
    (agent === null || src(row) === agent || row.dst_agent_id === agent) &&
    (source === null || src(row) === source) &&
    (dst === null || row.dst_agent_id === dst) &&
    (type === null || row.service_type_id === type);
}

function inRange(time: string, from: string | null, to: string | null): boolean {
  return (from === null || time >= from) && (to === null || time <= to);
}

function isActive(s: ServiceRecord, today: string): boolean {
  return !s.stopped && (s.service_end_date === null || s.service_end_date >= today);
}

/** Service types, regions, contracts, services, competences, statistics and dictionaries. */
export const catalogHandlers: Record<string, Handler> = {
  service_type_read: (a, ctx) => {
    const id = ref(a, 'service_type_id');
    const owner = ref(a, 'partner_id');
    return rows(
      [...ctx.state.serviceTypes.values()].filter(
        (t) => (id === null || t.service_type_id === id) && (owner === null || t.partner_id === owner),
      ),
    );
  },
  service_type_add: (a, ctx) => {
    const name = (text(a, 'service_type_name') ?? '').trim();
    if (name === '') throw new EmulatorFault('Наименование вида сервиса не должно быть пустым');
    const t: ServiceTypeRecord = {
      service_type_id: ctx.state.newId(),
      service_type_name: name,
      service_type_full_name: text(a, 'service_type_full_name') ?? '',
      partner_id: ctx.state.partner.partner_id,
      service_type_del: false,
    };
    ctx.state.serviceTypes.set(t.service_type_id, t);
    return rows([t]);
  },
  service_type_edit: (a, ctx) => {
    const t = ownServiceType(ctx, required(a, 'service_type_id'));
    const name = text(a, 'service_type_name');
    if (name !== null && name.trim() !== '') t.service_type_name = name;
    const full = text(a, 'service_type_full_name');
    if (full !== null) t.service_type_full_name = full;
    return rows([t]);
  },
  service_type_delete: (a, ctx) => {
    const t = ownServiceType(ctx, required(a, 'service_type_id'));
    t.service_type_del = true;
    return rows([t]);
  },
  region_read: (a, ctx) => {
    const id = ref(a, 'region_id');
    return rows(
      [...ctx.state.regions.values()].filter(
        (r) => ctx.state.partnerRegions.has(r.region_id) && (id === null || r.region_id === id),
      ),
    );
  },
  contract_read: (a, ctx) => {
    const id = ref(a, 'contract_id');
    const from = day(a, 'contract_start_date');
    const to = day(a, 'contract_end_date');
    const role = ref(a, 'role_id');
    return rows(
      [...ctx.state.contracts.values()].filter(
        (c) =>
          (id === null || c.contract_id === id) &&
          (role === null || c.role_id === role) &&
          (from === null || c.contract_end_date === null || c.contract_end_date >= from) &&
          (to === null || c.contract_start_date <= to),
      ),
    );
  },
  contract_service_read: (a, ctx) => {
    const id = ref(a, 'contract_id');
    const type = ref(a, 'service_type_id');
    const from = day(a, 'contract_service_start_date');
    const to = day(a, 'contract_service_end_date');
    return rows(
      ctx.state.contractServices.filter(
        (s) =>
          (id === null || s.contract_id === id) &&
          (type === null || s.service_type_id === type) &&
          (from === null || s.contract_service_start_date <= from) &&
          (to === null || s.contract_service_end_date === null || s.contract_service_end_date >= to),
      ),
    );
  },
  contract_service_add: (a, ctx) => {
    const type = serviceTypeOf(ctx, required(a, 'service_type_id')).service_type_id;
    const contract = [...ctx.state.contracts.values()][0];
    if (!contract) throw new EmulatorFault('У партнера нет действующего договора');
    const start = day(a, 'contract_service_start_date') ?? moscowNow(ctx).slice(0, 10);
    if (
      !ctx.state.contractServices.some(
        (s) => s.contract_id === contract.contract_id && s.service_type_id === type,
      )
    ) {
      ctx.state.contractServices.push({
        contract_id: contract.contract_id,
        service_type_id: type,
        contract_service_start_date: start,
        contract_service_end_date: null,
      });
    }
    // The document: the answer lists every permission on that service type (one per role/contract).
    return rows(ctx.state.contractServices.filter((s) => s.service_type_id === type));
  },
  contract_service_delete: (a, ctx) => {
    const type = required(a, 'service_type_id');
    const before = ctx.state.contractServices.length;
    ctx.state.contractServices = ctx.state.contractServices.filter((s) => s.service_type_id !== type);
    if (ctx.state.contractServices.length === before)
      throw new EmulatorFault(`Сервис ${type} не найден в договоре`);
    return rows([]);
  },
  service_read: (a, ctx) => {
    const today = moscowNow(ctx).slice(0, 10);
    const f = {
      service_id: ref(a, 'service_id'),
      sale_partner_id: ref(a, 'sale_partner_id'),
      client_id: ref(a, 'client_id'),
      service_partner_id: ref(a, 'service_partner_id'),
      agent_user_id: ref(a, 'agent_user_id'),
      service_type_id: ref(a, 'service_type_id'),
    };
    const from = day(a, 'service_start_date');
    const to = day(a, 'service_end_date');
    return rows(
      [...ctx.state.services.values()]
        .filter(
          (s) =>
            isActive(s, today) &&
            Object.entries(f).every(([k, v]) => v === null || s[k as keyof typeof f] === v) &&
            (from === null || s.service_start_date >= from) &&
            (to === null || s.service_end_date === null || s.service_end_date <= to),
        )
        .map(serviceRow),
    );
  },
  service_add: (a, ctx) => {
    const clientId = required(a, 'client_id');
    const client = ctx.state.clients.get(clientId);
    if (!client || client.partner_id !== ctx.state.partner.partner_id)
      throw new EmulatorFault(`Нет доступа к клиенту ${clientId}`);
    if (client.client_del) throw new EmulatorFault(`Клиент ${clientId} удален`);
    const agentId = required(a, 'agent_user_id');
    const agent = ctx.state.agentsUser.get(agentId);
    if (!agent || agent.client_id !== clientId)
      throw new EmulatorFault(`Агент ${agentId} не принадлежит клиенту`);
    if (!agent.agent_user_activity) throw new EmulatorFault(`Агент ${agentId} не активен`);
    const type = serviceTypeOf(ctx, required(a, 'service_type_id'));
    const s: ServiceRecord = {
      service_id: ctx.state.newId(),
      sale_partner_id: ctx.state.partner.partner_id,
      client_id: clientId,
      service_partner_id: required(a, 'service_partner_id'),
      service_start_date: day(a, 'service_start_date') ?? moscowNow(ctx).slice(0, 10),
      service_end_date: day(a, 'service_end_date'),
      agent_user_id: agentId,
      service_type_id: type.service_type_id,
      stopped: false,
    };
    ctx.state.services.set(s.service_id, s);
    return rows([serviceRow(s)]);
  },
  service_stop: (a, ctx) => {
    const id = required(a, 'service_id');
    const s = ctx.state.services.get(id);
    if (!s || s.stopped) throw new EmulatorFault(`Абонемент ${id} не найден`);
    s.stopped = true;
    return rows([]);
  },
  service_edit: (a, ctx) => {
    const id = required(a, 'service_id');
    const s = ctx.state.services.get(id);
    if (!s || s.stopped) throw new EmulatorFault(`Абонемент ${id} не найден`);
    s.service_partner_id = ref(a, 'service_partner_id') ?? s.service_partner_id;
    s.service_start_date = day(a, 'service_start_date') ?? s.service_start_date;
    const end = day(a, 'service_end_date');
    if (end !== null) s.service_end_date = end;
    return rows([serviceRow(s)]);
  },
  competence_read: (a, ctx) => {
    const id = ref(a, 'competence_id');
    const agent = ref(a, 'agent_partner_id') ?? ref(a, 'agent_id');
    const type = ref(a, 'service_type_id');
    const prio = num(a, 'prioritet');
    return rows(
      [...ctx.state.competences.values()].filter(
        (c) =>
          (id === null || c.competence_id === id) &&
          (agent === null || c.agent_partner_id === agent) &&
          (type === null || c.service_type_id === type) &&
          (prio === null || c.prioritet === prio),
      ),
    );
  },
  competence_add: (a, ctx) => {
    const agent = required(a, 'agent_partner_id');
    if (!ctx.state.agentsPartner.has(agent)) throw new EmulatorFault(`Агент партнера ${agent} не найден`);
    const type = serviceTypeOf(ctx, required(a, 'service_type_id')).service_type_id;
    const c = {
      competence_id: ctx.state.newId(),
      agent_partner_id: agent,
      service_type_id: type,
      prioritet: num(a, 'prioritet') ?? 3,
    };
    ctx.state.competences.set(c.competence_id, c);
    return rows([c]);
  },
  competence_stop: (a, ctx) => {
    const id = required(a, 'competence_id');
    if (!ctx.state.competences.delete(id)) throw new EmulatorFault(`Компетенция ${id} не найдена`);
    return rows([]);
  },
  statistics_read: (a, ctx) =>
    rows(ctx.state.calls.filter(sessionFilter(a, ref(a, 'start_time'), (c) => c.src_agent_id))),
  remote_access_statistics_read: (a, ctx) => {
    const limit = twoMonthsBefore(moscowNow(ctx));
    const given = ref(a, 'start_time');
    if (given !== null && given < limit) {
      throw new EmulatorFault(
        `Начало периода не может быть раньше ${limit} (ТекущаяДата()-2 месяца)`,
        'Sender',
      );
    }
    return rows(ctx.state.remoteSessions.filter(sessionFilter(a, given ?? limit, (s) => s.server_agent_id)));
  },
  sip_calls_statistics_read: (a, ctx) => {
    const from = ref(a, 'start_time');
    const to = ref(a, 'end_time');
    const agent = ref(a, 'agent_id');
    const abonent = ref(a, 'abonent');
    return rows(
      ctx.state.sipCalls.filter(
        (c) =>
          inRange(c.time, from, to) &&
          (agent === null || c.agent_id === agent) &&
          (abonent === null || c.abonent === abonent),
      ),
    );
  },
  chat_history_statistics_read: (a, ctx) => ({
    bytes:
      ctx.state.chats.get(`${required(a, 'client_user_id')}|${required(a, 'service_id')}`) ??
      new Uint8Array(0),
  }),
  chat_history_colleagues_read: (a, ctx) => {
    const one = required(a, 'Colleague1_id');
    const two = required(a, 'Colleague2_id');
    return {
      bytes:
        ctx.state.chats.get(`${one}|${two}`) ?? ctx.state.chats.get(`${two}|${one}`) ?? new Uint8Array(0),
    };
  },
  contact_type_read: (_a, ctx) => rows(ctx.state.contactTypes.values()),
  role_read: (_a, ctx) => rows([...ctx.state.roles].map(([role_id, role_name]) => ({ role_id, role_name }))),
  call_status_type_read: () =>
    rows(CALL_STATUSES.map((name, id) => ({ call_status_type_id: id, call_status_type_name: name }))),
  remote_status_type_read: () =>
    rows(
      ['Не инициировано', 'TeamViewer', 'Основное средство'].map((name, id) => ({
        remote_status_type_id: id,
        remote_status_type_name: name,
      })),
    ),
  remote_access_type_read: () =>
    rows([
      { remote_access_type_id: 1, remote_access_type_name: 'TeamViewer' },
      { remote_access_type_id: 2, remote_access_type_name: 'Основное средство' },
    ]),
  pay_method_type_read: () =>
    rows(PAY_METHODS.map((name, id) => ({ pay_method_type_id: id, pay_method_type_name: name }))),
};
