/**
 * Numbers as vendors send them: `"132,69"`, `"1399165.42"`, `"1 234,5"`, `1.5`, or `""` for none.
 * Money is never rounded: the value is exactly what `Number()` makes of the digits.
 */

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The usual amounts (`"132,69"`, `"0.5"`, `"-5"`: an optional minus, digits, at most one decimal
 * comma or point, up to 15 digits) read without a regex or a string copy; undefined for anything
 * else, which the general path below handles. Exact: the digits make an integer below 2^53 and
 * 10^k is exact, so one correctly rounded division gives the double `Number("132.69")` gives.
 * Bulk answers carry hundreds of thousands of these, and the general path's copies dominated.
 */
function plainDecimal(s: string): number | undefined {
  const n = s.length;
  const negative = s.charCodeAt(0) === 45; /* - */
  let i = negative ? 1 : 0;
  if (i === n || n - i > 16) return undefined;
  let digits = 0;
  let scale = -1;
  let value = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if ((c === 44 /* , */ || c === 46) /* . */ && scale < 0 && digits > 0) scale = 0;
    else return undefined;
  }
  if (scale === 0 || digits > 15) return undefined;
  const result = scale > 0 ? value / POWERS_OF_TEN[scale]! : value;
  return negative ? -result : result;
}

/** Parses a decimal with a comma or a dot; `""`, `null` and `undefined` become `null`. Throws RangeError otherwise. */
export function parseDecimal(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return value;
  }
  if (typeof value !== 'string') throw new RangeError(`expected a number, got ${typeof value}`);
  const plain = plainDecimal(value);
  if (plain !== undefined) return plain;
  const compact = value.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  if (compact.includes(',') && compact.includes('.'))
    throw new RangeError(`ambiguous decimal separators: "${value}"`);
  const normal = compact.replace(',', '.');
  if (!NUMBER_RE.test(normal)) throw new RangeError(`not a number: "${value}"`);
  return Number(normal);
}

/** Formats a number without exponent notation, with the decimal separator a vendor expects. */
export function formatDecimal(value: number, separator: ',' | '.' = '.'): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot send a non-finite number: ${value}`);
  let text = String(value);
  if (/e/i.test(text)) text = expandExponent(text);
  return separator === ',' ? text.replace('.', ',') : text;
}

/** Rewrites `1.5e-7` / `1e+21` as plain digits, keeping every significant digit exactly. */
function expandExponent(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!m) return text;
  const [, sign, int, frac = '', exp] = m;
  const digits = int! + frac;
  const point = int!.length + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
