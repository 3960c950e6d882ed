// Issue 11 item 1 (last bullet): a documented field absent from every record of an answer is
// reported, never read as a quiet "" / false / null.
import { missingFieldChecks } from '@x/test-kit';
import { UzhkhClient } from '@x/uzhkh';
import { expect } from 'vitest';

// `AccountNumber` (required by the document) is missing from every account: the server renamed it.
const page = {
  Items: [
    {
      Id: 'acc-1',
      AccountNum: '100001',
      IsActive: true,
      ApartmentID: 'obj-1',
      TypeObject: 'Квартира',
      Balance: 1,
    },
    {
      Id: 'acc-2',
      AccountNum: '100002',
      IsActive: true,
      ApartmentID: 'obj-2',
      TypeObject: 'Квартира',
      Balance: 2,
    },
  ],
  Page: 1,
  NoResults: false,
};
missingFieldChecks({
  answer: () => Response.json(page),
  make: (url, validation, logger) =>
    new UzhkhClient({
      baseUrl: `${url}/api/`,
      token: 'token-for-tests',
      allowHttp: true,
      retry: false,
      validation,
      logger,
    }),
  call: (client) => client.download.accountsPage({ page: 1 }),
  field: 'Items[].AccountNumber',
  lenient: {
    title: 'the records keep what came',
    check: (result, warnings) => {
      expect(warnings).toHaveLength(1);
      expect(result.Items.map((a) => (a as Record<string, unknown>).AccountNum)).toEqual([
        '100001',
        '100002',
      ]);
    },
  },
});
