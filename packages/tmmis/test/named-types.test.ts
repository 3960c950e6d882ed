/**
 * Every operation's input and result is a named, documented type tied to its schema (issue 15 §3).
 * `named()` already refuses, at compile time, a named type that differs from what its schema infers;
 * this file checks that each table entry uses such a schema, so a new operation without named types
 * fails `pnpm typecheck` (compile-time checks) and this test (run-time check).
 */
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
import { type AllNamed, type NamedVerdicts, expectNamedSchemas } from '@x/test-kit';
import { describe, expectTypeOf, it } from 'vitest';

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
    expectTypeOf<NamedVerdicts<Ops, Named>>().toEqualTypeOf<AllNamed<Ops>>();
    expectNamedSchemas(
      allOperations.map(({ group, key, op }) => [`${group}.${key}`, op] as const),
      schemaNames,
      exported,
    );
  });
});
