/** Flags as vendors send them: `"1"`/`"0"`, SQL `bit` (1/0), `"true"`/`"false"`, real booleans. */

const TRUE = new Set(['1', 'true', 'yes', 'y']);
const FALSE = new Set(['0', 'false', 'no', 'n']);

/** Parses a flag; `""`, `null` and `undefined` become `null`. Throws RangeError on anything else. */
export function parseFlag(value: unknown): boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string')
    throw new RangeError(`expected a flag, got ${typeof value} ${String(value)}`);
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  throw new RangeError(`not a flag: "${value}"`);
}

/** Formats a flag the way most of these vendors expect it: `"1"` or `"0"`. */
export function formatFlag(value: boolean): '1' | '0' {
  return value ? '1' : '0';
}
