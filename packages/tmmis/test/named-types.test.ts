/**
 * Every operation's input and result is a named, documented type tied to its schema (issue 15 §3).
 * `named()` already refuses, at compile time, a named type that differs from what its schema infers;
 * this file checks that each table entry uses such a schema, so a new operation without named types
 * fails `pnpm typecheck` (compile-time checks) and this test (run-time check).
 */
import type { InputOf, NamedSchema, OutputOf } from '@x/core';
import type { Equal } from '@x/core/internal';
import * as tmmis from '@x/tmmis';
import type {
  ByNumberInput,
  ByPayerInput,
  CashDeskInput,
  CommandResult,
  InvoiceList,
  LegacyLookupInput,
  PayInput,
  ReceiveInput,
} from '@x/tmmis';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as zc from 'zod/v4/core';

const { allOperations, cashDeskOperations, invoiceOperations } = tmmis;
/** The package's exports by name, to compare table entries with the exported schemas. */
const exported: Record<string, unknown> = { ...tmmis };

/** Every operation of the tables, keyed `group.method`. */
type Ops = { [K in keyof typeof invoiceOperations as `invoices.${K}`]: (typeof invoiceOperations)[K] } & {
  [K in keyof typeof cashDeskOperations as `cashDesks.${K}`]: (typeof cashDeskOperations)[K];
};

/** The named input and result of each operation. */
interface Named {
  'invoices.byNumber': [ByNumberInput, InvoiceList];
  'invoices.byPayer': [ByPayerInput, InvoiceList];
  'invoices.receive': [ReceiveInput, CommandResult];
  'invoices.pay': [PayInput, CommandResult];
  'invoices.list': [LegacyLookupInput, InvoiceList];
  'cashDesks.register': [CashDeskInput, CommandResult];
}

/** `[true, true, true, true]` when the operation's schemas are named schemas of exactly its named types. */
type Verdict<K extends keyof Ops & keyof Named> = [
  Equal<InputOf<Ops[K]>, Named[K][0]>,
  Equal<OutputOf<Ops[K]>, Named[K][1]>,
  Equal<Ops[K]['input'], NamedSchema<zc.output<Ops[K]['input']>, Named[K][0]>>,
  Equal<Ops[K]['output'], NamedSchema<Named[K][1]>>,
];

/** The exported schema (sharing its name with the type) of each operation's input and result. */
const schemaNames: { [K in keyof Ops]: readonly [input: keyof typeof tmmis, output: keyof typeof tmmis] } = {
  'invoices.byNumber': ['ByNumberInput', 'InvoiceList'],
  'invoices.byPayer': ['ByPayerInput', 'InvoiceList'],
  'invoices.receive': ['ReceiveInput', 'CommandResult'],
  'invoices.pay': ['PayInput', 'CommandResult'],
  'invoices.list': ['LegacyLookupInput', 'InvoiceList'],
  'cashDesks.register': ['CashDeskInput', 'CommandResult'],
};

describe('named types', () => {
  it('every operation takes and returns a named type tied to its schema', () => {
    // compile-time: the named list covers exactly the operations of the tables
    expectTypeOf<keyof Named>().toEqualTypeOf<keyof Ops>();
    // compile-time: each operation's schemas infer exactly its named types, and are named schemas
    expectTypeOf<{ [K in keyof Ops]: Verdict<K> }>().toEqualTypeOf<{
      [K in keyof Ops]: [true, true, true, true];
    }>();
    const covered = allOperations.map(({ group, key, op }) => {
      const name = `${group}.${key}` as keyof Ops;
      const names = schemaNames[name];
      expect(names, name).toBeDefined();
      expect(op.input, `${name} input is ${names[0]}`).toBe(exported[names[0]]);
      expect(op.output, `${name} result is ${names[1]}`).toBe(exported[names[1]]);
      return name;
    });
    expect(covered.sort()).toEqual(Object.keys(schemaNames).sort());
  });
});
