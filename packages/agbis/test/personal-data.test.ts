import { AgbisClient } from '@x/agbis';
import { AgbisEmulator } from '@x/agbis/testing';
import { type FaultyServer, ManualClock, captureLogger, logSurfaces } from '@x/core/testing';
import { type PersonalSetup, personalDataSuite, personalProxy, personalScenarios } from '@x/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { seedWaybill } from './harness.js';

// Issue 11 §3: every AGBIS command that carries personal data (client cards, phones in URLs,
// trips, comments, payment and waybill lists naming the client), run against the emulator with
// failures injected and the logger at debug: no personal value may appear in any log record or
// error form.

const START = Date.UTC(2026, 2, 10, 9, 0, 0);
const CLIENT = {
  name: 'Колесникова Д. А.',
  fullname: 'Колесникова Дарья Андреевна',
  teleph_cell: '+79035550199',
  telephone: '+74957770011',
  email: 'kolesnikova.d@example.ru',
  address: 'Москва, ул. Садовая, д. 17, кв. 42',
};
const NEW_CLIENT = {
  name: 'Фомин С. В.',
  fullname: 'Фомин Станислав Викторович',
  teleph_cell: '+79267771234',
  telephone: '+74996660022',
  email: 'fomin.sv@example.ru',
  address: 'Тверь, пр-т Победы, д. 3, кв. 8',
  birthday: '1979-07-14',
};
const TRIP = {
  address: 'Химки, ул. Лесная, д. 9',
  tel: '+79161112233',
  fio: 'Лебедев Олег Петрович',
  comment: 'домофон не работает, звонить заранее',
};
const BONUS_COMMENT = 'подарок ко дню рождения Дарьи';
const ORDER_COMMENT = 'пятно от вина на рукаве, просила не гладить';
const VALUES = [
  ...Object.values(CLIENT),
  ...Object.values(NEW_CLIENT),
  ...Object.values(TRIP),
  BONUS_COMMENT,
  ORDER_COMMENT,
];
/** Each value as given, and as AGBIS encodes it on the wire (`%20` or `+`; `,` `:` `|` left literal). */
const PERSONAL_VALUES = VALUES.flatMap((v) => {
  const wire = encodeURIComponent(v).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7C/g, '|');
  return [v, wire, wire.replace(/%20/g, '+')];
});

interface Setup extends PersonalSetup {
  client: AgbisClient;
  emulator: AgbisEmulator;
  contrId: string;
  dorId: string;
  tripId: string;
}

async function setup(logPersonalData?: boolean): Promise<Setup> {
  const clock = new ManualClock(START);
  const emulator = new AgbisEmulator({ clock, seed: { clients: [{ contr_id: '10013', ...CLIENT }] } });
  const proxy = await personalProxy(
    (req) => emulator.fetch(req),
    (req, command) => new URL(req.url).search.startsWith(`?${command}`),
  );
  const { server } = proxy;
  const logger = captureLogger();
  const options = {
    baseUrl: `${server.url}/`,
    allowHttp: true,
    user: 'api',
    password: 'secret',
    now: () => clock.now(),
    timeoutMs: 500,
  };
  // The data the reads return is made by a separate, quiet client, so that only the call under
  // test and its failures reach the logger.
  const prep = new AgbisClient({
    ...options,
    retry: false,
    ...(logPersonalData === undefined ? {} : { logPersonalData }),
  });
  const { dor_id } = await prep.orders.save({
    Order: { contr_id: 10013, sclad_id: 1, sclad_out_id: 1 },
    Services: [{ tovar_id: 10018, count: 1 }],
  });
  await prep.payments.pay({ dor_id, amount: 100 });
  await prep.clients.addBonus({ contr_id: 10013, amount: 50, comment: BONUS_COMMENT });
  const trip = await prep.orders.createTrip({
    tp: 1,
    date: '2026-03-11',
    hr: '11:00',
    hr_to: '12:00',
    car_id: 2,
    mp_status: 0,
    ...TRIP,
  });
  const dosId = emulator.state.orders.get(dor_id)!.services[0]!.dos_id;
  seedWaybill(emulator, dosId);
  const client = new AgbisClient({
    ...options,
    retry: false,
    logger,
    ...(logPersonalData === undefined ? {} : { logPersonalData }),
  });
  // Log in now, so that the faults planned by a test meet the command under test, not the login.
  await client.clients.info({ contr_id: '10013' });
  expect(emulator.count('Login')).toBe(2);
  logger.records.length = 0;
  return {
    failAnswer: proxy.failAnswer,
    client,
    emulator,
    server,
    logger,
    contrId: '10013',
    dorId: dor_id,
    tripId: String(trip.TripID),
    echo: proxy.echo,
  };
}

const servers: FaultyServer[] = [];
afterEach(async () => {
  while (servers.length) await servers.pop()!.close();
});

type Call = [wire: string, run: (s: Setup) => Promise<unknown>];
const OPERATIONS: Record<string, Call> = {
  'clients.save': ['ContragForAll', (s) => s.client.clients.save({ contrag_type: 2, ...NEW_CLIENT })],
  'clients.info': ['ContrInfoForAll', (s) => s.client.clients.info({ contr_id: s.contrId })],
  'clients.findByPhone': [
    'ContragInfoForAll',
    (s) => s.client.clients.findByPhone({ teleph_cell: CLIENT.teleph_cell }),
  ],
  'clients.addBonus': [
    'AddBonusForAll',
    (s) => s.client.clients.addBonus({ contr_id: s.contrId, amount: 10, comment: BONUS_COMMENT }),
  ],
  'clients.bonusesBetween': [
    'BonusesBetweenForAll',
    (s) =>
      s.client.clients.bonusesBetween({
        contr_id: s.contrId,
        StartDate: '2026-03-01',
        StopDate: '2026-03-31',
      }),
  ],
  'orders.save': [
    'SaveOrderForAll',
    (s) =>
      s.client.orders.save({
        Order: { contr_id: s.contrId, sclad_id: 1, sclad_out_id: 1 },
        Services: [{ tovar_id: 10018, count: 1 }],
        Comments: [ORDER_COMMENT],
      }),
  ],
  'orders.update': [
    'UpdateOrderForAll',
    (s) => s.client.orders.update({ Order: { dor_id: s.dorId }, Comments: [ORDER_COMMENT] }),
  ],
  'orders.createTrip': [
    'TripOrder',
    (s) =>
      s.client.orders.createTrip({
        tp: 2,
        date: '2026-03-12',
        hr: '10:00',
        hr_to: '11:00',
        car_id: 2,
        mp_status: 0,
        ...TRIP,
      }),
  ],
  'orders.trip': ['Trip', (s) => s.client.orders.trip({ id: s.tripId })],
  'payments.between': [
    'OrderPaysBetweenForAll',
    (s) => s.client.payments.between({ StartDate: '2026-03-01', StopDate: '2026-03-31' }),
  ],
  'services.docsInWayBetween': [
    'DocsInWayBetweenForAll',
    (s) => s.client.services.docsInWayBetween({ StartDate: '2026-03-01', StopDate: '2026-03-31' }),
  ],
  'statistics.clientsChanged': [
    'ClientsByDateTimeForAll',
    (s) =>
      s.client.statistics.clientsChanged({ StartDate: '2026-03-01T00:00', StopDate: '2026-03-31T00:00' }),
  ],
};

const SCENARIOS = personalScenarios<Setup>(500);

describe('AGBIS personal data with logPersonalData: true (local debugging)', () => {
  // First in the file: the names other clients register are process-wide, and each test file
  // runs in its own process.
  it('shows the phone in debug logs', async () => {
    const s = await setup(true);
    servers.push(s.server);
    await s.client.clients.findByPhone({ teleph_cell: CLIENT.teleph_cell });
    const text = logSurfaces(s.logger.records)
      .map((x) => x.text)
      .join('\n');
    expect(text).toContain(encodeURIComponent(CLIENT.teleph_cell));
  });
});

personalDataSuite(
  'AGBIS personal data stays out of logs and errors',
  Object.entries(OPERATIONS).map(([operation, [wire, call]]) => ({
    title: `${operation} (${wire})`,
    wire,
    call,
  })),
  { setup: () => setup(), values: PERSONAL_VALUES, scenarios: SCENARIOS },
);
