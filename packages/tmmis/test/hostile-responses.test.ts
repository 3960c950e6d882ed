import { ApiError, ResponseError, SdkError } from '@x/core';
import { describe, expect, it } from 'vitest';
import { GUID, clientAnswering, payInput } from './body-client.js';

const invoice = (extra: string) =>
  `{"invoiceGuid":"${GUID}","invoiceNumber":"A-1","date":"2026-01-01T10:00:00","Type":1,"paySum":10,"invoiceSum":10,"BillFlag":0,"GetFlag":0,"iscancelled":0,"birthday":"1990-01-01","family":"Иванов","name":"Иван","Services":[{"smguid":"s","smCode":"c","smName":"n","Tax":-1,"smCount":1,"smCost":10,"smPrice":10${extra}}]${extra}}`;

async function settle(p: Promise<unknown>) {
  return p.then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined, error }),
  );
}

describe('prototype keys in responses', () => {
  const evil =
    ',"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"polluted":3}';
  it('do not pollute Object.prototype or the decoded objects', async () => {
    const body = `{"Success":true${evil},"Errors":[],"Data":{"OGRN":"1"${evil},"invoices":[${invoice(evil)}]}}`;
    const list = await clientAnswering(() => body).invoices.byNumber({ number: 'A-1' });
    expect(list.invoices).toHaveLength(1);
    const inv = list.invoices[0]!;
    for (const obj of [list, inv, inv.Services[0]!, list.raw as object]) {
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      expect((obj as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('in a refusal do not pollute either', async () => {
    const body = `{"Success":false${evil},"Errors":[{"Message":"нет"${evil}}]}`;
    const r = await settle(clientAnswering(() => body).invoices.pay(payInput));
    expect(r.error).toBeInstanceOf(ApiError);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('deep nesting', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
  const bodies: Array<[string, string]> = [
    ['as the data', `{"Success":true,"Data":${deep}}`],
    ['as the whole body', deep],
    ['inside an invoice', `{"Success":true,"Data":[${invoice(`,"extra":${deep}`)}]}`],
    ['as an invoice field', `{"Success":true,"Data":[${invoice('').replace('"A-1"', deep)}]}`],
    ['as the errors list', `{"Success":false,"Errors":${deep}}`],
    ['as nested objects in the errors', `{"Success":false,"Errors":${deepObject}}`],
    ['as nested objects in the data', `{"Success":true,"Data":${deepObject}}`],
  ];
  it.each(bodies)('100,000 levels %s end in a result or an SdkError, never a crash', async (_name, body) => {
    for (const call of [
      (c: ReturnType<typeof clientAnswering>) => c.invoices.byNumber({ number: '1' }),
      (c: ReturnType<typeof clientAnswering>) => c.invoices.pay(payInput),
    ]) {
      const r = await settle(call(clientAnswering(() => body)));
      if (r.error) expect(r.error).toBeInstanceOf(SdkError);
    }
  });
});

describe('numbers beyond the safe integer range', () => {
  it('an invoice number sent as a bare number keeps every digit', async () => {
    const body = `{"Success":true,"Data":[${invoice('').replace('"A-1"', '12345678901234567891')}]}`;
    const list = await clientAnswering(() => body).invoices.byNumber({ number: '12345678901234567891' });
    expect(list.invoices[0]!.invoiceNumber).toBe('12345678901234567891');
  });

  it('a message code sent as a bare number keeps every digit', async () => {
    const body = '{"Success":false,"Errors":[{"Code":90071992547409931,"Message":"нет"}]}';
    const r = await settle(clientAnswering(() => body).invoices.pay(payInput));
    expect(r.error).toBeInstanceOf(ApiError);
    expect((r.error as ApiError).vendorCode).toBe('90071992547409931');
  });

  it('money stays a number (decimal(18, 2) is within the safe range)', async () => {
    const body = `{"Success":true,"Data":[${invoice('')}]}`;
    const list = await clientAnswering(() => body).invoices.byNumber({ number: 'A-1' });
    expect(list.invoices[0]!.invoiceSum).toBe(10);
  });
});

describe('bodies that are not what was promised', () => {
  it.each([
    ['a JSON string', '"OK"'],
    ['a number', '42'],
    ['XML', '<?xml version="1.0"?><OperationResult><Success>true</Success></OperationResult>'],
    ['a BOM then garbage', '\uFEFF{{'],
  ])('%s: a lookup ends in a ResponseError', async (_name, body) => {
    const r = await settle(clientAnswering(() => body).invoices.byNumber({ number: '1' }));
    expect(r.error).toBeInstanceOf(ResponseError);
  });
});
