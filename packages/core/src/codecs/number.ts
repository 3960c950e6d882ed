/**
 * Numbers as vendors send them: `"132,69"`, `"1399165.42"`, `"1 234,5"`, `1.5`, or `""` for none.
 * Money is never rounded: the value is exactly what `Number()` makes of the digits.
 */

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Parses a decimal with a comma or a dot; `""`, `null` and `undefined` become `null`. Throws RangeError otherwise. */
export function parseDecimal(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return value;
  }
  if (typeof value !== 'string') throw new RangeError(`expected a number, got ${typeof value}`);
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
