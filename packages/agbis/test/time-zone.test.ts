// Issue 11 item 5: a `Date` is sent in the dry-cleaner server's wall time (option `timeZone`,
// default Europe/Moscow), whatever the machine's zone; strings are sent as given.
import { sameInBothZones } from '@x/test-kit';

// 2024-01-31T21:30:00Z: 00:30 on 1 February in Moscow, 07:30 in Vladivostok, 21:30 on 31 January in UTC.
const script = `
import { AgbisClient } from '@x/agbis';
import { AgbisEmulator } from '@x/agbis/testing';

export default async function run() {
  const emulator = new AgbisEmulator();
  const server = await emulator.serve();
  const make = (timeZone) =>
    new AgbisClient({ baseUrl: server.url + '/cl/demo/api/', user: 'api', password: 'secret', allowHttp: true, retry: false, timeZone });
  const sent = (command) => {
    const r = emulator.last(command);
    return r.params.StartDate + ' / ' + r.params.StopDate;
  };
  const instant = new Date(Date.UTC(2024, 0, 31, 21, 30, 0));
  const later = new Date(Date.UTC(2024, 0, 31, 22, 0, 0));
  const moscow = make(undefined);
  const vlad = make('Asia/Vladivostok');
  const result = {};
  await moscow.orders.between({ StartDate: instant, StopDate: instant });
  result.between = sent('OrdersBetweenForAll');
  await moscow.statistics.ordersChanged({ StartDate: instant, StopDate: later });
  result.changed = sent('OrderByDateTimeForAll');
  await moscow.call('OrderByDateTimeForAll', { StartDate: instant, StopDate: later });
  result.call = sent('OrderByDateTimeForAll');
  await moscow.streams.ordersChanged({ from: instant, to: later }).toArray();
  result.stream = sent('OrderByDateTimeForAll');
  await moscow.streams.ordersBetween({ from: instant, to: instant }).toArray();
  result.streamDays = sent('OrdersBetweenForAll');
  await vlad.statistics.ordersChanged({ StartDate: instant, StopDate: later });
  result.vladivostok = sent('OrderByDateTimeForAll');
  await vlad.statistics.ordersChanged({ StartDate: '2024-02-01T00:30', StopDate: '01.02.2024 01:00' });
  result.text = sent('OrderByDateTimeForAll');
  try { make('Moscow'); result.badZone = 'accepted'; } catch (e) { result.badZone = e.name; }
  await server.close();
  return result;
}
`;

sameInBothZones(
  'timeZone: dates from a Date are the server wall time',
  'are the same on a machine in UTC and one in Vladivostok',
  script,
  {
    between: '01.02.2024 / 01.02.2024',
    changed: '01.02.2024 00:30 / 01.02.2024 01:00',
    call: '01.02.2024 00:30 / 01.02.2024 01:00',
    stream: '01.02.2024 00:30 / 01.02.2024 01:00',
    streamDays: '01.02.2024 / 01.02.2024',
    vladivostok: '01.02.2024 07:30 / 01.02.2024 08:00',
    text: '01.02.2024 00:30 / 01.02.2024 01:00',
    badZone: 'ConfigError',
  },
);
