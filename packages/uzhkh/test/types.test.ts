import type { Paginator } from '@x/core';
import type {
  Account,
  ChangeRecord,
  Counter,
  CounterType,
  DeletedItem,
  Resident,
  SetIdResult,
  UzhkhClient,
} from '@x/uzhkh';
import { describe, expectTypeOf, it } from 'vitest';

// Compile-time checks (tsc covers test files); the runtime assertions are trivial by design.
describe('public types', () => {
  it('narrows change records by kind', () => {
    const narrow = (r: ChangeRecord) => {
      if (r.kind === 'counter') expectTypeOf(r.Counter).toEqualTypeOf<Counter>();
      if (r.kind === 'account') expectTypeOf(r.Account.Persons).toEqualTypeOf<Resident[]>();
      if (r.kind === 'unknown') expectTypeOf(r.raw).toEqualTypeOf<Record<string, unknown>>();
    };
    expectTypeOf(narrow).toBeFunction();
  });

  it('maps .NET types to TS types', () => {
    expectTypeOf<Counter['Value1']>().toEqualTypeOf<number>();
    expectTypeOf<Counter['Value2']>().toEqualTypeOf<number | null>();
    expectTypeOf<Counter['CheckDate']>().toEqualTypeOf<string | null>();
    expectTypeOf<Counter['CounterTypeIdentifier']>().toEqualTypeOf<CounterType>();
    expectTypeOf<Resident['IsOwner']>().toEqualTypeOf<boolean | null>();
    expectTypeOf<Account['IsActive']>().toEqualTypeOf<boolean>();
    expectTypeOf<DeletedItem['Guid']>().toEqualTypeOf<string>();
  });

  it('types the client methods', () => {
    expectTypeOf<ReturnType<UzhkhClient['setId']>>().toEqualTypeOf<Promise<SetIdResult>>();
    expectTypeOf<ReturnType<UzhkhClient['download']['accounts']>>().toEqualTypeOf<Paginator<Account>>();
    expectTypeOf<Parameters<UzhkhClient['feed']['acknowledge']>[0]>().toMatchTypeOf<{ guid: string }>();
  });
});
