// Issue 11 item 1 (last bullet): a documented field absent from every record of an answer is
// reported, never read as a quiet null.
import { AgbisClient } from '@x/agbis';
import { missingFieldChecks } from '@x/test-kit';
import { expect } from 'vitest';

// Every order carries `debt` where the document's examples say `dolg`.
const order = (n: number) => ({
  dor_id: `10022${n}`,
  doc_num: `00003${n}`,
  contr_id: '10088',
  kredit: '11',
  debet: '11',
  debt: '0',
  doc_date: '23.01.2018',
});
missingFieldChecks({
  answer: (req) =>
    Response.json(
      /^\/api\/\?Login=/.test(new URL(req.url).pathname + new URL(req.url).search)
        ? { error: 0, Session_id: 'S-1', Refresh_id: 'R-1', User_ID: '1' }
        : { error: 0, orders: [order(1), order(2)] },
    ),
  make: (url, validation, logger) =>
    new AgbisClient({
      baseUrl: `${url}/api/`,
      user: 'api',
      password: 'secret',
      allowHttp: true,
      retry: false,
      validation,
      logger,
    }),
  call: (client) => client.orders.between({ StartDate: '2018-01-01', StopDate: '2018-01-31' }),
  field: 'orders[].dolg',
  lenient: {
    title: 'the value is not invented',
    check: (list) => {
      expect(list.orders.map((o) => o.dolg)).toEqual([undefined, undefined]);
      expect(list.orders.map((o) => (o as Record<string, unknown>).debt)).toEqual(['0', '0']);
    },
  },
});
