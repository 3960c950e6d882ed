import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, decodeGeneral } from '@x/partnerapi';

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
