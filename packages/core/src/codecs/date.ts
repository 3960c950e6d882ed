import { ConfigError } from '../errors.js';

/**
 * Vendor dates and times ⇄ ISO-8601 local strings without offset (`2018-01-24`, `2018-01-24T17:00:00`).
 * Wall-clock values are kept as they are: strings are never converted between time zones, so a
 * value never shifts silently; only a `Date` (an instant) is turned into the wall time of the
 * vendor's zone. Year 0001 (`01.01.0001`, 1C's and .NET's "no date") becomes `null`.
 */

/** ISO local date `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO local date-time `YYYY-MM-DDTHH:MM:SS` (optionally with `.fff`). */
export type IsoDateTime = string;

const RU_RE =
  /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:(?:\s+|\+|%20|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;
const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const pad = (n: number | string, w = 2) => String(n).padStart(w, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h?: number | undefined;
  mi?: number | undefined;
  s?: number | undefined;
  frac?: string | undefined;
  zone?: string | undefined;
}

function build(p: Parts, original: string): string | null {
  if (p.y === 1) return null;
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > daysIn(p.y, p.mo)) {
    throw new RangeError(`not a calendar date: "${original}"`);
  }
  const date = `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}`;
  if (p.h === undefined) return date;
  if (p.h > 23 || (p.mi ?? 0) > 59 || (p.s ?? 0) > 59)
    throw new RangeError(`not a time of day: "${original}"`);
  const frac = p.frac ? `.${p.frac.slice(0, 3).padEnd(3, '0')}` : '';
  return `${date}T${pad(p.h)}:${pad(p.mi ?? 0)}:${pad(p.s ?? 0)}${frac}${p.zone ?? ''}`;
}

/**
 * The parts of a {@link RU_RE} or {@link ISO_RE} match, given its year and day (the two orders
 * differ only there): the month is group 2 in both; time, fraction and zone are groups 4 to 8.
 */
function partsOf(m: RegExpExecArray, y: number, d: number): Parts {
  const num = (i: number) => {
    const text = m[i];
    return text === undefined ? undefined : +text;
  };
  return { y, mo: +m[2]!, d, h: num(4), mi: num(5), s: num(6), frac: m[7], zone: m[8] };
}

/**
 * Parses `dd.mm.yyyy[ HH:MM[:SS]]` (space, `+`, `%20` or `T` between), ISO dates and date-times,
 * and .NET's `/Date(ms)/`. Returns an ISO local string, or `null` for empty values and year 0001.
 * Throws RangeError for anything else.
 */
export function parseVendorDate(value: unknown): IsoDate | IsoDateTime | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new RangeError(`expected a date string, got ${typeof value}`);
  const text = value.trim();
  if (text === '') return null;
  const ru = RU_RE.exec(text);
  if (ru) return build(partsOf(ru, +ru[3]!, +ru[1]!), text);
  const iso = ISO_RE.exec(text);
  if (iso) return build(partsOf(iso, +iso[1]!, +iso[3]!), text);
  const net = /^\/Date\((-?\d+)\)\/$/.exec(text);
  if (net) return new Date(Number(net[1])).toISOString().slice(0, 19);
  throw new RangeError(`not a date: "${value}"`);
}

/** What date inputs accept: an ISO local string, a vendor-format string, or a `Date`. */
export type DateInput = string | Date;

/** Output layouts vendors ask for. */
export type VendorDateFormat =
  | 'dd.mm.yyyy'
  | 'dd.mm.yyyy HH:MM'
  | 'dd.mm.yyyy HH:MM:SS'
  | 'yyyy-mm-dd'
  | 'yyyy-mm-ddTHH:MM:SS';

/** The vendor's zone while a client validates a call's input; see {@link withTimeZone}. */
let callZone: string | undefined;

/**
 * Runs `fn` with `timeZone` as the zone in which `Date` inputs are read by {@link toIsoLocal},
 * {@link formatVendorDate} and `zDateInput` when they are not given a zone of their own. Clients
 * wrap their synchronous input validation in it, so a schema declared once as module data still
 * writes a `Date` in that client's vendor wall clock. The zone is restored when `fn` returns or
 * throws; asynchronous work started inside `fn` does not see it after its first `await`.
 */
export function withTimeZone<T>(timeZone: string | undefined, fn: () => T): T {
  const previous = callZone;
  callZone = timeZone;
  try {
    return fn();
  } finally {
    callZone = previous;
  }
}

/** The zone set by the innermost {@link withTimeZone} now running, or `undefined` outside one. */
export function currentTimeZone(): string | undefined {
  return callZone;
}

/**
 * Checks an IANA time zone name (`Europe/Moscow`, `Asia/Vladivostok`, `UTC`) with the runtime's
 * `Intl` and returns its canonical spelling; throws RangeError for an unknown name.
 */
export function checkTimeZone(timeZone: string): string {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') {
    throw new RangeError('a time zone must be an IANA name such as "Europe/Moscow"');
  }
  // Intl throws RangeError for names it does not know; that is the whole check.
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
}

/**
 * The `timeZone` option of a client whose vendor speaks local time: `undefined` gives `fallback`,
 * anything else must be an IANA name the runtime knows, or a {@link ConfigError} is thrown naming
 * the option, so a typo fails at construction rather than shifting every date by hours.
 */
export function clientTimeZone(value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  try {
    return checkTimeZone(value as string);
  } catch {
    throw new ConfigError(
      `timeZone ${JSON.stringify(String(value))} is not an IANA time zone the runtime knows; pass a name such as "${fallback}".`,
    );
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    // Zones in use are few (a client's option), but callers may pass any: keep the cache small.
    if (formatters.size >= 32) formatters.clear();
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

function partsOfDate(date: Date, zone?: string): Parts {
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid Date');
  const timeZone = zone ?? callZone;
  if (!timeZone) {
    return {
      y: date.getFullYear(),
      mo: date.getMonth() + 1,
      d: date.getDate(),
      h: date.getHours(),
      mi: date.getMinutes(),
      s: date.getSeconds(),
    };
  }
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    y: get('year'),
    mo: get('month'),
    d: get('day'),
    h: get('hour'),
    mi: get('minute'),
    s: get('second'),
  };
}

/**
 * Converts a date input to ISO local form. A `Date` is read in `timeZone` (an IANA name such as
 * `Europe/Moscow`); when omitted, in the zone set by {@link withTimeZone} (a client's `timeZone`
 * during its calls), else in the runtime's own time zone. Strings are never shifted.
 */
export function toIsoLocal(input: DateInput, timeZone?: string): IsoDate | IsoDateTime {
  if (input instanceof Date) {
    const p = partsOfDate(input, timeZone);
    return `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}T${pad(p.h ?? 0)}:${pad(p.mi ?? 0)}:${pad(p.s ?? 0)}`;
  }
  const parsed = parseVendorDate(input);
  if (parsed === null) throw new RangeError(`not a usable date: "${input}"`);
  return parsed;
}

/**
 * Formats a date input in the layout a vendor expects. Date-only inputs get 00:00:00 where a time
 * is required. A `Date` is read in `timeZone` as {@link toIsoLocal} does; strings keep their wall time.
 */
export function formatVendorDate(input: DateInput, format: VendorDateFormat, timeZone?: string): string {
  const iso = toIsoLocal(input, timeZone);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(iso)!;
  const [, y, mo, d, h = '00', mi = '00', s = '00'] = m;
  switch (format) {
    case 'dd.mm.yyyy':
      return `${d}.${mo}.${y}`;
    case 'dd.mm.yyyy HH:MM':
      return `${d}.${mo}.${y} ${h}:${mi}`;
    case 'dd.mm.yyyy HH:MM:SS':
      return `${d}.${mo}.${y} ${h}:${mi}:${s}`;
    case 'yyyy-mm-dd':
      return `${y}-${mo}-${d}`;
    case 'yyyy-mm-ddTHH:MM:SS':
      return `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  }
}

/**
 * Wraps each method of a bound operation group so its synchronous part (input validation and
 * encoding) runs under {@link withTimeZone}: a `Date` given to any of them is written in the
 * wall time of `timeZone`, the vendor's zone, whatever the machine's own zone is.
 */
export function methodsInTimeZone<T extends object>(methods: T, timeZone: string): T {
  const out: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(methods)) {
    if (typeof method !== 'function') {
      out[name] = method;
      continue;
    }
    const wrapped = (...args: unknown[]) => withTimeZone(timeZone, () => method(...args));
    // A table method's `withResponse` reads dates too: it runs in the same zone.
    const { withResponse } = method as { withResponse?: unknown };
    if (typeof withResponse === 'function') {
      (wrapped as { withResponse?: unknown }).withResponse = (...args: unknown[]) =>
        withTimeZone(timeZone, () => withResponse(...args));
    }
    out[name] = wrapped;
  }
  return out as T;
}
