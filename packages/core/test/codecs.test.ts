import {
  base64ToBytes,
  bytesToBase64,
  formatDecimal,
  formatFlag,
  formatVendorDate,
  parseDecimal,
  parseFlag,
  parseVendorDate,
  toIsoLocal,
  zDecimal,
  zFlag,
  zVendorDate,
} from '@x/core';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';

describe('decimal numbers', () => {
  it('round-trips every finite double through both separators', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom(',', '.'),
        (n, sep) => {
          const back = parseDecimal(formatDecimal(n, sep as ',' | '.'));
          return Object.is(back, n === 0 ? 0 : n) || back === n;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads vendor spellings and never rounds money', () => {
    expect(parseDecimal('132,69')).toBe(132.69);
    expect(parseDecimal('1399165,42')).toBe(1399165.42);
    expect(parseDecimal('1 399 165,42')).toBe(1399165.42);
    expect(parseDecimal('0.1')).toBe(0.1);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal(null)).toBeNull();
    expect(() => parseDecimal('1,234.5')).toThrow(RangeError);
    expect(() => parseDecimal('12abc')).toThrow(RangeError);
  });

  it('reads plain amounts to the same double as Number(), up to 15 digits and past them', () => {
    const amount = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^\d{1,17}$/),
        fc.option(fc.stringMatching(/^\d{0,8}$/), { nil: undefined }),
        fc.constantFrom(',', '.'),
      )
      .map(([minus, int, frac, sep]) => `${minus ? '-' : ''}${int}${frac === undefined ? '' : sep + frac}`);
    fc.assert(
      fc.property(amount, (s) => Object.is(parseDecimal(s), Number(s.replace(',', '.')))),
      { numRuns: 20000 },
    );
  });
});

describe('flags', () => {
  it('reads 1/0, bit and true/false; writes "1"/"0"', () => {
    expect([
      parseFlag('1'),
      parseFlag('0'),
      parseFlag(1),
      parseFlag(0),
      parseFlag('True'),
      parseFlag(false),
    ]).toEqual([true, false, true, false, true, false]);
    expect(parseFlag('')).toBeNull();
    expect(() => parseFlag('2')).toThrow(RangeError);
    fc.assert(fc.property(fc.boolean(), (b) => parseFlag(formatFlag(b)) === b));
  });
});

const isoDateTime = fc
  .record({
    y: fc.integer({ min: 1900, max: 2100 }),
    mo: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ y, mo, d, h, mi, s }) => {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `${p(y, 4)}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}`;
  });

describe('dates', () => {
  it('round-trips ISO local date-times through the vendor layouts', () => {
    fc.assert(
      fc.property(isoDateTime, (iso) => {
        const ru = formatVendorDate(iso, 'dd.mm.yyyy HH:MM:SS');
        const back = parseVendorDate(ru);
        const dateOnly = parseVendorDate(formatVendorDate(iso, 'dd.mm.yyyy'));
        return back === iso && dateOnly === iso.slice(0, 10) && parseVendorDate(iso) === iso;
      }),
      { numRuns: 1000 },
    );
  });

  // Every separator the vendors use; year 0001 and empty text are null.
  it.each([
    ['24.01.2018', '2018-01-24'],
    ['24.01.2018 17:00', '2018-01-24T17:00:00'],
    ['24.01.2018+17:00:05', '2018-01-24T17:00:05'],
    ['24.01.2018%2017:00:05', '2018-01-24T17:00:05'],
    ['2012-09-14T00:00:00', '2012-09-14T00:00:00'],
    ['01.01.0001', null],
    ['0001-01-01T00:00:00', null],
    ['', null],
  ])('reads %j as %j', (text, iso) => {
    expect(parseVendorDate(text)).toBe(iso);
  });

  it('refuses a date that does not exist and text that is no date', () => {
    expect(() => parseVendorDate('31.02.2020')).toThrow(RangeError);
    expect(() => parseVendorDate('yesterday')).toThrow(RangeError);
  });

  it('reads a Date in the given time zone without shifting it', () => {
    const instant = new Date(Date.UTC(2024, 0, 31, 21, 30, 0));
    expect(toIsoLocal(instant, 'Europe/Moscow')).toBe('2024-02-01T00:30:00');
    expect(formatVendorDate(instant, 'dd.mm.yyyy', 'Europe/Moscow')).toBe('01.02.2024');
    expect(toIsoLocal(instant, 'UTC')).toBe('2024-01-31T21:30:00');
  });
});

describe('base64', () => {
  it('round-trips arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 300 },
    );
    expect(() => base64ToBytes('not base64!')).toThrow(RangeError);
  });
});

describe('zod building blocks', () => {
  it('convert wire values and report bad ones as schema issues', () => {
    const row = z.object({ sum: zDecimal(), paid: zFlag(), at: zVendorDate() });
    expect(row.parse({ sum: '132,69', paid: '1', at: '24.01.2018 17:00' })).toEqual({
      sum: 132.69,
      paid: true,
      at: '2018-01-24T17:00:00',
    });
    const bad = row.safeParse({ sum: 'abc', paid: '1', at: '01.01.0001' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['sum']);
  });
});
