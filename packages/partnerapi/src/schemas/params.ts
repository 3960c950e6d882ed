import { currentTimeZone, toIsoLocal, zDateInput } from '@x/core';
import * as z from 'zod/mini';
import type { ParamType } from '../wire.js';

/** One operand: its input schema plus its wire type and whether the document makes it required. */
export interface Param<S extends z.ZodMiniType = z.ZodMiniType, R extends boolean = boolean> {
  /** Built on first use: importing the package constructs none of the ~300 operand schemas. */
  readonly schema: S;
  readonly type: ParamType;
  readonly required: R;
}

function param<S extends z.ZodMiniType, R extends boolean>(
  build: () => S,
  type: ParamType,
  required: R,
): Param<S, R> {
  let schema: S | undefined;
  return {
    get schema() {
      schema ??= build();
      return schema;
    },
    type,
    required,
  };
}

/** Optional operands accept `undefined` or `null`; both are sent as `xsi:nil="true"`. */
const opt = <S extends z.ZodMiniType>(s: S) => z.optional(z.nullable(s));

const nonBlank = (what = 'is required') =>
  z
    .string()
    .check(z.refine((s: string) => s.trim() !== '', { message: `${what}: a non-blank value is required` }));

const maxLen = (max: number, note: string) =>
  z.string().check(z.maxLength(max, `at most ${max} characters ${note}`));

const intIn = (min: number, max: number, what: string) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined ? 'required' : `${what} must be a whole number ${min}…${max}`,
    })
    .check(
      z.int(`${what} must be a whole number`),
      z.minimum(min, `${what} must be ${min}…${max}`),
      z.maximum(max, `${what} must be ${min}…${max}`),
    );

// `2012-09-14T00:00:00`, as the document's examples show.
const dateText = () => zDateInput('yyyy-mm-ddTHH:MM:SS');

/**
 * The registration number rule of client_add_its / client_*_advanced / client_edit_*: a number
 * from 500000 to 999999999999, or a number with the prefix ВО or FR (Latin "BO" is accepted as the
 * common misspelling of the Cyrillic prefix).
 */
export function isValidRegNumber(value: string): boolean {
  const v = value.trim();
  if (/^(ВО|BO|FR)/i.test(v)) return v.length > 2;
  if (!/^\d+$/.test(v)) return false;
  const n = Number(v);
  return n >= 500000 && n <= 999999999999;
}

const regNumber = () =>
  z.string().check(
    z.refine((s: string) => s === '' || isValidRegNumber(s), {
      message: 'Не корректный регистрационный номер: expected 500000…999999999999 or a ВО/FR prefix',
    }),
  );

/** An ISO local date-time minus two calendar months, clamped to the month's last day (the document's rule). */
export function twoMonthsBefore(iso: string): string {
  const [date, time] = iso.split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let month = m - 2;
  let year = y;
  if (month < 1) {
    month += 12;
    year -= 1;
  }
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}T${time}`;
}

/**
 * Wall-clock "now minus two calendar months" in `timeZone`, clamped to the month's last day (the
 * document's rule). `timeZone` defaults to the calling client's zone during a call, else Moscow.
 */
export function twoMonthsBack(now: Date = new Date(), timeZone?: string): string {
  return twoMonthsBefore(toIsoLocal(now, timeZone ?? currentTimeZone() ?? 'Europe/Moscow'));
}

/** Operand builders; each name says the document's type, `…Opt` the `=void` variant. */
export const p = {
  /** A required УИД. */
  id: (what?: string) => param(() => nonBlank(what), 'string', true),
  /** An optional УИД filter. */
  idOpt: () => param(() => opt(z.string()), 'string', false),
  /** A required string. */
  text: () => param(() => z.string(), 'string', true),
  /** An optional string. */
  textOpt: () => param(() => opt(z.string()), 'string', false),
  /** Client name: at most 50 characters (the server silently keeps only the first 50). */
  clientName: () => param(() => maxLen(50, '(the server would keep only the first 50)'), 'string', true),
  clientNameOpt: () =>
    param(() => opt(maxLen(50, '(the server would keep only the first 50)')), 'string', false),
  /** Full name: at most 255 characters. */
  fullNameOpt: () =>
    param(() => opt(maxLen(255, '(the server would keep only the first 255)')), 'string', false),
  /** ИНН: at most 12 characters (the server keeps only the first 12). */
  innOpt: () => param(() => opt(maxLen(12, '(the server would keep only the first 12)')), 'string', false),
  /** КПП: at most 9 characters (the server keeps only the first 9). */
  kppOpt: () => param(() => opt(maxLen(9, '(the server would keep only the first 9)')), 'string', false),
  /** Contact information text: at most 500 characters (the server keeps only the first 500). */
  contactView: () => param(() => maxLen(500, '(the server would keep only the first 500)'), 'string', true),
  /** Registration number of a 1C program product. */
  regNumOpt: () => param(() => opt(regNumber()), 'string', false),
  /** pay_method_type_id: 0…4 (see pay_method_type_read). */
  payMethod: () => param(() => intIn(0, 4, 'pay_method_type_id'), 'int', true),
  payMethodOpt: () => param(() => opt(intIn(0, 4, 'pay_method_type_id')), 'int', false),
  /** Competence priority: a whole number from 1 (the document gives only the default, 3). */
  priorityOpt: () => param(() => opt(intIn(1, 99, 'prioritet')), 'int', false),
  /** Any whole number. */
  int: (what: string) => param(() => intIn(-2147483648, 2147483647, what), 'int', true),
  intOpt: (what: string) => param(() => opt(intIn(-2147483648, 2147483647, what)), 'int', false),
  bool: () => param(() => z.boolean(), 'boolean', true),
  boolOpt: () => param(() => opt(z.boolean()), 'boolean', false),
  date: () => param(() => dateText(), 'date', true),
  dateOpt: () => param(() => opt(dateText()), 'date', false),
  datetime: () => param(() => dateText(), 'datetime', true),
  datetimeOpt: () => param(() => opt(dateText()), 'datetime', false),
  /** remote_access_statistics_read start_time: not earlier than two calendar months back (Moscow time). */
  remoteStartOpt: () =>
    param(
      () =>
        opt(
          z.pipe(
            dateText(),
            z.string().check(
              z.refine((s: string) => s >= twoMonthsBack(), {
                message: 'start_time must not be earlier than two calendar months before now (Moscow time)',
              }),
            ),
          ),
        ),
      'datetime',
      false,
    ),
};

/** A table of operands keyed by wire name, in the document's order. */
export type Params = Record<string, Param>;
