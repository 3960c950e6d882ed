import type { HandlersOf } from '@x/core/testing';
import type { statisticsOperations } from '../../operations/statistics.js';
import { twoMonthsBefore } from '../../schemas/params.js';
import {
  type Args,
  EmulatorFault,
  type Handler,
  matching,
  moscowNow,
  ref,
  required,
  rows,
} from '../context.js';
import type { SipCallRecord } from '../state.js';

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

/** One handler per entry of `statisticsOperations`, under the same key. */
export const statisticsHandlers = {
  read: (a, ctx) =>
    rows(ctx.state.calls.filter(sessionFilter(a, ref(a, 'start_time'), (c) => c.src_agent_id))),
  remoteAccessRead: (a, ctx) => {
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
  sipCallsRead: (a, ctx) => {
    const from = ref(a, 'start_time');
    const to = ref(a, 'end_time');
    const match = matching<SipCallRecord>(a, ['agent_id', 'abonent']);
    return rows(ctx.state.sipCalls.filter((c) => inRange(c.time, from, to) && match(c)));
  },
  chatHistoryRead: (a, ctx) => ({
    bytes:
      ctx.state.chats.get(`${required(a, 'client_user_id')}|${required(a, 'service_id')}`) ??
      new Uint8Array(0),
  }),
  chatHistoryColleaguesRead: (a, ctx) => {
    const one = required(a, 'Colleague1_id');
    const two = required(a, 'Colleague2_id');
    return {
      bytes:
        ctx.state.chats.get(`${one}|${two}`) ?? ctx.state.chats.get(`${two}|${one}`) ?? new Uint8Array(0),
    };
  },
} satisfies HandlersOf<typeof statisticsOperations, Handler>;
