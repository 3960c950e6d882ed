import type { HandlersOf } from '@x/core/testing';
import type { cashDeskOperations } from '../../operations/cash-desks.js';
import type { EmulatedCashDesk } from '../state.js';
import { type Handler, asRecord, field, requiredText } from './common.js';

/** The cash-desk directory: one handler per entry of `cashDeskOperations`, under the same key. */
export const cashDeskHandlers = {
  register: (ctx) => {
    for (const desk of readDesks(ctx.body)) ctx.state.upsertCashDesk(ctx.clinic, desk);
    return null;
  },
} satisfies HandlersOf<typeof cashDeskOperations, Handler>;

function readDesks(body: unknown): Omit<EmulatedCashDesk, 'OGRN' | 'OID'>[] {
  const list = Array.isArray(body) ? body : [body];
  return list.map((item) => {
    const r = asRecord(item);
    const opt = (k: string) => {
      const v = field(r, k);
      return typeof v === 'string' && v !== '' ? v : null;
    };
    return {
      Guid: requiredText(r, 'Guid'),
      Name: requiredText(r, 'Name'),
      Code: opt('Code'),
      DateBegin: opt('DateBegin'),
      DateEnd: opt('DateEnd'),
    };
  });
}
