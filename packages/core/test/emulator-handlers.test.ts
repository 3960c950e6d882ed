import { defineOperation } from '@x/core';
import { type GroupHandlersOf, type HandlersOf, handlersByWire } from '@x/core/testing';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const table = {
  byNumber: defineOperation({
    wire: 'ByNumber',
    idempotent: true,
    input: z.string(),
    output: z.string(),
    doc: '',
    meta: {},
  }),
  pay: defineOperation({
    wire: 'Pay',
    idempotent: false,
    input: z.string(),
    output: z.string(),
    doc: '',
    meta: {},
  }),
};
type Handler = () => string;

describe('handlers typed against an operation table', () => {
  it('does not compile when an operation has no handler, nor with a handler for no operation', () => {
    // @ts-expect-error `pay` has no handler
    const missing: HandlersOf<typeof table, Handler> = { byNumber: () => 'list' };
    const extra = {
      byNumber: () => 'list',
      pay: () => 'paid',
      // @ts-expect-error `refund` is not in the table
      refund: () => 'refunded',
    } satisfies HandlersOf<typeof table, Handler>;
    const grouped: GroupHandlersOf<{ invoices: typeof table }, Handler> = {
      // @ts-expect-error the `invoices` group lacks `pay`
      invoices: { byNumber: () => 'x' },
    };
    expect([missing, extra, grouped]).toHaveLength(3);
  });

  it('indexes handlers by wire name, and refuses a table with an operation left unhandled', () => {
    const byWire = handlersByWire<Handler>(
      { invoices: table },
      { invoices: { byNumber: () => 'list', pay: () => 'paid' } },
    );
    expect([...byWire.keys()]).toEqual(['ByNumber', 'Pay']);
    expect(byWire.get('Pay')?.()).toBe('paid');
    expect(() => handlersByWire({ invoices: table }, { invoices: { byNumber: () => 'list' } })).toThrow(
      /No emulator handler for invoices\.pay \(Pay\)/,
    );
  });
});
