import type { SpellingMode } from '../spelling.js';
import { type EmulatedInvoice, EmulatorRefusal, type TmmisState } from '../state.js';
import { foldKey } from '../../wire.js';
import { renderInvoices } from '../spelling.js';

/** What a ТМ:МИС handler gets: the state, the clinic the call names, its query and JSON body. */
export interface HandlerContext {
  /** Clinics, invoices and cash desks. */
  state: TmmisState;
  /** The clinic named by `OGRN` and `OID`. */
  clinic: { ogrn: string; oid: string };
  /** A query parameter in any of the spellings the vendor uses; undefined when absent or empty. */
  param(name: string): string | undefined;
  /** The parsed JSON body (`null` when none). */
  body: unknown;
  /** How invoice fields are spelled in answers. */
  spelling: SpellingMode;
}

/** One emulated operation: the answer's `Data` (the envelope is the emulator's). */
export type Handler = (ctx: HandlerContext) => unknown;

/** An invoice-list answer for one of the document's sections. */
export function invoiceList(
  ctx: HandlerContext,
  found: EmulatedInvoice[],
  section: 'legacy' | 'byNumber' | 'byPayer',
): unknown {
  return {
    OGRN: ctx.clinic.ogrn,
    OID: ctx.clinic.oid,
    Invoices: renderInvoices(found, section, ctx.spelling),
  };
}

export function field(record: Record<string, unknown>, name: string): unknown {
  for (const [k, v] of Object.entries(record)) if (foldKey(k) === foldKey(name)) return v;
  return undefined;
}

export function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new EmulatorRefusal('BODY', 'Ожидался объект JSON в теле запроса', 400);
  }
  return value as Record<string, unknown>;
}

export function requiredText(record: Record<string, unknown>, name: string): string {
  const v = field(record, name);
  if (typeof v !== 'string' || v === '') throw new EmulatorRefusal('PARAM', `Не заполнено поле ${name}`, 400);
  return v;
}
