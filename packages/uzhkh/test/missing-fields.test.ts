// Issue 11 item 1 (last bullet): a documented field absent from every record of an answer is
// reported, never read as a quiet "" / false / null.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LogRecord, ResponseError } from '@x/core';
import { UzhkhClient } from '@x/uzhkh';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(page));
});
let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function client(validation: 'strict' | 'lenient', warnings: LogRecord[] = []) {
  return new UzhkhClient({
    baseUrl,
    token: 'token-for-tests',
    allowHttp: true,
    retry: false,
    validation,
    logger: { warn: (record) => warnings.push(record) },
  });
}

describe('a documented field missing from every record', () => {
  it('strict: ResponseError naming the field', async () => {
    const error = await client('strict')
      .download.accountsPage({ page: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).message).toContain('Items[].AccountNumber');
  });

  it('lenient: one warning for the call naming it; the records keep what came', async () => {
    const warnings: LogRecord[] = [];
    const result = await client('lenient', warnings).download.accountsPage({ page: 1 });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      event: 'response_mismatch',
      detail: { missingFields: ['Items[].AccountNumber'] },
    });
    expect(result.Items.map((a) => (a as Record<string, unknown>).AccountNum)).toEqual(['100001', '100002']);
  });
});
