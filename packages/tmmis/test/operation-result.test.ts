import { ApiError, HttpError, ResponseError } from '@x/core';
import { readOperationResult } from '@x/tmmis';
import { DEMO_OGRN } from '@x/tmmis/testing';
import { describe, expect, it } from 'vitest';
import { seedBasic, useHarness } from './harness.js';

const { fresh } = useHarness();

describe('readOperationResult (tolerant decoder)', () => {
  it('reads the usual .NET envelopes', () => {
    expect(readOperationResult({ Success: true, Errors: [], Data: [1] })).toMatchObject({
      success: true,
      data: [1],
      envelope: true,
    });
    expect(
      readOperationResult({ isSuccess: false, messages: [{ code: 7, message: 'нет', type: 'Error' }] }),
    ).toMatchObject({
      success: false,
      messages: [{ code: 7, text: 'нет', severity: 'error' }],
    });
    expect(readOperationResult({ success: false, message: 'Счёт не найден' })).toMatchObject({
      success: false,
      messages: [{ text: 'Счёт не найден', severity: 'error' }],
    });
    expect(readOperationResult({ Result: true, Message: 'ok' })).toMatchObject({ success: true, data: null });
    expect(readOperationResult({ IsError: true, ErrorMessage: 'сбой' })).toMatchObject({
      success: false,
      messages: [{ text: 'сбой' }],
    });
  });

  it('infers failure from errors when there is no flag, and flattens model-state errors', () => {
    const r = readOperationResult({ errors: { invoiceGuid: ['The value is not valid.'] }, data: null });
    expect(r.success).toBe(false);
    expect(r.messages).toEqual([{ text: 'invoiceGuid: The value is not valid.', severity: 'error' }]);
    expect(readOperationResult({ Errors: [], Data: {} }).success).toBe(true);
  });

  it('treats a body that is not an envelope as bare data', () => {
    expect(readOperationResult([{ invoiceGuid: 'x' }])).toMatchObject({ success: true, envelope: false });
    const bare = { OGRN: '1', OID: '2', Invoices: [] };
    expect(readOperationResult(bare)).toMatchObject({ success: true, data: bare, envelope: false });
    expect(readOperationResult(null)).toMatchObject({ success: true, data: null });
  });
});

describe('OperationResult through the client', () => {
  it('exposes messages and the raw envelope of a successful camelCase answer', async () => {
    const { emulator, client } = fresh({ envelope: 'camel' });
    const inv = seedBasic(emulator);
    const result = await client.invoices.byNumber({ invoiceGuid: inv.invoiceGuid });
    expect(result.invoices).toHaveLength(1);
    expect(result.raw).toMatchObject({ isSuccess: true, result: { OGRN: DEMO_OGRN } });
    expect(result.messages).toEqual([]);
  });

  it('turns a failed camelCase result into ApiError with the server messages', async () => {
    const { client } = fresh({ envelope: 'camel' });
    const error = await client.invoices
      .receive({ invoiceGuid: '11111111-2222-4333-8444-555555555555' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.vendorMessage).toMatch(/не найден/);
  });

  it('reads an OperationResult sent with HTTP 400 as ApiError, HTML 500 as HttpError, non-JSON 200 as ResponseError', async () => {
    const { emulator, client } = fresh();
    emulator.failNext({
      status: 400,
      body: { Success: false, Errors: [{ Code: 'X', Message: 'Плохой запрос' }] },
    });
    const bad = await client.invoices.byNumber({ number: '1' }).catch((e) => e);
    expect(bad).toBeInstanceOf(ApiError);
    expect(bad).toMatchObject({ vendorCode: 'X', vendorMessage: 'Плохой запрос', status: 400 });
    emulator.failNext({ status: 500, body: '<html>IIS error</html>' });
    await expect(client.invoices.byNumber({ number: '1' }, { retry: false })).rejects.toBeInstanceOf(
      HttpError,
    );
    emulator.failNext({ status: 200, body: 'OK' });
    await expect(
      client.cashDesks.register({ Guid: '11111111-2222-4333-8444-555555555555', Name: 'K' }),
    ).rejects.toBeInstanceOf(ResponseError);
  });

  it('accepts an empty 200 body as success for a command', async () => {
    const { emulator, client } = fresh();
    emulator.failNext({ status: 200, body: '' });
    await expect(
      client.cashDesks.register({ Guid: '11111111-2222-4333-8444-555555555555', Name: 'K' }),
    ).resolves.toMatchObject({
      data: null,
      raw: null,
    });
  });
});
