import { AgbisClient, operationGroups } from '@x/agbis';
import { AgbisEmulator, type AgbisSeed, DEFAULT_SEED, DEFAULT_USER, type EmuOrder } from '@x/agbis/testing';
import { addDays } from '../dates.js';
import { type Methods, invokeMethod, listOperations } from './generic.js';
import { serveKit } from './serve.js';
import { type ApiSpec, type StreamSpec, commonClientOptions } from './types.js';

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
    orders.push({
      dor_id: String(90_000 + i),
      doc_num: `${i}`,
      contr_id,
      accepted: at,
      date_out: at + 3 * DAY_MS,
      date_out_fact: null,
      status_id: 1,
      sclad_id: '1',
      sclad_to: '1',
      current_sclad_id: '1',
      price_id: '1',
      vds_id: '',
      fast_exec: '0',
      user_id: DEFAULT_USER.id,
      waiting_confirm: 0,
      services: [
        {
          dos_id: String(190_000 + i),
          parent_id: '',
          tov_id: item?.id ?? '1',
          qty: 1,
          price,
          kfx: 1,
          discount: 0,
          status_id: 1,
          ext_info: '',
          barcode: '',
          addons: [],
        },
      ],
      payments: [{ id: String(290_000 + i), at, type_doc: 1, amount: price, is_fiscal: true }],
      comments: i % 3 === 0 ? ['Пятно, "вино"; чистка, срочно'] : [],
      updated: at,
    });
  }
  return { clients, orders };
}

type Client = AgbisClient & Methods;

const dayStream = (
  doc: string,
  read: (c: AgbisClient, from: string, to: string, signal: AbortSignal) => Promise<unknown[]>,
): StreamSpec => ({
  kind: 'days',
  windowDays: 7,
  doc,
  window: (c, f, t, s) => read(c as AgbisClient, f, t, s),
});

/** Агбис.Химчистка. */
export const agbis: ApiSpec = {
  name: 'agbis',
  title: 'Агбис.Химчистка',
  urlEnv: 'XSDK_AGBIS_URL',
  settings: [
    { key: 'user', env: 'XSDK_AGBIS_USER', secret: false, doc: 'program user (login)' },
    { key: 'password', env: 'XSDK_AGBIS_PASSWORD', secret: true, doc: 'password of the program user' },
  ],
  client: (ctx) =>
    new AgbisClient({
      baseUrl: ctx.url,
      user: ctx.settings.user ?? '',
      password: ctx.settings.password,
      ...commonClientOptions(ctx),
    }),
  operations: () => listOperations(operationGroups),
  invoke: (client, method, params, signal) => invokeMethod(client as Client, method, params, signal),
  async authCheck(client, signal) {
    const c = client as AgbisClient;
    await c.session.validSessionId(undefined, { signal });
    await c.session.logout(undefined, { signal });
    return 'Login, ValidSessionID and Logout succeeded';
  },
  streams: () => ({
    orders: dayStream('orders accepted per day (OrdersBetweenForAll)', (c, from, to, signal) =>
      c.streams.ordersBetween({ from, to, windowDays: 366, call: { signal } }).toArray(),
    ),
    payments: dayStream('order payments per day (OrderPaysBetweenForAll)', (c, from, to, signal) =>
      c.streams.orderPaysBetween({ from, to, windowDays: 366, call: { signal } }).toArray(),
    ),
    clients: dayStream('clients changed per day (ClientsByDateTimeForAll)', (c, from, to, signal) =>
      c.streams
        .clientsChanged({
          from: `${from}T00:00:00`,
          to: `${addDays(to, 1)}T00:00:00`,
          windowHours: 24 * 366,
          call: { signal },
        })
        .toArray(),
    ),
    'orders-changed': dayStream('orders changed per day (OrderByDateTimeForAll)', (c, from, to, signal) =>
      c.streams
        .ordersChanged({
          from: `${from}T00:00:00`,
          to: `${addDays(to, 1)}T00:00:00`,
          windowHours: 24 * 366,
          call: { signal },
        })
        .toArray(),
    ),
    bonuses: dayStream('bonus accruals and payments per day (BonusesBetweenForAll)', (c, from, to, signal) =>
      c.streams.bonusesBetween({ from, to, windowDays: 366, call: { signal } }).toArray(),
    ),
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
    for (const fault of options.faults) emulator.failNext(fault);
    const served = await serveKit(emulator, options.host, options.port, log);
    return { ...served, credentials: { XSDK_AGBIS_USER: user, XSDK_AGBIS_PASSWORD: password }, notes: [] };
  },
};
