import fc from 'fast-check';
import { isValidOgrn, ogrnProblem } from '@x/tmmis';
import { describe, expect, it } from 'vitest';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const withCheck = (body: string, modulus: bigint) => body + String((BigInt(body) % modulus) % 10n);

describe('ОГРН / ОГРНИП check digit', () => {
  it('accepts known valid numbers and rejects a changed check digit', () => {
    expect(isValidOgrn('1027700132195')).toBe(true);
    expect(isValidOgrn('304500116400059')).toBe(true);
    expect(isValidOgrn('1027700132194')).toBe(false);
    expect(ogrnProblem('12345')).toMatch(/13 digits/);
    expect(ogrnProblem('10277001321x5')).toMatch(/digits only/);
  });

  it('every generated ОГРН (12 digits + check) is valid, and every other last digit is not', () => {
    fc.assert(
      fc.property(digits(12), fc.integer({ min: 1, max: 9 }), (body, shift) => {
        const valid = withCheck(body, 11n);
        expect(isValidOgrn(valid)).toBe(true);
        const wrong = body + String((Number(valid.at(-1)) + shift) % 10);
        expect(isValidOgrn(wrong)).toBe(false);
      }),
    );
  });

  it('every generated ОГРНИП (14 digits + check) is valid, and every other last digit is not', () => {
    fc.assert(
      fc.property(digits(14), fc.integer({ min: 1, max: 9 }), (body, shift) => {
        const valid = withCheck(body, 13n);
        expect(isValidOgrn(valid)).toBe(true);
        expect(isValidOgrn(body + String((Number(valid.at(-1)) + shift) % 10))).toBe(false);
      }),
    );
  });

  it('rejects any length other than 13 or 15', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).filter((n) => n !== 13 && n !== 15),
        (n) => {
          expect(isValidOgrn('1'.repeat(n))).toBe(false);
        },
      ),
    );
  });
});
