import { AgbisClient, operationGroups } from '@x/agbis';
import {
  AgbisEmulator,
  type AgbisSeed,
  DEFAULT_SEED,
  DEFAULT_USER,
  type EmuOrder,
  blankOrder,
  blankService,
} from '@x/agbis/testing';
import { addDays } from '../dates.js';
import { invokeMethod, listOperations } from './generic.js';
import { runEmulator } from './serve.js';
import { type ApiSpec, type StreamSpec, commonClientOptions, loginSettings } from './types.js';

const DAY_MS = 86_400_000;

/** `count` clients, each with one order (one service line) and one payment, over the last `count` days. */
function generated(count: number, now: number): AgbisSeed {
  const clients: NonNullable<AgbisSeed['clients']> = [];
  const orders: EmuOrder[] = [];
  const item = DEFAULT_SEED.priceList[0];
  for (let i = 1; i <= count; i++) {
    const contr_id = String(5000 + i);
    clients.push({ contr_id, name: `Клиент ${i}`, teleph_cell: `+7900${String(i).padStart(7, '0')}` });
    const at = now - (count - i) * DAY_MS - 3_600_000;
    const price = 100 + ((i * 37) % 900) + 0.5;
    orders.push(
      blankOrder({
        dor_id: String(90_000 + i),
        doc_num: `${i}`,
        contr_id,
        accepted: at,
        date_out: at + 3 * DAY_MS,
        price_id: '1',
        services: [blankService({ dos_id: String(190_000 + i), tov_id: item?.id ?? '1', price })],
        payments: [{ id: String(290_000 + i), at, type_doc: 1, amount: price, is_fiscal: true }],
        comments: i % 3 === 0 ? ['Пятно, "вино"; чистка, срочно'] : [],
      }),
    );
  }
  return { clients, orders };
}

const dayStream = (
  doc: string,
  read: (c: AgbisClient, from: string, to: string, signal: AbortSignal) => Promise<unknown[]>,
): StreamSpec => ({
  kind: 'days',
  windowDays: 7,
  doc,
  window: (c, f, t, s) => read(c as AgbisClient, f, t, s),
});

type DayStreamName = 'ordersBetween' | 'orderPaysBetween' | 'bonusesBetween';
type TimeStreamName = 'clientsChanged' | 'ordersChanged';

/** A stream over a date-range command: one call covers the CLI's whole window. */
const dateRangeStream = (doc: string, name: DayStreamName) =>
  dayStream(doc, (c, from, to, signal) =>
    c.streams[name]({ from, to, windowDays: 366, call: { signal } }).toArray(),
  );

/** A stream over a date-time command (changes): the CLI's days become midnight-to-midnight times. */
const changeStream = (doc: string, name: TimeStreamName) =>
  dayStream(doc, (c, from, to, signal) =>
    c.streams[name]({
      from: `${from}T00:00:00`,
      to: `${addDays(to, 1)}T00:00:00`,
      windowHours: 24 * 366,
      call: { signal },
    }).toArray(),
  );

/** Агбис.Химчистка. */
export const agbis: ApiSpec = {
  name: 'agbis',
  title: 'Агбис.Химчистка',
  urlEnv: 'XSDK_AGBIS_URL',
  settings: loginSettings('agbis', 'program user (login)', 'password of the program user'),
  client: (ctx) =>
    new AgbisClient({
      baseUrl: ctx.url,
      user: ctx.settings.user ?? '',
      password: ctx.settings.password,
      ...commonClientOptions(ctx),
    }),
  operations: () => listOperations(operationGroups),
  invoke: invokeMethod,
  async authCheck(client, signal) {
    const c = client as AgbisClient;
    await c.session.validSessionId(undefined, { signal });
    await c.session.logout(undefined, { signal });
    return 'Login, ValidSessionID and Logout succeeded';
  },
  streams: () => ({
    orders: dateRangeStream('orders accepted per day (OrdersBetweenForAll)', 'ordersBetween'),
    payments: dateRangeStream('order payments per day (OrderPaysBetweenForAll)', 'orderPaysBetween'),
    clients: changeStream('clients changed per day (ClientsByDateTimeForAll)', 'clientsChanged'),
    'orders-changed': changeStream('orders changed per day (OrderByDateTimeForAll)', 'ordersChanged'),
    bonuses: dateRangeStream('bonus accruals and payments per day (BonusesBetweenForAll)', 'bonusesBetween'),
  }),
  async emulate(options, log) {
    const clock = options.clock;
    const user = options.settings.user ?? DEFAULT_USER.login;
    const password = options.settings.password ?? DEFAULT_USER.password;
    const seed: AgbisSeed = {
      ...generated(options.seedSize, clock.now()),
      ...(options.seed as AgbisSeed | undefined),
      users: [{ id: DEFAULT_USER.id, login: user, password }],
    };
    const emulator = new AgbisEmulator({ clock, seed });
    return runEmulator(emulator, options, log, { XSDK_AGBIS_USER: user, XSDK_AGBIS_PASSWORD: password });
  },
};
