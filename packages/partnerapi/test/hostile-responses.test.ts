// Issue 8, hostile responses through the client: big integers where ids are, prototype names, deep
// nesting; each decodes exactly or ends in an SdkError, never pollutes, never crashes.
import { SdkError } from '@x/core';
import { answerXml, valueTableXml } from '@x/partnerapi/testing';
import { describe, expect, it } from 'vitest';
import { answering } from './harness.js';

const regionTable = (idCell: string, form: 'valueTable' | 'named' = 'valueTable') => {
  if (form === 'named')
    return `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Body><m:region_readResponse xmlns:m="http://buhphone.com/PartnerAPI"><m:return><m:row><m:region_id ${idCell.slice(7, -8)}</m:region_id><m:region_name xsi:type="xs:string">Москва</m:region_name></m:row></m:return></m:region_readResponse></soap:Body></soap:Envelope>`;
  const xml = answerXml(
    '1.2',
    'http://buhphone.com/PartnerAPI',
    'region_read',
    valueTableXml({ region_id: 'string', region_name: 'string' }, [
      { region_id: 'ID', region_name: 'Москва' },
    ]),
    undefined,
    true,
  );
  return xml.replace(/<Value xsi:type="xs:string">ID<\/Value>/, idCell);
};

describe('numbers beyond the safe integer range where ids are', () => {
  const big = '12345678901234567891';
  it.each([
    ['typed xs:decimal in a ValueTable', `<Value xsi:type="xs:decimal">${big}</Value>`, 'valueTable'],
    ['typed xs:decimal as a named field', `<Value xsi:type="xs:decimal">${big}</Value>`, 'named'],
    ['untyped in a ValueTable', `<Value>${big}</Value>`, 'valueTable'],
  ] as const)('an id %s keeps every digit', async (_n, cell, form) => {
    const [row] = await answering(regionTable(cell, form)).region.read();
    expect(row!.region_id).toBe(big);
  });
});

const settle = (p: Promise<unknown>) =>
  p.then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined, error }),
  );

describe('through the client, end to end', () => {
  it('a big integer in an integer column decodes or ends in an SdkError', async () => {
    const body = regionTable('<Value xsi:type="xs:string">r</Value>').replace(
      '<Value xsi:type="xs:string">Москва</Value>',
      '<Value xsi:type="xs:decimal">99999999999999999999999</Value>',
    );
    const r = await settle(answering(body).region.read());
    if (r.error) expect(r.error).toBeInstanceOf(SdkError);
    else expect((r.value as { region_name: unknown }[])[0]!.region_name).toBe('99999999999999999999999');
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    '%s as a column and a named field never reaches a decoded row',
    async (name) => {
      const bodies = [
        regionTable('<Value xsi:type="xs:string">r</Value>').replace(
          '<Name>region_name</Name>',
          `<Name>${name}</Name>`,
        ),
        regionTable('<Value xsi:type="xs:string">r</Value>', 'named').replace(
          /<m:region_name([^>]*)>Москва<\/m:region_name>/,
          `<m:${name}$1>{"polluted":1}</m:${name}>`,
        ),
      ];
      for (const body of bodies) {
        const r = await settle(answering(body).region.read());
        if (r.error) expect(r.error).toBeInstanceOf(SdkError);
        else {
          const row = (r.value as object[])[0]!;
          expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
          expect(Object.hasOwn(row, name)).toBe(false);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }
    },
  );

  it.each([
    [
      'in the return',
      (d: string) => regionTable('<Value xsi:type="xs:string">r</Value>').replace(/<row>[\s\S]*<\/row>/, d),
    ],
    ['in a cell', (d: string) => regionTable(`<Value>${d}</Value>`)],
    ['as the body', (d: string) => d],
  ])('100,000 levels %s end in an SdkError, never a stack overflow', async (_n, place) => {
    const deep = `${'<a>'.repeat(100_000)}x${'</a>'.repeat(100_000)}`;
    const r = await settle(answering(place(deep)).region.read());
    expect(r.error).toBeInstanceOf(SdkError);
  });
});
