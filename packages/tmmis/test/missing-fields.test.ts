// Issue 11 item 1 (last bullet): a documented field absent from every record of an answer is
// reported, never read as a quiet null.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type LogRecord, ResponseError } from '@x/core';
import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID } from '@x/tmmis/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every service line carries `ServiceCode` where the document says `smCode` (+, required).
const line = (n: number) =>
  `{"smguid":"s-${n}","ServiceCode":"A0${n}","smName":"Приём","Tax":-1,"smCount":1,"smCost":10,"smPrice":10}`;
const invoice = (n: number) =>
  `{"invoiceGuid":"3f2504e0-4f89-11d3-9a0c-0305e82c330${n}","invoiceNumber":"A-${n}","date":"2026-01-01T10:00:00","Type":1,"paySum":20,"invoiceSum":20,"BillFlag":0,"GetFlag":0,"iscancelled":0,"PayeeGUID":"p","birthday":"1990-01-01","family":"Иванов","name":"Иван","Services":[${line(1)},${line(2)}]}`;
const body = `{"Success":true,"Errors":[],"Data":{"invoices":[${invoice(1)},${invoice(2)}]}}`;

const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  res.end(body);
});
let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function client(validation: 'strict' | 'lenient', warnings: LogRecord[] = []) {
  return new TmmisClient({
    baseUrl,
    ogrn: DEMO_OGRN,
    oid: DEMO_OID,
    allowHttp: true,
    retry: false,
    validation,
    logger: { warn: (record) => warnings.push(record) },
  });
}

describe('a documented field missing from every record', () => {
  it('strict: ResponseError naming the field', async () => {
    const error = await client('strict')
      .invoices.byNumber({ number: 'A-1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).message).toContain('invoices[].Services[].smCode');
  });

  it('lenient: one warning for the call naming it; the value is not invented', async () => {
    const warnings: LogRecord[] = [];
    const list = await client('lenient', warnings).invoices.byNumber({ number: 'A-1' });
    const mismatches = warnings.filter((w) => w.event === 'response_mismatch');
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]!.detail).toEqual({ missingFields: ['invoices[].Services[].smCode'] });
    const service = list.invoices[0]!.Services[0]!;
    expect(service.smCode).toBeNull();
    expect((service as Record<string, unknown>).ServiceCode).toBe('A01');
  });
});
