// Answers the decoder does not recognise never become rows, and documented columns an answer
// lacks are reported (issue 11, item 1).
import { readFileSync } from 'node:fs';
import { type LogRecord, ResponseError } from '@x/core';
import { type PartnerApiClientOptions, decodeEnvelope, decodeGeneral } from '@x/partnerapi';
import { DEFAULT_IDS as I, answerXml, namedRowsXml, valueTableXml } from '@x/partnerapi/testing';
import { describe, expect, it } from 'vitest';
import { fastDecode } from '../src/soap/fast-rows.js';
import { useHarness } from './harness.js';

const { fresh: setup } = useHarness();

const NS = 'http://buhphone.com/PartnerAPI';
const REGION = { region_id: 'string', region_name: 'string', region_time_zone: 'string' } as const;
const regions = [
  { region_id: I.moscow, region_name: 'Москва', region_time_zone: 'Europe/Moscow' },
  { region_id: I.spb, region_name: 'Санкт-Петербург', region_time_zone: null },
];
const table = valueTableXml(REGION, regions);
const V8 = 'xmlns="http://v8.1c.ru/8.1/data/core"';
const answer = (content: string) => answerXml('1.2', NS, 'region_read', content);

/** A client whose next answer is `body`, with a logger that keeps every record. */
function answering(body: string, options: Partial<PartnerApiClientOptions> = {}) {
  const records: { level: string; record: LogRecord; message: string }[] = [];
  const log = (level: string) => (record: LogRecord, message: string) =>
    records.push({ level, record, message });
  const { client, emulator } = setup(
    {},
    { logger: { debug: log('debug'), warn: log('warn'), error: log('error') }, ...options },
  );
  emulator.failNext({ status: 200, body, times: 10 });
  return { client, records, warns: () => records.filter((r) => r.level === 'warn') };
}

describe('typed <Value xsi:type="…"> wrappers are looked through wherever 1C puts them', () => {
  const shapes: [string, string][] = [
    ['under return', `<Value ${V8} xsi:type="ValueTable">${table}</Value>`],
    [
      'under return, wrapped twice',
      `<Value ${V8} xsi:type="Structure"><Property name="Regions"><Value xsi:type="ValueTable">${table}</Value></Property></Value>`,
    ],
    [
      'inside ResultData',
      `<Property ${V8} name="ResultCode"><Value xsi:type="xs:string">SUCCESS</Value></Property><Property ${V8} name="ResultData"><Value xsi:type="ValueTable">${table}</Value></Property>`,
    ],
    [
      'inside ResultData, wrapped once more',
      `<Property ${V8} name="ResultCode"><Value xsi:type="xs:string">SUCCESS</Value></Property><Property ${V8} name="ResultData"><Value><Value xsi:type="ValueTable">${table}</Value></Value></Property>`,
    ],
    [
      'inside a Structure property',
      `<Property ${V8} name="ResultCode"><Value xsi:type="xs:string">SUCCESS</Value></Property><Property ${V8} name="ResultData"><Value xsi:type="Structure"><Property name="Regions"><Value xsi:type="ValueTable">${table}</Value></Property></Value></Property>`,
    ],
    [
      'a Structure under return typed once more',
      `<Value ${V8} xsi:type="Structure"><Property name="ResultCode"><Value xsi:type="xs:string">SUCCESS</Value></Property><Property name="ResultData"><Value xsi:type="ValueTable">${table}</Value></Property></Value>`,
    ],
  ];

  for (const [where, content] of shapes) {
    it(`${where}: the documented rows, on both decoder paths, in strict mode`, async () => {
      const body = answer(content);
      const expected = { kind: 'rows', rows: regions, columns: Object.keys(REGION) };
      expect(decodeGeneral(body, 'region.read')).toEqual(expected);
      expect(decodeEnvelope(body, 'region.read')).toEqual(expected);
      const fast = fastDecode(body);
      if (fast !== undefined) expect(fast).toEqual(expected);
      const { client, warns } = answering(body, { validation: 'strict' });
      expect(await client.region.read()).toEqual(regions);
      expect(warns()).toEqual([]);
    });
  }

  it('the single-pass decoder handles the common wrapped forms itself', () => {
    expect(fastDecode(answer(shapes[0]![1]))).toBeDefined();
    expect(fastDecode(answer(shapes[5]![1]))).toBeDefined();
  });
});

describe('an answer shape the decoder does not recognise is a ResponseError, never rows', () => {
  const unrecognised: [string, string][] = [
    [
      'a cell holding elements',
      table.replace('<Value xsi:type="xs:string">Москва</Value>', '<Value><a>Москва</a></Value>'),
    ],
    ['rows of values without a column list', '<row><Value xsi:type="xs:string">x</Value></row>'],
    ['a row with more values than columns', table.replace('</row>', '<Value>extra</Value></row>')],
    ['a ValueTable holding something else', table.replace('<row>', '<Comment>x</Comment><row>')],
    [
      'named rows whose field holds elements',
      '<m:row><m:region_id><m:inner>1</m:inner></m:region_id><m:region_name>A</m:region_name></m:row>',
    ],
    [
      'a Structure mixing a table and values',
      `<Property ${V8} name="Count"><Value xsi:type="xs:decimal">2</Value></Property><Property ${V8} name="Regions"><Value xsi:type="ValueTable">${table}</Value></Property>`,
    ],
    [
      'a typed Array',
      `<Value ${V8} xsi:type="Array"><Value xsi:type="xs:string">a</Value><Value xsi:type="xs:string">b</Value></Value>`,
    ],
  ];

  for (const [what, content] of unrecognised) {
    const body = answer(content);
    it(`${what}: ResponseError in strict and lenient`, async () => {
      for (const validation of ['strict', 'lenient'] as const) {
        const { client } = answering(body, { validation });
        const error = await client.region.read().catch((e: unknown) => e);
        expect(error, validation).toBeInstanceOf(ResponseError);
        expect((error as ResponseError).message).toMatch(
          /\[partnerapi\.region\.read\] the answer's shape is not one the SDK knows/,
        );
      }
      expect(() => decodeEnvelope(body, 'region.read')).toThrow(ResponseError);
    });
  }

  it("validation: 'off' hands out the raw answer instead of rows", async () => {
    const { client } = answering(answer(unrecognised[1]![1]), { validation: 'off' });
    const raw = (await client.region.read()) as unknown;
    expect(Array.isArray(raw)).toBe(false);
    expect(raw).toMatchObject({ return: [{ row: [{ Value: [{ '#text': 'x' }] }] }] });
  });
});

describe('documented columns missing from the answer', () => {
  // A byte-for-byte copy of shared/reference/1c-connect-partnerapi/samples/region_read.response.xml.
  const live = readFileSync(new URL('./fixtures/region_read.response.xml', import.meta.url), 'utf8');

  it('the recorded live successor answer (RegionID/RegionName) is a ResponseError in strict mode', async () => {
    const { client } = answering(live, { validation: 'strict' });
    const error = await client.region.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    const message = (error as ResponseError).message;
    expect(message).toContain('lacks documented columns region_id, region_name, region_time_zone');
    expect(message).toContain('received columns: RegionID, RegionName');
  });

  it('lenient: one warn record per call naming them, the received columns kept on every row', async () => {
    const { client, warns } = answering(live, { validation: 'lenient' });
    const rows = await client.region.read();
    expect(rows.length).toBe(109);
    expect(warns()).toHaveLength(1);
    const [warn] = warns();
    expect(warn!.record).toMatchObject({
      event: 'response_mismatch',
      operation: 'partnerapi.region.read',
      detail: {
        missingColumns: ['region_id', 'region_name', 'region_time_zone'],
        receivedColumns: ['RegionID', 'RegionName'],
      },
    });
    expect(warn!.message).toContain('region_id, region_name, region_time_zone');
    expect(rows[0]).toEqual({
      region_id: null,
      region_name: null,
      region_time_zone: null,
      RegionID: '9254945c-8135-11e9-80f6-0025904f970f',
      RegionName: 'Vietnam',
    });
    // A second call warns again: one record per call, never one per row.
    await client.region.read();
    expect(warns()).toHaveLength(2);
  });

  it("validation: 'off' says nothing and returns the rows as they came", async () => {
    const { client, records } = answering(live, { validation: 'off' });
    const rows = (await client.region.read()) as unknown as Record<string, unknown>[];
    expect(rows[0]).toEqual({ RegionID: '9254945c-8135-11e9-80f6-0025904f970f', RegionName: 'Vietnam' });
    expect(records.filter((r) => r.level === 'warn')).toEqual([]);
  });

  it('named rows: a column absent from every record is reported, one absent from some is not', async () => {
    const partial = answer(
      namedRowsXml({ region_id: 'string', region_name: 'string' }, regions) +
        namedRowsXml(REGION, [{ region_id: 'x', region_name: 'y', region_time_zone: 'Asia/Omsk' }]),
    );
    const ok = answering(partial, { validation: 'strict' });
    expect(await ok.client.region.read()).toHaveLength(3);
    expect(ok.warns()).toEqual([]);

    const missing = answer(namedRowsXml({ region_id: 'string', region_name: 'string' }, regions));
    const strict = answering(missing, { validation: 'strict' });
    const error = await strict.client.region.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).message).toContain(
      'lacks documented columns region_time_zone (received columns: region_id, region_name)',
    );
    const lenient = answering(missing);
    const rows = await lenient.client.region.read();
    expect(rows.map((r) => r.region_name)).toEqual(['Москва', 'Санкт-Петербург']);
    expect(lenient.warns()).toHaveLength(1);
  });

  it('a table declaring every documented column but holding no rows is fine; one declaring none is not', async () => {
    const empty = answering(answer(valueTableXml(REGION, [])), { validation: 'strict' });
    expect(await empty.client.region.read()).toEqual([]);
    const noColumns = answering(answer(`<Value ${V8} xsi:type="ValueTable"/>`), { validation: 'strict' });
    await expect(noColumns.client.region.read()).rejects.toThrow(/lacks documented columns/);
  });
});
