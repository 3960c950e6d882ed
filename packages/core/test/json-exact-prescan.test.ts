import { describe, expect, it } from 'vitest';
import { parseJsonExact } from '../src/codecs/index.js';

// The pre-scan only decides whether the exact scan runs: every place a number literal can start
// must still be found, and long digit runs inside strings must come back untouched.
describe('parseJsonExact pre-scan', () => {
  it('keeps unsafe integers exact wherever a number can start', () => {
    expect(parseJsonExact('12345678901234567891')).toBe('12345678901234567891');
    expect(parseJsonExact(' \n-12345678901234567891')).toBe('-12345678901234567891');
    expect(parseJsonExact('{"a":\t12345678901234567891}')).toEqual({ a: '12345678901234567891' });
    expect(parseJsonExact('[1,\r\n -12345678901234567891]')).toEqual([1, '-12345678901234567891']);
    expect(parseJsonExact('[12345678901234567891]')).toEqual(['12345678901234567891']);
  });

  it('leaves digit runs inside strings, fractions and safe integers as JSON.parse reads them', () => {
    const text =
      '{"account":"40702810123456789012","pan":"1234567890123456","f":1.12345678901234567,"n":9007199254740991}';
    expect(parseJsonExact(text)).toEqual(JSON.parse(text));
  });
});
