/**
 * Named types (issue 15 §3): every command's input and result is a named interface tied to its
 * schema. The compile-time checks below fail `pnpm typecheck` when a schema and its interface drift
 * apart, or when a command of the table has no named input and result here.
 */
import type { InputOf, OutputOf } from '@x/core';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { type CommandName, type Commands, commands } from '../src/operations/index.js';
import * as clients from '../src/schemas/clients.js';
import * as common from '../src/schemas/common.js';
import * as orders from '../src/schemas/orders.js';
import * as payments from '../src/schemas/payments.js';
import * as reference from '../src/schemas/reference.js';
import * as services from '../src/schemas/services.js';
import * as session from '../src/schemas/session.js';
import * as statistics from '../src/schemas/statistics.js';

const schemas = { ...common, ...session, ...clients, ...orders, ...payments, ...reference, ...services, ...statistics };
type Schemas = typeof schemas;

/** Strict type equality: true only when A and B are the same type (not merely assignable). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

/** Names of the named schemas: each `Foo` has its schema as built, `fooSchema`, next to it. */
type Named = {
  [K in keyof Schemas]: K extends string ? (`${Uncapitalize<K>}Schema` extends keyof Schemas ? K : never) : never;
}[keyof Schemas];
type RawOf<N extends Named> = Schemas[`${Uncapitalize<N>}Schema`];
/** A result schema is annotated with `unknown` input; an input schema with its named input. */
type IsResult<N extends Named> = unknown extends z.input<Schemas[N]> ? true : false;

// compile-time: every named schema's type equals what its schema infers (inputs: z.input; results: z.output).
type Drifted = {
  [N in Named]: (
    IsResult<N> extends true
      ? Equal<z.output<RawOf<N>>, z.output<Schemas[N]>>
      : Equal<z.input<RawOf<N>>, z.input<Schemas[N]>>
  ) extends true
    ? never
    : N;
}[Named];
type _NoDrift = Expect<Equal<Drifted, never>>;

/** The named input and result of every documented command, by wire name. */
const named = {
  ContrTree: ['NoParams', 'ContrTreeResult'],
  PriceList: ['PriceListParams', 'PriceListResult'],
  PriceTree: ['PriceTreeParams', 'PriceTreeResult'],
  AddonTypes: ['NoParams', 'AddonTypesResult'],
  AddonPacks: ['NoParams', 'AddonPacksResult'],
  Regions: ['NoParams', 'RegionsResult'],
  GetListsVdsDsForAll: ['NoParams', 'VdsDsResult'],
  GetListsOrderTNDForAll: ['NoParams', 'OrderTndResult'],
  PayForAll: ['PayParams', 'OkResult'],
  ReturnPayForAll: ['PayParams', 'OkResult'],
  OrderPaysBetweenForAll: ['DateRangeParams', 'OrderPaysResult'],
  GetOrderImagesForAll: ['OrderImagesParams', 'OrderImagesResult'],
  Login: ['LoginParams', 'LoginResult'],
  ValidSessionID: ['NoParams', 'ValidSessionResult'],
  RefreshSession: ['RefreshSessionParams', 'RefreshSessionResult'],
  Logout: ['NoParams', 'OkResult'],
  ExecutedApiCount: ['NoParams', 'ExecutedApiCountResult'],
  OrderByDateTimeForAll: ['DateTimeRangeParams', 'OrderListResult'],
  ClientsByDateTimeForAll: ['DateTimeRangeParams', 'ChangedClientsResult'],
  LastChangeOrder: ['NoParams', 'LastChangeOrderResult'],
  SaveOrderForAll: ['SaveOrderParams', 'SaveOrderResult'],
  UpdateOrderForAll: ['UpdateOrderParams', 'SaveOrderResult'],
  ChangeStatusOrdersForAll: ['ChangeStatusParams', 'OkResult'],
  TripOrder: ['TripOrderParams', 'TripOrderResult'],
  Trip: ['TripParams', 'TripResult'],
  OrderInfoForAll: ['OrderInfoParams', 'OrderInfoResult'],
  Receipt: ['ReceiptParams', 'ReceiptResult'],
  ReceiptOnline: ['ReceiptParams', 'ReceiptFile'],
  OrdersBetweenForAll: ['OrdersBetweenParams', 'OrderListResult'],
  SetOrderImagesForAll: ['SetOrderImagesParams', 'OkResult'],
  DocsInWayBetweenForAll: ['DateRangeParams', 'DocsInWayResult'],
  ContragForAll: ['ContragParams', 'ContragResult'],
  ContrInfoForAll: ['ContrInfoParams', 'ContrInfoResult'],
  ContragInfoForAll: ['ContragInfoParams', 'ContragInfoResult'],
  AddBonusForAll: ['AddBonusParams', 'OkResult'],
  BonusesBetweenForAll: ['BonusesBetweenParams', 'BonusesBetweenResult'],
} as const satisfies Record<CommandName, readonly [Named, Named]>;
type NamedOf = typeof named;

// compile-time: each command's method input and result equal what its schemas infer, and are the named types.
type OpDrifted = {
  [K in CommandName]: [
    Equal<InputOf<Commands[K]>, z.input<RawOf<NamedOf[K][0]>>>,
    Equal<OutputOf<Commands[K]>, z.output<RawOf<NamedOf[K][1]>>>,
    Equal<InputOf<Commands[K]>, z.input<Schemas[NamedOf[K][0]]>>,
    Equal<OutputOf<Commands[K]>, z.output<Schemas[NamedOf[K][1]]>>,
  ] extends [true, true, true, true]
    ? never
    : K;
}[CommandName];
type _NoOpDrift = Expect<Equal<OpDrifted, never>>;
// compile-time: a command added to the table without an entry in `named` fails the `satisfies` above.

describe('named types', () => {
  it('maps every documented command to its named input and result schema', () => {
    const wires = Object.keys(commands).sort();
    expect(Object.keys(named).sort()).toEqual(wires);
    expect(wires).toHaveLength(36);
    for (const wire of wires as CommandName[]) {
      const [input, output] = named[wire];
      expect(commands[wire].input, `${wire} input`).toBe(schemas[input]);
      expect(commands[wire].output, `${wire} output`).toBe(schemas[output]);
      // The named schema is the schema as built, only typed by name.
      const raw = (n: Named) => (schemas as Record<string, unknown>)[`${n[0]?.toLowerCase()}${n.slice(1)}Schema`];
      expect(raw(input), `${wire} raw input`).toBe(schemas[input]);
      expect(raw(output), `${wire} raw output`).toBe(schemas[output]);
    }
  });
});
