// Issue 11 item 5: a `Date` is sent in Moscow wall time (the document's zone; option `timeZone`),
// whatever the machine's zone; strings are sent as given.
import { recordingServerScript, sameInBothZones } from '@x/test-kit';

// 2024-01-31T21:30:00Z: 00:30 on 1 February in Moscow, 07:30 in Vladivostok, 21:30 on 31 January in UTC.
const script = `
import { createServer } from 'node:http';
import { PartnerApiClient } from '@x/partnerapi';

export default async function run() {
  ${recordingServerScript(400, 'text/plain', 'no')}
  const endpoint = 'http://127.0.0.1:' + server.address().port + '/PartnerAPI/ws/PartnerAPI';
  const make = (timeZone) =>
    new PartnerApiClient({ endpoint, user: 'partner', password: 'secret', allowHttp: true, retry: false, timeZone });
  const startTime = () => /<(?:\\w+:)?start_time[^>]*>([^<]*)</.exec(bodies.pop())?.[1];
  const instant = new Date(Date.UTC(2024, 0, 31, 21, 30, 0));
  const result = {};
  await make(undefined).statistics.read({ start_time: instant }).catch(() => undefined);
  result.byDefault = startTime();
  await make(undefined).call('statistics_read', { start_time: instant }).catch(() => undefined);
  result.call = startTime();
  await make('Asia/Vladivostok').statistics.read({ start_time: instant }).catch(() => undefined);
  result.vladivostok = startTime();
  await make('Asia/Vladivostok').statistics.read({ start_time: '2024-02-01T00:30:00' }).catch(() => undefined);
  result.text = startTime();
  try { make('MSK'); result.badZone = 'accepted'; } catch (e) { result.badZone = e.name; }
  server.close();
  return result;
}
`;

sameInBothZones(
  'timeZone: dates from a Date are Moscow wall time',
  'are the same on a machine in UTC and one in Vladivostok',
  script,
  {
    byDefault: '2024-02-01T00:30:00',
    call: '2024-02-01T00:30:00',
    vladivostok: '2024-02-01T07:30:00',
    text: '2024-02-01T00:30:00',
    badZone: 'ConfigError',
  },
);
