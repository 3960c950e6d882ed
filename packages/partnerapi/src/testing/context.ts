import { toIsoLocal } from '@x/core';
import type { Clock } from '@x/core/testing';
import type { EmulatorState } from './state.js';

/** Decoded operands of one request: text, boolean, number or null (nil or absent). */
export type Args = Record<string, string | number | boolean | null>;

/** What a handler answers. */
export type HandlerResult = { rows: object[] } | { flag: boolean } | { bytes: Uint8Array };

/** A documented (or plausible) server refusal; the emulator answers it as a SOAP Fault. */
export class EmulatorFault extends Error {
  constructor(
    message: string,
    readonly side: 'Sender' | 'Receiver' = 'Receiver',
  ) {
    super(message);
  }
}

/** What every handler gets. */
export interface Ctx {
  state: EmulatorState;
  clock: Clock;
}

/** One emulated operation. */
export type Handler = (args: Args, ctx: Ctx) => HandlerResult;

/** A reference operand: nil, absent or blank (spaces) all mean "not given", as the document says. */
export function ref(a: Args, name: string): string | null {
  const v = a[name];
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
}

/**
 * The filter of a read's optional operands that name a column of its records (id, client, user,
 * activity…): each one given must equal the record's column of the same name, and one not given
 * (nil, absent or blank) lets every record through. `flags` are compared as booleans.
 */
export function matching<R extends object>(
  a: Args,
  refs: readonly (keyof R & string)[],
  flags: readonly (keyof R & string)[] = [],
): (record: R) => boolean {
  const given = [
    ...refs.map((n): [string, unknown] => [n, ref(a, n)]),
    ...flags.map((n): [string, unknown] => [n, flag(a, n)]),
  ].filter(([, v]) => v !== null);
  return (record) => given.every(([n, v]) => (record as Record<string, unknown>)[n] === v);
}

/** A text operand: `null` when nil/absent, otherwise the text as sent ("" clears a field). */
export function text(a: Args, name: string): string | null {
  const v = a[name];
  return v === null || v === undefined ? null : String(v);
}

export function num(a: Args, name: string): number | null {
  const v = a[name];
  if (v === null || v === undefined || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

export function flag(a: Args, name: string): boolean | null {
  const v = a[name];
  if (v === null || v === undefined || v === '') return null;
  return v === true || v === 'true' || v === '1' || v === 1;
}

/** A date operand as `YYYY-MM-DD`. */
export function day(a: Args, name: string): string | null {
  const v = ref(a, name);
  return v === null ? null : v.slice(0, 10);
}

/** Moscow wall-clock now, `YYYY-MM-DDTHH:MM:SS`: the document says every operation runs on Moscow time. */
export function moscowNow(ctx: Ctx): string {
  return toIsoLocal(new Date(ctx.clock.now()), 'Europe/Moscow');
}

export function rows(list: Iterable<object>): HandlerResult {
  return { rows: [...list] };
}

/** The fault a missing required operand gets. */
export function required(a: Args, name: string): string {
  const v = ref(a, name);
  if (v === null) throw new EmulatorFault(`Не указан обязательный параметр ${name}`, 'Sender');
  return v;
}
