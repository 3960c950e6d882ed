// Issue 11 item 1 (last bullet): a documented field absent from every record of an answer is
// reported, never read as a quiet null.
import { missingFieldChecks } from '@x/test-kit';
import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID } from '@x/tmmis/testing';
import { expect } from 'vitest';

// Every service line carries `ServiceCode` where the document says `smCode` (+, required).
const line = (n: number) =>
  `{"smguid":"s-${n}","ServiceCode":"A0${n}","smName":"Приём","Tax":-1,"smCount":1,"smCost":10,"smPrice":10}`;
const invoice = (n: number) =>
  `{"invoiceGuid":"3f2504e0-4f89-11d3-9a0c-0305e82c330${n}","invoiceNumber":"A-${n}","date":"2026-01-01T10:00:00","Type":1,"paySum":20,"invoiceSum":20,"BillFlag":0,"GetFlag":0,"iscancelled":0,"PayeeGUID":"p","birthday":"1990-01-01","family":"Иванов","name":"Иван","Services":[${line(1)},${line(2)}]}`;
const body = `{"Success":true,"Errors":[],"Data":{"invoices":[${invoice(1)},${invoice(2)}]}}`;

missingFieldChecks({
  answer: () => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } }),
  make: (url, validation, logger) =>
    new TmmisClient({
      baseUrl: `${url}/`,
      ogrn: DEMO_OGRN,
      oid: DEMO_OID,
      allowHttp: true,
      retry: false,
      validation,
      logger,
    }),
  call: (client) => client.invoices.byNumber({ number: 'A-1' }),
  field: 'invoices[].Services[].smCode',
  lenient: {
    title: 'the value is not invented',
    check: (list) => {
      const service = list.invoices[0]!.Services[0]!;
      expect(service.smCode).toBeNull();
      expect((service as Record<string, unknown>).ServiceCode).toBe('A01');
    },
  },
});
