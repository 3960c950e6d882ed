import { ResponseError } from '@x/core';
import { decodeEnvelope, decodeGeneral } from '@x/partnerapi';
import { DEFAULT_IDS as I, answerXml, valueTableXml } from '@x/partnerapi/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { rowSchema } from '../src/schemas/fields.js';
import { normalizeRows } from '../src/schemas/normalize.js';
import { fastDecode } from '../src/soap/fast-rows.js';
import { escapeXml, unescapeXml } from '../src/soap/xml.js';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

const nonBlank = (max: number) =>
  fc
    .string({
      unit: fc.constantFrom(
        '&',
        '<',
        '>',
        '"',
        "'",
        ' ',
        'a',
        'Я',
        'ё',
        '👋',
        '\n',
        '\t',
        '\r',
        ']]>',
        '&amp;',
        '©',
      ),
      maxLength: max,
    })
    .filter(
      (s) => s.trim() !== '' && [...s].length === s.length - (s.match(/👋/g)?.length ?? 0) && s.length <= max,
    );

describe('XML escaping', () => {
  it('escape → unescape is the identity', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => unescapeXml(escapeXml(s)) === s));
  });

  it('names with & < > " \' Cyrillic, emoji and line breaks round-trip through the emulator', async () => {
    const { client } = fresh();
    await fc.assert(
      fc.asyncProperty(nonBlank(50), nonBlank(255), async (name, full) => {
        const [c] = await client.client.add({
          client_name: name,
          region_id: I.moscow,
          client_full_name: full,
        });
        expect(c!.client_name).toBe(name);
        expect(c!.client_full_name).toBe(full);
        const [back] = await client.client.read({ client_id: c!.client_id! });
        expect(back!.client_name).toBe(name);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses characters XML cannot carry before sending', async () => {
    const { client, emulator } = fresh();
    await expect(client.client.add({ client_name: 'a\u0001b', region_id: I.moscow })).rejects.toThrow(
      /XML cannot carry/,
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('strings of only spaces are sent empty', async () => {
    const { client, emulator } = fresh();
    await client.client.read({ client_id: '   ' }).catch(() => undefined);
    expect(emulator.last('client_read')!.operands[0]![1]).toEqual({
      type: 'xs:string',
      nil: false,
      text: '',
    });
  });
});

const COLUMN_TYPES = ['string', 'boolean', 'integer', 'date', 'datetime'] as const;
const cellFor = (type: (typeof COLUMN_TYPES)[number]): fc.Arbitrary<string | number | boolean | null> =>
  fc.option<string | number | boolean>(
    (type === 'string'
      ? fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '"', "'", ' ', 'Ж', '😀', '\n', '&lt;') })
      : type === 'boolean'
        ? fc.boolean()
        : type === 'integer'
          ? fc.integer({ min: -1e9, max: 1e9 })
          : type === 'date'
            ? fc.constantFrom('2012-09-14', '2026-01-31')
            : fc.constantFrom('2012-09-14T10:11:12', '2025-12-31T23:59:59')) as fc.Arbitrary<
      string | number | boolean
    >,
    { nil: null },
  );

const tableArb = fc
  .uniqueArray(
    fc.record({
      name: fc.constantFrom(
        'client_id',
        'client_name',
        'client_del',
        'x',
        'y',
        'Имя',
        '__proto__',
        'constructor',
        'a_b',
      ),
      type: fc.constantFrom(...COLUMN_TYPES),
    }),
    { selector: (c) => c.name, minLength: 1, maxLength: 6 },
  )
  .chain((cols) =>
    fc.record({
      cols: fc.constant(cols),
      rows: fc.array(fc.tuple(...cols.map((c) => cellFor(c.type))), { maxLength: 8 }),
    }),
  );

describe('single-pass decoder vs fast-xml-parser', () => {
  it('agree on every generated ValueTable, and the fast path really handles them', () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.constantFrom('1.1', '1.2' as const),
        fc.constantFrom('table', 'named', 'structure'),
        ({ cols, rows }, version, _form) => {
          const columns = Object.fromEntries(cols.map((c) => [c.name, c.type]));
          const records = rows.map((r) => Object.fromEntries(cols.map((c, i) => [c.name, r[i]])));
          const text = answerXml(
            version as '1.1' | '1.2',
            'http://buhphone.com/PartnerAPI',
            'client_read',
            valueTableXml(columns, records),
            undefined,
            true,
          );
          const fast = fastDecode(text);
          expect(fast).toBeDefined();
          expect(fast).toEqual(decodeGeneral(text, 'x'));
          if (fast?.kind === 'rows') {
            for (const row of fast.rows) expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('falls back to the general path on anything irregular', () => {
    const base = answerXml(
      '1.2',
      'urn:x',
      'op',
      valueTableXml({ a: 'string' }, [{ a: 'v' }]),
      undefined,
      true,
    );
    const variants = [
      base.replace(
        '<Value xsi:type="xs:string">v</Value>',
        '<Value xsi:type="xs:string"><![CDATA[v]]></Value>',
      ),
      base.replace('<row>', '<!-- c --><row>'),
      base.replace('<Value xsi:type="xs:string">v</Value>', "<Value xsi:type='xs:string'>v</Value>"),
    ];
    for (const v of variants) {
      expect(fastDecode(v)).toBeUndefined();
      expect(decodeEnvelope(v, 'x').kind).toBe('rows');
    }
    const cdata = decodeEnvelope(variants[0]!, 'x');
    expect(cdata).toEqual({ kind: 'rows', rows: [{ a: 'v' }], columns: ['a'] });
    // A cell holding elements goes to the general path too, which refuses it rather than guess.
    const nested = base.replace('<Value xsi:type="xs:string">v</Value>', '<Value><Inner>v</Inner></Value>');
    expect(fastDecode(nested)).toBeUndefined();
    expect(() => decodeEnvelope(nested, 'x')).toThrow(ResponseError);
  });

  it('named rows answer the same values as the ValueTable form', async () => {
    const table = fresh();
    const named = fresh({ resultForm: 'namedRows' });
    for (const env of [table, named]) {
      await env.client.client.addIts({
        client_name: 'A & B',
        region_id: I.spb,
        client_reg_num: '700000',
        pay_method_type_id: 2,
      });
    }
    const a = await table.client.client.read();
    const b = await named.client.client.read();
    expect(b).toEqual(a);
    expect(await named.client.contract.read()).toEqual(await table.client.contract.read());
    expect(named.emulator.resultForm).toBe('namedRows');
  });
});

describe('hostile XML', () => {
  const answer = (body: string) => {
    const { client, emulator } = fresh();
    emulator.failNext({ status: 200, body });
    return client.region.read().catch((e: unknown) => e);
  };

  it('a DTD with an entity bomb is refused without expansion', async () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
      '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><m:region_readResponse xmlns:m="urn:x"><m:return>&lol3;</m:return></m:region_readResponse></soap:Body></soap:Envelope>';
    const error = await answer(bomb);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).message).toMatch(/DTD/);
  });

  it('an external entity (XXE) is refused', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><r><return>&xxe;</return></r></soap:Body></soap:Envelope>';
    expect(await answer(xxe)).toBeInstanceOf(ResponseError);
  });

  it('deep nesting is refused', async () => {
    const depth = 10_000;
    const deep = `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><m:region_readResponse xmlns:m="urn:x"><m:return>${'<a>'.repeat(depth)}x${'</a>'.repeat(depth)}</m:return></m:region_readResponse></soap:Body></soap:Envelope>`;
    expect(await answer(deep)).toBeInstanceOf(ResponseError);
  });

  it('a 50 MB body is cut off at the size limit', async () => {
    const huge = `<soap:Envelope>${'x'.repeat(50 * 1024 * 1024)}</soap:Envelope>`;
    const error = await answer(huge);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).message).toMatch(/larger than/);
  });

  it('__proto__ and constructor element names cannot pollute objects', () => {
    const named =
      '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><m:xResponse xmlns:m="urn:x"><m:return>' +
      '<m:row><m:__proto__><m:polluted>yes</m:polluted></m:__proto__><m:constructor>c</m:constructor><m:ok>1</m:ok></m:row>' +
      '</m:return></m:xResponse></soap:Body></soap:Envelope>';
    // fast-xml-parser refuses reserved names outright; either way nothing is polluted.
    expect(() => decodeEnvelope(named, 'x')).toThrow(ResponseError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const onlyProto = named.replace('<m:constructor>c</m:constructor>', '');
    let result: ReturnType<typeof decodeEnvelope> | undefined;
    try {
      result = decodeEnvelope(onlyProto, 'x');
    } catch (error) {
      expect(error).toBeInstanceOf(ResponseError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result?.kind === 'rows') {
      expect(Object.getPrototypeOf(result.rows[0])).toBe(Object.prototype);
      expect(result.rows[0]!.ok).toBe('1');
    }
    const table = answerXml(
      '1.2',
      'urn:x',
      'x',
      valueTableXml(JSON.parse('{"__proto__":"string","ok":"string"}'), []),
      undefined,
      true,
    );
    expect(
      decodeEnvelope(
        table.replace('</m:return>', '<row><Value>{"polluted":1}</Value><Value>v</Value></row></m:return>'),
        'x',
      ),
    ).toEqual({
      kind: 'rows',
      rows: [{ ok: 'v' }],
      columns: ['ok'],
    });
  });
});

describe('unescapeXml', () => {
  it('decodes predefined entities and character references, leaves anything else as written', () => {
    expect(unescapeXml('&a&amp;&lt;&#1071;&#x1F44B;&unknown;&#0;&')).toBe('&a&<Я👋&unknown;&#0;&');
  });
});

describe('schema fast path', () => {
  it('normalizeRows gives exactly what the zod row schema gives', () => {
    fc.assert(
      fc.property(tableArb, ({ cols, rows }) => {
        const columns = Object.fromEntries(
          cols.filter((c) => !['__proto__', 'constructor'].includes(c.name)).map((c) => [c.name, c.type]),
        );
        fc.pre(Object.keys(columns).length > 0);
        const records = rows.map((r) => Object.fromEntries(cols.map((c, i) => [c.name, r[i]])));
        const text = answerXml('1.2', 'urn:x', 'op', valueTableXml(columns, records), undefined, true);
        const decoded = decodeEnvelope(text, 'x');
        if (decoded.kind !== 'rows') throw new Error('rows expected');
        const viaZod = z.parse(z.array(rowSchema(columns)), structuredClone(decoded.rows));
        expect(normalizeRows(structuredClone(decoded.rows), columns)).toEqual(viaZod);
      }),
      { numRuns: 200 },
    );
  });
});

describe('untyped named rows (strings only) are converted by the schemas', () => {
  it('flags, integers, 01.01.0001 and dd.mm.yyyy dates', async () => {
    const { client, emulator } = fresh();
    const body = answerXml(
      '1.2',
      'http://buhphone.com/PartnerAPI',
      'contract_read',
      '<m:row><m:contract_id>k1</m:contract_id><m:contract_start_date>14.09.2012</m:contract_start_date><m:contract_end_date>01.01.0001</m:contract_end_date><m:role_id>7</m:role_id><m:extra>kept</m:extra></m:row>',
    );
    emulator.failNext({ status: 200, body });
    expect(await client.contract.read()).toEqual([
      {
        contract_id: 'k1',
        contract_start_date: '2012-09-14',
        contract_end_date: null,
        role_id: '7',
        extra: 'kept',
      },
    ]);
    const users = answerXml(
      '1.2',
      'http://buhphone.com/PartnerAPI',
      'client_user_read',
      '<m:row><m:client_user_id>u</m:client_user_id><m:client_user_del>1</m:client_user_del></m:row><m:row><m:client_user_id>v</m:client_user_id><m:client_user_del>false</m:client_user_del></m:row>',
    );
    emulator.failNext({ status: 200, body: users });
    const rows = await client.clientUser.read();
    expect(rows.map((r) => [r.client_user_id, r.client_user_del, r.client_id])).toEqual([
      ['u', true, null],
      ['v', false, null],
    ]);
  });
});
