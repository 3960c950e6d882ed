// Issue 11 item 5: a `Date` is sent in the clinic server's wall time (option `timeZone`, default
// Europe/Moscow), whatever the machine's zone; strings are sent as given.
import { recordingClientScript, sameInBothZones } from '@x/test-kit';

// 2024-01-31T21:30:00Z: 00:30 on 1 February in Moscow, 07:30 in Vladivostok, 21:30 on 31 January in UTC.
const script = `${recordingClientScript('@x/tmmis', 'TmmisClient', 200, 'application/json', '{}')}
  const baseUrl = origin + '/';
  const make = (timeZone) =>
    new TmmisClient({ baseUrl, ogrn: '1027700132195', oid: '1.2.643.5.1.13', retry: false, allowHttp: true, timeZone });
  const pay = async (client, BillDate) => {
    await client.invoices
      .pay({
        invoiceGuid: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
        checkNum: '1',
        BillDate,
        cashdeskGuid: '3f2504e0-4f89-11d3-9a0c-0305e82c3302',
        Type: 1,
        Payments: [{ paySum: 10, PaymentType: 1 }],
      })
      .catch(() => undefined);
    return JSON.parse(bodies.pop()).BillDate;
  };
  const instant = new Date(Date.UTC(2024, 0, 31, 21, 30, 0));
  const result = {
    byDefault: await pay(make(undefined), instant),
    vladivostok: await pay(make('Asia/Vladivostok'), instant),
    text: await pay(make('Asia/Vladivostok'), '2024-02-01T00:30:00'),
    badZone: (() => { try { make('Europe/Mosсow'); return 'accepted'; } catch (e) { return e.name; } })(),
  };
  server.close();
  return result;
}
`;

sameInBothZones(
  'timeZone: BillDate from a Date is the server wall time',
  'is the same on a machine in UTC and one in Vladivostok',
  script,
  {
    byDefault: '2024-02-01T00:30:00',
    vladivostok: '2024-02-01T07:30:00',
    text: '2024-02-01T00:30:00',
    badZone: 'ConfigError',
  },
);
