import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEnvelope, decodeEnvelope, decodeGeneral } from '@x/partnerapi';
import { fastDecode } from '../src/soap/fast-rows.js';
import { parseXml } from '../src/soap/parse.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('recorded live answer of the sibling service (region_read)', () => {
  const text = fixture('region_read.response.xml');

  it('decodes the Structure{ResultCode, ResultData: ValueTable} answer into rows', () => {
    const result = decodeEnvelope(text, 'region.read');
    expect(result.kind).toBe('rows');
    if (result.kind !== 'rows') return;
    expect(result.rows.length).toBeGreaterThan(80);
    expect(result.rows[0]).toEqual({
      RegionID: '9254945c-8135-11e9-80f6-0025904f970f',
      RegionName: 'Vietnam',
    });
    expect(result.rows.at(-1)).toEqual({
      RegionID: '1dcd3fe8-4bf3-4960-859c-dab008e8abbd',
      RegionName: 'Ярославская область',
    });
    expect(result.rows.every((r) => Object.keys(r).join() === 'RegionID,RegionName')).toBe(true);
  });

  it('is decoded by the single-pass decoder (Structure + ValueTable), equal to the general path', () => {
    expect(fastDecode(text)).toBeDefined();
  });

  it('gives the same rows through the general path', () => {
    expect(decodeGeneral(text, 'region.read')).toEqual(decodeEnvelope(text, 'region.read'));
  });

  it('decodes a ResultCode other than SUCCESS as a PartnerApiError', () => {
    const failed = text
      .replace('>SUCCESS<', '>ERROR<')
      .replace(
        /<Property xmlns="http:\/\/v8.1c.ru\/8.1\/data\/core"\s+name="ResultData">[\s\S]*<\/Property>/,
        '<Property xmlns="http://v8.1c.ru/8.1/data/core" name="ResultData"><Value xsi:type="xs:string">Регион не найден</Value></Property>',
      );
    expect(() => decodeEnvelope(failed, 'region.read')).toThrow(/Регион не найден/);
  });
});

describe('recorded live request of the sibling service', () => {
  it('has the shape our envelope builder produces for the same operation', () => {
    const recorded = parseXml(fixture('region_read.request.xml'));
    const ours = parseXml(
      buildEnvelope('1.2', 'http://buhphone.com/PartnerWebAPI2', 'RegionRead', [
        { name: 'Params', type: 'string', value: '' },
      ]),
    );
    const shape = (doc: ReturnType<typeof parseXml>) => {
      const env = doc.Envelope as Record<string, unknown>;
      const body = env.Body as Record<string, Record<string, unknown>>;
      return {
        header: 'Header' in env,
        op: Object.keys(body).filter((k) => !k.startsWith('@_') && k !== '#text'),
        operands: Object.keys(body.RegionRead!).filter((k) => !k.startsWith('@_')),
      };
    };
    expect(shape(ours)).toEqual(shape(recorded));
    const raw = buildEnvelope('1.2', 'http://buhphone.com/PartnerWebAPI2', 'RegionRead', []);
    expect(raw).toContain('xmlns:soap="http://www.w3.org/2003/05/soap-envelope"');
    expect(raw).toContain('xmlns:par="http://buhphone.com/PartnerWebAPI2"');
  });
});
