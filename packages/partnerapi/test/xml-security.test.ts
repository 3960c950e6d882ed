// Issue 8, XML security: the three fast-xml-parser advisory classes of 2026, deep nesting and a
// 50 MB body, each against the general path (fast-xml-parser as this package configures it), the
// single-pass row decoder (tried first by decodeEnvelope) and the client end to end.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ResponseError } from '@x/core';
import { PartnerApiClient, decodeEnvelope, decodeGeneral } from '@x/partnerapi';
import { answerXml, valueTableXml } from '@x/partnerapi/testing';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_REFERENCES } from '../src/soap/parse.js';
import { fastDecode } from '../src/soap/fast-rows.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const TIME_BOUND_MS = 5_000;
const HEAP_BOUND_BYTES = 16 * 1024 * 1024;
const MiB = 1024 * 1024;

/** A real ValueTable answer of region_read whose second cell holds `cell` as written. */
function table(cell: string, rows = 1): string {
  const xml = answerXml(
    '1.2',
    'http://buhphone.com/PartnerAPI',
    'region_read',
    valueTableXml(
      { region_id: 'string', region_name: 'string' },
      Array.from({ length: rows }, (_, i) => ({ region_id: `r${i}`, region_name: 'CELL' })),
    ),
    undefined,
    true,
  );
  return xml.split('CELL').join(cell);
}

const clientAnswering = (body: string) =>
  new PartnerApiClient({
    endpoint: 'https://cus.example.test/cus/ws/PartnerAPI',
    user: 'partner',
    password: 'secret',
    retry: false,
    // Above the 50 MB bodies: the size limit must not be what saves the decoder.
    maxResponseBytes: 64 * MiB,
    fetch: async () =>
      new Response(body, { headers: { 'content-type': 'application/soap+xml; charset=utf-8' } }),
  });

type Path = [name: string, run: (body: string) => unknown];
const paths: Path[] = [
  ['general path (fast-xml-parser)', (body) => decodeGeneral(body, 'region.read')],
  ['single-pass row decoder first (decodeEnvelope)', (body) => decodeEnvelope(body, 'region.read')],
  ['client end to end (maxResponseBytes 64 MiB)', (body) => clientAnswering(body).region.read()],
];

/** A flat copy: building a body makes a rope that V8 flattens on first read, which is not the decoder's memory. */
const flat = (text: string) => {
  text.indexOf('\u0001');
  return text;
};

/** Runs `run(body)` and returns its error, asserting the time and heap bounds. */
async function bounded(run: () => unknown): Promise<{ error: unknown; ms: number; heapGrowth: number }> {
  const before = heap();
  const started = performance.now();
  let error: unknown;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  const ms = performance.now() - started;
  const heapGrowth = heap() - before;
  expect(ms).toBeLessThan(TIME_BOUND_MS);
  expect(heapGrowth).toBeLessThan(HEAP_BOUND_BYTES);
  return { error, ms, heapGrowth };
}

const entity = 'x'.repeat(1_000);
const dtd = `<!DOCTYPE r [<!ENTITY e "${entity}">]>`;
const refs100k = '&e;'.repeat(100_000);

const hostile: Array<[string, () => string]> = [
  // (a) CVE-2026-26278 class: one entity referenced 100,000 times (100 MB if expanded).
  ['a DOCTYPE entity referenced 100,000 times', () => table(refs100k).replace('?>', `?>${dtd}`)],
  ['the same without an XML declaration', () => table(refs100k).replace(/^<\?xml[^>]*\?>/, dtd)],
  ['the DOCTYPE after the answer (past the end the row decoder reads)', () => `${table(refs100k)}${dtd}`],
  ['the DOCTYPE inside the answer', () => table(refs100k).replace('<soap:Body>', `<soap:Body>${dtd}`)],
  // (b) CVE-2026-33036 class: numeric references must not bypass the limits.
  ['10,000,000 × &#65; in one cell (50 MB)', () => table('&#65;'.repeat(10_000_000))],
  ['10,000 cells of 100 × &#x41;', () => table('&#x41;'.repeat(100), 10_000)],
  ['10,000,000 × &amp; in one cell', () => table('&amp;'.repeat(10_000_000))],
  // (d) deep nesting, inside a cell (the row decoder hands it over) and as the result.
  ['100,000 levels inside a cell', () => table(`${'<a>'.repeat(100_000)}x${'</a>'.repeat(100_000)}`)],
  [
    '100,000 levels as the result',
    () =>
      table('x').replace(
        /<m:return[^>]*>[\s\S]*<\/m:return>/,
        `<m:return>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</m:return>`,
      ),
  ],
];

/** The body of the row being tested, built once for its three paths (building 50 MB takes a while). */
let current: { name: string; body: string } | undefined;
const bodyOf = (name: string, make: () => string) => {
  if (current?.name !== name) {
    current = undefined;
    current = { name, body: flat(make()) };
  }
  return current.body;
};

describe('hostile XML ends in a ResponseError within 5 s and 16 MiB of heap', () => {
  for (const [name, make] of hostile) {
    it.each(paths)(`${name}: %s`, { timeout: 30_000 }, async (_path, run) => {
      const body = bodyOf(name, make);
      const { error } = await bounded(() => run(body));
      expect(error).toBeInstanceOf(ResponseError);
    });
  }

  it('the row decoder never handles a DTD or a reference flood itself', () => {
    // It may only hand such answers over (undefined); decodeEnvelope checks before calling it.
    for (const [, make] of hostile.slice(0, 2)) expect(fastDecode(make())).toBeUndefined();
  });

  it.each([
    ['10,000,000 references', () => table('&#65;'.repeat(10_000_000))],
    ['an unclosed envelope', () => `<soap:Envelope>${'y'.repeat(50 * MiB)}`],
    ['a well-formed table', () => table('y'.repeat(50 * MiB))],
  ])('a 50 MB body (%s) is cut off at the default 32 MiB limit, before any parsing', async (_n, make) => {
    const body = flat(make());
    const client = new PartnerApiClient({
      endpoint: 'https://cus.example.test/cus/ws/PartnerAPI',
      user: 'partner',
      password: 'secret',
      retry: false,
      fetch: async () => new Response(body),
    });
    const { error } = await bounded(() => client.region.read());
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toMatch(/larger than/);
  });
});

describe('limits are in force, none is 0 or disabled (CVE-2026-33349 class)', () => {
  it('the parser configuration: no entity processing, nesting bounded, no limit set to 0', () => {
    const source = readFileSync(new URL('../src/soap/parse.ts', import.meta.url), 'utf8');
    const options = /new XMLParser\(\{([\s\S]*?)\}\);/.exec(source)?.[1] ?? '';
    expect(options).toContain('processEntities: false');
    expect(options).toContain('htmlEntities: false');
    expect(options).toContain('maxNestedTags: MAX_DEPTH');
    // No numeric option written as 0 / Infinity (both meant "no limit" in affected versions).
    expect(options).not.toMatch(/:\s*(0|Infinity)\s*,/);
    expect(MAX_DEPTH).toBeGreaterThan(0);
    expect(MAX_DEPTH).toBeLessThanOrEqual(100);
    expect(MAX_REFERENCES).toBeGreaterThan(0);
  });

  it('nesting: MAX_DEPTH levels decode, one more is refused', () => {
    // The answer itself takes 4 levels (Envelope, Body, <op>Response, return); each Structure
    // wrapping the next one takes two (Property, Value); the innermost Structure is one record.
    const at = (levels: number) =>
      `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><m:xResponse xmlns:m="urn:x"><m:return>${'<Property name="p"><Value>'.repeat(levels / 2)}v${'</Value></Property>'.repeat(levels / 2)}</m:return></m:xResponse></soap:Body></soap:Envelope>`;
    expect(decodeGeneral(at(MAX_DEPTH - 4), 'x')).toEqual({
      kind: 'rows',
      rows: [{ p: 'v' }],
      columns: ['p'],
    });
    expect(() => decodeGeneral(at(MAX_DEPTH), 'x')).toThrow(ResponseError);
  });

  it('references: MAX_REFERENCES decode on both paths, one more is refused on both', () => {
    const ok = table('&#65;'.repeat(MAX_REFERENCES));
    const over = table('&#65;'.repeat(MAX_REFERENCES + 1));
    const expected = {
      kind: 'rows',
      rows: [{ region_id: 'r0', region_name: 'A'.repeat(MAX_REFERENCES) }],
      columns: ['region_id', 'region_name'],
    };
    expect(fastDecode(ok)).toEqual(expected);
    expect(decodeEnvelope(ok, 'x')).toEqual(expected);
    expect(decodeGeneral(ok, 'x')).toEqual(expected);
    expect(() => decodeEnvelope(over, 'x')).toThrow(/more than 200000 character or entity references/);
    expect(() => decodeGeneral(over, 'x')).toThrow(ResponseError);
  });
});

describe('__proto__, constructor and prototype as XML names never pollute', () => {
  const names = ['__proto__', 'constructor', 'prototype'];
  const check = (result: unknown) => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (result && typeof result === 'object' && 'rows' in result) {
      for (const row of (result as { rows: object[] }).rows) {
        expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
        for (const n of names) expect(Object.hasOwn(row, n)).toBe(false);
      }
    }
  };
  const settle = (run: () => unknown) => {
    try {
      return run();
    } catch (error) {
      expect(error).toBeInstanceOf(ResponseError);
      return undefined;
    }
  };

  it.each(names)('%s as a column, a named-row field, an attribute and a Structure property', (n) => {
    const bodies = [
      table('v').replace('<Name>region_name</Name>', `<Name>${n}</Name>`),
      table('v').replace(
        /<Value xsi:type="xs:string">v<\/Value>/,
        `<Value xsi:type="xs:string" ${n}="x" polluted="1">v</Value>`,
      ),
      `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><m:xResponse xmlns:m="urn:x"><m:return><m:row><m:${n}><m:polluted>1</m:polluted></m:${n}><m:ok>1</m:ok></m:row></m:return></m:xResponse></soap:Body></soap:Envelope>`,
      `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><m:xResponse xmlns:m="urn:x"><m:return><m:row ${n}="1"><m:ok ${n}="2">1</m:ok></m:row></m:return></m:xResponse></soap:Body></soap:Envelope>`,
      `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><m:xResponse xmlns:m="urn:x"><m:return><Property name="${n}"><Value>{"polluted":1}</Value></Property><Property name="ok"><Value>1</Value></Property></m:return></m:xResponse></soap:Body></soap:Envelope>`,
      `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><soap:Fault><soap:Code><soap:Value>soap:Receiver</soap:Value></soap:Code><soap:Reason><soap:Text xml:lang="ru">нет</soap:Text></soap:Reason><soap:Detail><${n}><polluted>1</polluted></${n}></soap:Detail></soap:Fault></soap:Body></soap:Envelope>`,
    ];
    for (const body of bodies) {
      for (const [, run] of paths.slice(0, 2)) {
        try {
          check(run(body));
        } catch (error) {
          // A Fault is an ApiError (PartnerApiError); anything else refused is a ResponseError.
          expect((error as Error).name).toMatch(/ResponseError|PartnerApiError/);
          check(undefined);
        }
      }
      check(settle(() => fastDecode(body)));
    }
  });
});
