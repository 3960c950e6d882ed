/**
 * Every operation's input and result is a named, documented type tied to its schema (issue 15 §3).
 * `named()` already refuses, at compile time, a named type that differs from what its schema infers;
 * this file checks that each table entry uses such a schema, and that an input a caller passes is an
 * exported schema. The operations are read from the tables, so a new entry is checked without editing
 * this file: one built from a bare schema fails `pnpm typecheck`, one with an unexported input fails
 * this test.
 */
import type { NamedSchema } from '@x/core';
import type { Equal } from '@x/core/internal';
import * as uzhkh from '@x/uzhkh';
import type {
  Account,
  CHANGE_KINDS,
  Car,
  ChangeEntityKey,
  Counter,
  Doc,
  KnownChangeRecord,
  Payment,
  RealEstateObject,
  Request,
  RequestToObjectAdding,
  RequestToRegister,
  Resident,
} from '@x/uzhkh';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as zc from 'zod/v4/core';

const { operationGroups } = uzhkh;
type Groups = typeof operationGroups;

/** Every operation of the tables, keyed `group.method`. */
type Ops = {
  [N in { [G in keyof Groups & string]: `${G}.${keyof Groups[G] & string}` }[keyof Groups &
    string]]: N extends `${infer G extends keyof Groups & string}.${infer K}`
    ? Groups[G][K & keyof Groups[G]]
    : never;
};

/**
 * `[true, true]` when the operation's schemas are named schemas: their declared type is exactly a
 * `NamedSchema` of what they take and give (so editors show `SetIdInput`, not an expanded schema type).
 */
type Verdict<Op extends { input: zc.$ZodType; output: zc.$ZodType }> = [
  Equal<Op['input'], NamedSchema<zc.output<Op['input']>, zc.input<Op['input']>>>,
  Equal<Op['output'], NamedSchema<zc.output<Op['output']>>>,
];

/** The entity each change-record key carries. */
interface EntityOf {
  Resident: Resident;
  Account: Account;
  Counter: Counter;
  Request: Request;
  Payment: Payment;
  Obj: RealEstateObject;
  Doc: Doc;
  RequestToRegister: RequestToRegister;
  RequestToObjectAdding: RequestToObjectAdding;
  Car: Car;
}
type Flat<T> = { [P in keyof T]: T[P] };
/** `true` when the named record type of key `K` is `{ kind, Guid, [K]: entity }`. */
type RecordVerdict<K extends ChangeEntityKey> = Equal<
  Flat<Extract<KnownChangeRecord, { kind: (typeof CHANGE_KINDS)[K] }>>,
  Flat<{ kind: (typeof CHANGE_KINDS)[K]; Guid: string } & { [P in K]: EntityOf[K] }>
>;

/** Whether `schema` accepts `value` (the operations' schemas are synchronous). */
const accepts = (schema: zc.$ZodType, value: unknown) => {
  const result = schema['~standard'].validate(value);
  return !(result instanceof Promise) && !result.issues;
};
/** An operation that takes no input at all: `undefined` passes, an empty object does not. */
const takesNothing = (schema: zc.$ZodType) => accepts(schema, undefined) && !accepts(schema, {});

describe('named types', () => {
  it('every operation takes and returns a named type tied to its schema', () => {
    // compile-time: each operation's schemas are named schemas
    expectTypeOf<{ [K in keyof Ops]: Verdict<Ops[K]> }>().toEqualTypeOf<{ [K in keyof Ops]: [true, true] }>();
    // compile-time: one named record type per entity key, each exactly `{ kind, Guid, [key]: entity }`
    expectTypeOf<keyof EntityOf>().toEqualTypeOf<ChangeEntityKey>();
    expectTypeOf<{ [K in ChangeEntityKey]: RecordVerdict<K> }>().toEqualTypeOf<{
      [K in ChangeEntityKey]: true;
    }>();
    const exportedSchemas = new Set<unknown>(Object.values(uzhkh));
    const checked: string[] = [];
    for (const [group, table] of Object.entries(operationGroups)) {
      for (const [key, op] of Object.entries(table)) {
        const name = `${group}.${key}`;
        if (!takesNothing(op.input))
          expect(exportedSchemas.has(op.input), `${name}: its input schema is exported by name`).toBe(true);
        checked.push(name);
      }
    }
    expect(checked.length).toBeGreaterThan(0);
  });
});
