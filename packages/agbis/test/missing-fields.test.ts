// Issue 11 item 1 (last bullet): a documented field absent from every record of an answer is
// reported, never read as a quiet null.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AgbisClient } from '@x/agbis';
import { type LogRecord, ResponseError } from '@x/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
const server = createServer((req, res) => {
  const login = /^\/api\/\?Login=/.test(req.url ?? '');
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(
    JSON.stringify(
      login
        ? { error: 0, Session_id: 'S-1', Refresh_id: 'R-1', User_ID: '1' }
        : { error: 0, orders: [order(1), order(2)] },
    ),
  );
  req.resume();
});
let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function client(validation: 'strict' | 'lenient', warnings: LogRecord[] = []) {
  return new AgbisClient({
    baseUrl,
    user: 'api',
    password: 'secret',
    allowHttp: true,
    retry: false,
    validation,
    logger: { warn: (record) => warnings.push(record) },
  });
}

describe('a documented field missing from every record', () => {
  it('strict: ResponseError naming the field', async () => {
    const error = await client('strict')
      .orders.between({ StartDate: '2018-01-01', StopDate: '2018-01-31' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).message).toContain('orders[].dolg');
  });

  it('lenient: one warning for the call naming it; the value is not invented', async () => {
    const warnings: LogRecord[] = [];
    const list = await client('lenient', warnings).orders.between({
      StartDate: '2018-01-01',
      StopDate: '2018-01-31',
    });
    const mismatches = warnings.filter((w) => w.event === 'response_mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.detail).toEqual({ missingFields: ['orders[].dolg'] });
    expect(list.orders.map((o) => o.dolg)).toEqual([undefined, undefined]);
    expect(list.orders.map((o) => (o as Record<string, unknown>).debt)).toEqual(['0', '0']);
  });
});
