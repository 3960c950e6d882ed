import { commands } from '@x/agbis';
import { ApiError, AuthError, RateLimitError, parseJsonExact } from '@x/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeAnswerStrings,
  decodeWireValue,
  encodeCommand,
  encodeWireValue,
  errorFromAnswer,
  parseVendorJson,
} from '../src/wire.js';

const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    '+79990009900',
    '100%',
    '%',
    '%%2B',
    'a&b=c',
    '"quoted" \'single\'',
    'Жёлтый, Бежевый',
    '😀🧺',
    'a+b c',
    '2|1,3|3|',
  ),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom('+', '%', '&', '"', ' ', 'Ж', '😀', '=', '?', '#', '/', ',', '|', ':') }),
);

describe('value encoding round trips (fast-check)', () => {
  it('POST values: the server-side URL decoding of encodeWireValue gives the value back', () => {
    fc.assert(
      fc.property(tricky, (value) => {
        const wire = encodeWireValue(value);
        expect(wire).not.toMatch(/[ +&"#?=]/);
        expect(decodeWireValue(wire)).toBe(value);
      }),
    );
  });

  it('GET params: the JSON in the query decodes to the literal values', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('comment', 'address', 'fio', 'tel'), tricky), (params) => {
        const { path } = encodeCommand('TripOrder', commands.TripOrder.meta, params, 'SID-1');
        const query = new URLSearchParams(path.slice(1));
        const raw = query.get('TripOrder');
        if (Object.keys(params).length === 0) expect(raw).toBe('');
        else expect(JSON.parse(raw!)).toEqual(params);
        expect(query.get('SessionID')).toBe('SID-1');
      }),
    );
  });

  it('answers: strings encoded as the vendor does (%20 or +) decode exactly once', () => {
    fc.assert(
      fc.property(tricky, fc.boolean(), (value, plus) => {
        let wire = encodeURIComponent(value);
        if (plus) wire = wire.replace(/%20/g, '+');
        expect(decodeAnswerStrings({ name: wire })).toEqual({ name: value });
      }),
    );
  });

  it('invalid percent-encoding is kept as it came; + becomes a space; decoding happens once', () => {
    expect(decodeWireValue('100%')).toBe('100%');
    expect(decodeWireValue('%E0%A4%A')).toBe('%E0%A4%A');
    expect(decodeWireValue('1.+%D0%9A%D0%BE%D0%B6%D0%B0')).toBe('1. Кожа');
    expect(decodeWireValue('%2541')).toBe('%41');
    expect(decodeWireValue('test@test.com')).toBe('test@test.com');
  });

  it('base64 fields keep their + and /', () => {
    expect(decodeAnswerStrings({ photos: [{ img: 'ab+/cd==' }], name: 'a+b' })).toEqual({
      photos: [{ img: 'ab+/cd==' }],
      name: 'a b',
    });
  });

  it('the POST encoding can be switched off', () => {
    const encoded = encodeCommand(
      'ContragForAll',
      commands.ContragForAll.meta,
      { name: 'Иван +' },
      'S',
      'none',
    );
    expect(JSON.parse(encoded.body!)).toEqual({ ContragForAll: { name: 'Иван +' }, SessionID: 'S' });
    expect(encoded.headers).toEqual({ 'content-type': 'application/json; charset=UTF-8' });
  });
});

describe('tolerant JSON', () => {
  it('accepts the document examples: trailing commas, a leading comma and a missing comma', () => {
    const doc = `{
      "error": 0,
      "order": [
        {
          "dor_id":"100228",
          "Srvices": [,
            {
              "addons":[
                { "addon_id":"110", "aos_value":"" },
              ]
            }
          ]
        }
      ],
      "last_orders": [
        {
          "cur_id": "123",
          "contr_id": "123456789"
          "cur_sclad_id": "12334"
        }
      ]
    }`;
    expect(parseVendorJson(doc)).toEqual({
      error: 0,
      order: [{ dor_id: '100228', Srvices: [{ addons: [{ addon_id: '110', aos_value: '' }] }] }],
      last_orders: [{ cur_id: '123', contr_id: '123456789', cur_sclad_id: '12334' }],
    });
  });

  it('keeps commas and brackets inside strings and accepts duplicate keys and JSONP', () => {
    expect(parseVendorJson('{"error": 0, "error":0, "name":"a,] b,}",}')).toEqual({
      error: 0,
      name: 'a,] b,}',
    });
    expect(parseVendorJson('cb({"error":0});')).toEqual({ error: 0 });
  });

  it('rejects what is not JSON at all', () => {
    expect(() => parseVendorJson('<html>504</html>')).toThrow();
    expect(() => parseVendorJson('{"a": }')).toThrow();
  });

  it('repairs never change valid JSON (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // Integers beyond 2^53 − 1 come back as exact strings (parseJsonExact), as ids must.
        expect(parseVendorJson(JSON.stringify(value, null, 2))).toEqual(
          parseJsonExact(JSON.stringify(value)),
        );
      }),
    );
  });
});

describe('error codes', () => {
  const map = (answer: Record<string, unknown>) =>
    errorFromAnswer(answer, 'agbis.orders.save', 'SaveOrderForAll');

  it('maps each documented code to its typed error', () => {
    expect(map({ error: 0 })).toBeUndefined();
    expect(map({ error: '0' })).toBeUndefined();
    const one = map({ error: 1, Msg: 'Нельзя создать заказ без услуг' });
    expect(one).toBeInstanceOf(ApiError);
    expect(one).toMatchObject({
      vendorCode: 1,
      vendorMessage: 'Нельзя создать заказ без услуг',
      retryable: false,
    });
    expect(map({ error: 2 })).toMatchObject({ name: 'AuthError', sessionExpired: false });
    for (const code of [3, 106]) {
      const e = map({ error: code });
      expect(e).toBeInstanceOf(AuthError);
      expect((e as AuthError).sessionExpired).toBe(true);
    }
    expect(map({ error: 102 })).toBeInstanceOf(RateLimitError);
    for (const code of [100, 107, 108])
      expect(map({ error: code })).toMatchObject({ retryable: true, vendorCode: code });
    for (const code of [101, 109]) expect(map({ error: code })).toMatchObject({ retryable: false });
    for (const code of [103, 104, 105]) {
      const e = map({ error: String(code) })!;
      expect(e.message).toContain('SaveOrderForAll');
      expect(e).toMatchObject({ vendorCode: code, retryable: false });
    }
  });

  it('messages are one sentence naming the operation', () => {
    const e = map({ error: 108 })!;
    expect(e.message).toMatch(/^\[agbis\.orders\.save\] .*\.$/);
    expect(e.vendorMessage).toBe('Сервер недоступен! Попробуйте позже');
  });
});
