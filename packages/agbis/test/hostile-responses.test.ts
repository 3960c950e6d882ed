import { ApiError, ResponseError, SdkError } from '@x/core';
import { describe, expect, it } from 'vitest';
import { calls, clientAnswering } from './answering.js';

async function settle(p: Promise<unknown>) {
  return p.then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined, error }),
  );
}

const evil =
  ',"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"polluted":3}';
const card = (extra: string) =>
  `{"error":0,"contr_id":"10013","name":"%D0%A2%D0%B5%D1%81%D1%82","discount":"12,5","bonus_amount":"0"${extra}}`;
const order = (extra: string) =>
  `{"error":0,"order":{"dor_id":"1","doc_num":"000034","kredit":"132,69","Srvices":[{"dos_id":"2","qty":"1"${extra}}]${extra}}${extra}}`;

describe('prototype keys in answers', () => {
  it('do not pollute Object.prototype nor change the prototype of decoded objects', async () => {
    const info = (await calls.read(clientAnswering(() => card(evil)))) as Record<string, unknown>;
    const o = (await calls.order(clientAnswering(() => order(evil)))) as {
      order: Record<string, unknown> & { Srvices: Record<string, unknown>[] };
    };
    for (const obj of [info, o, o.order, o.order.Srvices[0]!]) {
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      expect((obj as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(info.name).toBe('Тест');
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('in a vendor refusal do not pollute either', async () => {
    const r = await settle(calls.pay(clientAnswering(() => `{"error":1,"Msg":"%D0%BD%D0%B5%D1%82"${evil}}`)));
    expect(r.error).toBeInstanceOf(ApiError);
    expect((r.error as ApiError).vendorMessage).toBe('нет');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('deep nesting', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
  const bodies: Array<[string, string]> = [
    ['as a field of the answer', `{"error":0,"extra":${deep}}`],
    ['as the whole body', deep],
    ['inside a service', order(`,"extra":${deep}`)],
    ['as a client field', card('').replace('"Тест"', deep).replace('"%D0%A2%D0%B5%D1%81%D1%82"', deep)],
    ['as nested objects', `{"error":0,"extra":${deepObject}}`],
    ['as the error message', `{"error":1,"Msg":${deepObject}}`],
    ['with a trailing comma (repair path)', `{"error":0,"extra":${deep},}`],
  ];
  it.each(bodies)('100,000 levels %s end in a result or an SdkError, never a crash', async (_name, body) => {
    for (const call of Object.values(calls)) {
      const r = await settle(call(clientAnswering(() => body)));
      if (r.error) expect(r.error).toBeInstanceOf(SdkError);
    }
  });
});

describe('numbers beyond the safe integer range', () => {
  it('ids sent as bare numbers keep every digit', async () => {
    const info = await calls.read(clientAnswering(() => card('').replace('"10013"', '12345678901234567891')));
    expect(info.contr_id).toBe('12345678901234567891');
    const o = await calls.order(
      clientAnswering(() =>
        order('').replace('"1"', '90071992547409931').replace('"2"', '90071992547409933'),
      ),
    );
    expect(o.order?.dor_id).toBe('90071992547409931');
    expect(o.order?.Srvices?.[0]?.dos_id).toBe('90071992547409933');
  });

  it('an error code sent as a huge number is still an SdkError', async () => {
    const r = await settle(calls.pay(clientAnswering(() => '{"error":90071992547409931,"Msg":"x"}')));
    expect(r.error).toBeInstanceOf(ApiError);
  });

  it('money stays a number', async () => {
    const o = await calls.order(clientAnswering(() => order('')));
    expect(o.order?.kredit).toBe(132.69);
  });
});

describe('bodies that are not what was promised', () => {
  it.each([
    ['a JSON string', '"OK"'],
    ['a number', '42'],
    ['an array', '[{"error":0}]'],
    ['null', 'null'],
    ['XML', '<?xml version="1.0"?><error>0</error>'],
    ['a BOM then garbage', '\uFEFF{{'],
    ['JSONP around garbage', 'cb({{)'],
  ])('%s ends in a ResponseError', async (_name, body) => {
    for (const call of Object.values(calls)) {
      const r = await settle(call(clientAnswering(() => body)));
      expect(r.error).toBeInstanceOf(ResponseError);
    }
  });
});
