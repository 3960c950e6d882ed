import { formatDecimal } from '@x/core';

/**
 * How the real API writes values: strings URI-encoded (some fields with `+` for spaces, as the
 * document's examples mix both), numbers as strings with decimal commas, dates `dd.mm.yyyy`.
 */

/** Fields whose spaces the examples show as `+` (form encoding) instead of `%20`. */
const PLUS_KEYS = new Set([
  'service',
  'status_name',
  'group_tov',
  'nurseries_name',
  'aos_value',
  'date_out',
  'date_pay',
  'document',
  'update',
  'fullname',
]);
/** Fields sent as they are. */
const RAW_KEYS = new Set(['img', 'confirm_link', 'Session_id', 'Refresh_id', 'error']);

/** URI-encodes every string of an answer the way the vendor does. */
export function encodeAnswer(value: unknown, key?: string): unknown {
  if (typeof value === 'string') {
    if (key !== undefined && RAW_KEYS.has(key)) return value;
    // Commas stay literal, as in the document (`"132,69"`, `"Бежевый,+Жёлтый"`).
    const encoded = encodeURIComponent(value).replace(/%2C/g, ',');
    return key !== undefined && PLUS_KEYS.has(key) ? encoded.replace(/%20/g, '+') : encoded;
  }
  if (Array.isArray(value)) return value.map((v) => encodeAnswer(v, key));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = encodeAnswer(v, k);
    return out;
  }
  return value;
}

/** A number as the vendor writes it: a string with a decimal comma. */
export const num = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : formatDecimal(n, ',');
/** A flag as `"1"`/`"0"`. */
export const flag = (b: boolean): string => (b ? '1' : '0');

const pad = (n: number) => String(n).padStart(2, '0');

/** ms (wall clock kept in UTC fields) → `dd.mm.yyyy`. */
export function day(ms: number | null): string {
  if (ms === null) return '';
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

/** ms → `HH:MM:SS`. */
export function time(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** ms → `dd.mm.yyyy HH:MM:SS`. */
export function dayTime(ms: number | null): string {
  return ms === null ? '' : `${day(ms)} ${time(ms)}`;
}

/** ISO date → `dd.mm.yyyy`. */
export function isoToDay(iso: string): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** Vendor date text (`dd.mm.yyyy[ HH:MM[:SS]]`) → ms, or undefined when unreadable. */
export function parseDay(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T+](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return undefined;
  return Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

/** A number the client sent (`"123.25"`, `"23,4"`), or undefined. */
export function parseNum(text: unknown): number | undefined {
  if (typeof text === 'number') return text;
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

/** A GUID for sessions and documents. */
export function guid(): string {
  return crypto.randomUUID().toUpperCase();
}
