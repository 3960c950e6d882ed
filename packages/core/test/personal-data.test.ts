import { inspect } from 'node:util';
import {
  ApiError,
  ConfigError,
  HttpError,
  PERSONAL,
  REDACTED,
  type SdkError,
  Transport,
  defineOperation,
  redact,
  registerPersonalFields,
  registerPersonalValue,
  registerSecret,
} from '@x/core';
import { personalDataPolicy } from '@x/core/internal';
import { captureLogger, errorDetailSurfaces, errorSurfaces, findSecrets, logSurfaces } from '@x/core/testing';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { clearPersonalData, clearRegisteredSecrets } from '../src/redact.js';
import { startServer } from '@x/test-kit';

afterEach(() => {
  clearPersonalData();
  clearRegisteredSecrets();
});

describe('short secrets (issue 12 §5)', () => {
  it('a secret shorter than 8 characters does not blank the same digits elsewhere', () => {
    registerSecret('4821');
    const line = 'order 4821 sum 4821.00 https://h/Order?dor_id=4821&Pwd=4821';
    expect(redact(line)).toBe(`order 4821 sum 4821.00 https://h/Order?dor_id=4821&Pwd=${REDACTED}`);
    expect(redact({ password: '4821', dor_id: '4821' })).toEqual({ password: REDACTED, dor_id: '4821' });
    expect(redact('{"Pwd":"4821","sum":"4821"}')).toBe(`{"Pwd":"${REDACTED}","sum":"4821"}`);
  });

  it('a secret of 8 or more characters is masked by value under any name', () => {
    registerSecret('s3cr3t-88');
    expect(redact('odd=s3cr3t-88 <x>s3cr3t-88</x> q=s3cr3t-88')).toBe(
      `odd=${REDACTED} <x>${REDACTED}</x> q=${REDACTED}`,
    );
  });
});

describe('personal data in redact()', () => {
  it('masks declared personal names in URLs, query strings, JSON and XML, and leaves other fields', () => {
    registerPersonalFields(['FIO', 'Birthday', 'phone', 'client_name']);
    const url = `https://h/ByPayer?OGRN=1027700132195&FIO=${encodeURIComponent('Иванов Иван')}&Birthday=1980-05-01&number=42`;
    expect(redact(url)).toBe(
      `https://h/ByPayer?OGRN=1027700132195&FIO=${PERSONAL}&Birthday=${PERSONAL}&number=42`,
    );
    expect(redact('{"fio": "Иванов", "phone": 79001234567, "smName": "Приём"}')).toBe(
      `{"fio": "${PERSONAL}", "phone": "${PERSONAL}", "smName": "Приём"}`,
    );
    expect(redact('<m:client_name>Иванов</m:client_name><m:name>Склад</m:name>')).toBe(
      `<m:client_name>${PERSONAL}</m:client_name><m:name>Склад</m:name>`,
    );
    expect(redact('{"body":"{\\"phone\\":\\"79001234567\\"}"}')).toBe(
      `{"body":"{\\"phone\\":\\"${PERSONAL}\\"}"}`,
    );
    registerPersonalFields(['Comments']);
    expect(redact('{"Comments":["пятно, ]рукав", "\\"a\\""],"dor_id":"12"}')).toBe(
      `{"Comments":["${PERSONAL}"],"dor_id":"12"}`,
    );
    expect(redact({ FIO: 'Иванов', Birthday: null, list: [{ Phone: '7900' }], sum: 10 })).toEqual({
      FIO: PERSONAL,
      Birthday: null,
      list: [{ Phone: PERSONAL }],
      sum: 10,
    });
  });

  it('masks registered personal values of 6+ characters anywhere, and ignores shorter ones', () => {
    registerPersonalValue('+7 900 123-45-67');
    registerPersonalValue('Анна');
    const text = `echo: +7 900 123-45-67 / ${encodeURIComponent('+7 900 123-45-67')} / Анна`;
    expect(redact(text)).toBe(`echo: ${PERSONAL} / ${PERSONAL} / Анна`);
    // As AGBIS POST bodies encode it: `,` and `:` left literal.
    registerPersonalValue('Москва, ул. Садовая: 17');
    const wire = encodeURIComponent('Москва, ул. Садовая: 17').replace(/%2C/g, ',').replace(/%3A/g, ':');
    expect(redact(`{"x":"${wire}"}`)).toBe(`{"x":"${PERSONAL}"}`);
  });

  it('personalDataPolicy registers the declared names and the values a call sends, unless logPersonalData', () => {
    const op = defineOperation({
      wire: 'Save',
      idempotent: false,
      input: z.object({ name: z.string(), nested: z.object({ email: z.string() }), id: z.string() }),
      output: z.unknown(),
      doc: 'test',
      personal: ['name', 'email'],
      meta: {},
    });
    const off = personalDataPolicy([{ save: op }], true);
    expect(off.masked).toBe(false);
    off.remember(op, { name: 'Петров Пётр', nested: { email: 'petrov@example.ru' }, id: 'A-000001' });
    expect(redact('name=Петров Пётр')).toBe('name=Петров Пётр');

    const on = personalDataPolicy([{ save: op }], undefined);
    expect(on.masked).toBe(true);
    on.remember(op, { name: 'Петров Пётр', nested: { email: 'petrov@example.ru' }, id: 'A-000001' });
    expect(redact('x Петров Пётр y petrov@example.ru id A-000001')).toBe(
      `x ${PERSONAL} y ${PERSONAL} id A-000001`,
    );
    expect(redact('?email=a@b.c&id=1')).toBe(`?email=${PERSONAL}&id=1`);
  });
});

describe('personal data through the transport', () => {
  it('no personal value reaches logs or any error form when a server echoes the request in a 500', async () => {
    registerPersonalFields(['FIO', 'Birthday', 'phone']);
    const values = ['Иванов Иван Иванович', '1980-05-01', '79001234567'];
    for (const v of values) registerPersonalValue(v);
    const server = await startServer(
      async (req) =>
        new Response(`<html><body>Error at ${req.url} body ${await req.text()} </body></html>`, {
          status: 500,
          headers: { 'content-type': 'text/html' },
        }),
    );
    try {
      const logger = captureLogger();
      const transport = new Transport({ baseUrl: server.url, allowHttp: true, logger, retry: false });
      const query = `FIO=${encodeURIComponent(values[0]!)}&Birthday=${values[1]}`;
      const error = (await transport
        .request({
          operation: 'invoices.byPayer',
          idempotent: true,
          method: 'POST',
          path: `ByPayer?${query}`,
          body: JSON.stringify({ phone: values[2], comment: 'see phone 79001234567' }),
          decode: () => null,
        })
        .catch((e: unknown) => e)) as SdkError;
      expect(error).toBeInstanceOf(HttpError);
      const surfaces = [
        ...logSurfaces(logger.records),
        ...errorSurfaces(error),
        ...errorDetailSurfaces(error),
      ];
      expect(logger.records.length).toBeGreaterThan(0);
      expect((error as HttpError).bodyExcerpt).toContain(PERSONAL);
      expect(findSecrets(values, surfaces)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('vendor messages quoting a personal value are masked', () => {
    registerPersonalValue('Сидорова Мария');
    const err = new ApiError('orders.save: the server said no (Клиент Сидорова Мария не найден).', {
      operation: 'orders.save',
      vendorCode: '1',
      vendorMessage: 'Клиент Сидорова Мария не найден',
    });
    expect(err.vendorMessage).toBe(`Клиент ${PERSONAL} не найден`);
    expect(inspect(err)).not.toContain('Сидорова');
  });
});

describe('an error keeps its own name when `name` is a personal field', () => {
  it('toJSON() and the cause chain show the class names, and still mask the personal value', () => {
    registerPersonalFields(['name']);
    registerPersonalValue('Иванова Мария Петровна');
    const error = new ConfigError('client Иванова Мария Петровна refused', { cause: new TypeError('boom') });
    const json = error.toJSON() as { name: string; message: string; cause: { name: string } };
    expect(json.name).toBe('ConfigError');
    expect(json.cause.name).toBe('TypeError');
    expect(json.message).not.toContain('Иванова');
    expect(inspect(error)).toMatch(/^ConfigError: /);
  });
});
