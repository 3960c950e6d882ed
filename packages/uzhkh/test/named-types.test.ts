/**
 * Every operation's input and result is a named, documented type tied to its schema (issue 15 §3).
 * `named()` already refuses, at compile time, a named type that differs from what its schema infers;
 * this file checks that each table entry uses such a schema, so a new operation without named types
 * fails `pnpm typecheck` (compile-time checks) and this test (run-time check).
 */
import type { Equal } from '@x/core/internal';
import * as uzhkh from '@x/uzhkh';
import type {
  AcknowledgeInput,
  Account,
  CHANGE_KINDS,
  Car,
  ChangeEntityKey,
  ChangeRecord,
  Counter,
  DeletedItem,
  Doc,
  DownloadPage,
  HandleRequestToObjectAddingInput,
  HandleRequestToRegisterInput,
  KnownChangeRecord,
  PageInput,
  Payment,
  RealEstateObject,
  Request,
  RequestToObjectAdding,
  RequestToRegister,
  Resident,
  SetIdInput,
  SetIdResult,
} from '@x/uzhkh';
import { type AllNamed, type NamedVerdicts, expectNamedSchemas } from '@x/test-kit';
import { describe, expectTypeOf, it } from 'vitest';

const { operationGroups } = uzhkh;
/** The package's exports by name, to compare table entries with the exported schemas. */
const exported: Record<string, unknown> = { ...uzhkh };
type Groups = typeof operationGroups;

/** Every operation of the tables, keyed `group.method`. */
type Ops = { [K in keyof Groups['feed'] as `feed.${K}`]: Groups['feed'][K] } & {
  [K in keyof Groups['download'] as `download.${K}`]: Groups['download'][K];
} & { [K in keyof Groups['registrations'] as `registrations.${K}`]: Groups['registrations'][K] } & {
  [K in keyof Groups['ids'] as `ids.${K}`]: Groups['ids'][K];
};

/** What an operation that answers nothing resolves to (`void`). */
type Nothing = ReturnType<() => void>;

/** The named input and result of each operation. */
interface Named {
  'feed.requests': [undefined, ChangeRecord[]];
  'feed.acknowledge': [AcknowledgeInput, Nothing];
  'feed.deletedItems': [undefined, DeletedItem[]];
  'download.accountsPage': [PageInput, DownloadPage<Account>];
  'download.flatsPage': [PageInput, DownloadPage<RealEstateObject>];
  'download.paymentsPage': [PageInput, DownloadPage<Payment>];
  'download.countersPage': [PageInput, DownloadPage<Counter>];
  'download.requestsPage': [PageInput, DownloadPage<Request>];
  'download.docsPage': [PageInput, DownloadPage<Doc>];
  'registrations.handleRequestToRegister': [HandleRequestToRegisterInput, Nothing];
  'registrations.handleRequestToObjectAdding': [HandleRequestToObjectAddingInput, Nothing];
  'ids.setId': [SetIdInput, SetIdResult];
}

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

/**
 * The exported schema (sharing its name with the type) of each operation's input and result;
 * `null` where the type is not an exported name (`undefined`, `void`, an array of a named row, a
 * page of a named item).
 */
const schemaNames: {
  [K in keyof Ops]: readonly [input: keyof typeof uzhkh | null, output: keyof typeof uzhkh | null];
} = {
  'feed.requests': [null, null],
  'feed.acknowledge': ['AcknowledgeInput', null],
  'feed.deletedItems': [null, null],
  'download.accountsPage': ['PageInput', null],
  'download.flatsPage': ['PageInput', null],
  'download.paymentsPage': ['PageInput', null],
  'download.countersPage': ['PageInput', null],
  'download.requestsPage': ['PageInput', null],
  'download.docsPage': ['PageInput', null],
  'registrations.handleRequestToRegister': ['HandleRequestToRegisterInput', null],
  'registrations.handleRequestToObjectAdding': ['HandleRequestToObjectAddingInput', null],
  'ids.setId': ['SetIdInput', 'SetIdResult'],
};

describe('named types', () => {
  it('every operation takes and returns a named type tied to its schema', () => {
    // compile-time: the named list covers exactly the operations of the tables
    expectTypeOf<keyof Named>().toEqualTypeOf<keyof Ops>();
    // compile-time: each operation's schemas infer exactly its named types, and are named schemas
    expectTypeOf<NamedVerdicts<Ops, Named>>().toEqualTypeOf<AllNamed<Ops>>();
    // compile-time: one named record type per entity key, each exactly `{ kind, Guid, [key]: entity }`
    expectTypeOf<keyof EntityOf>().toEqualTypeOf<ChangeEntityKey>();
    expectTypeOf<{ [K in ChangeEntityKey]: RecordVerdict<K> }>().toEqualTypeOf<{
      [K in ChangeEntityKey]: true;
    }>();
    expectNamedSchemas(
      Object.entries(operationGroups).flatMap(([group, table]) =>
        Object.entries(table).map(([key, op]) => [`${group}.${key}`, op] as const),
      ),
      schemaNames,
      exported,
    );
  });
});
