/**
 * Every command's input and result is a named, documented type tied to its schema (issue 15 §3).
 * `named()` already refuses, at compile time, a named type that differs from what its schema infers;
 * this file checks that each entry of the command table uses such a schema, so a new command without
 * named types fails `pnpm typecheck` (compile-time checks) and this test (run-time check).
 */
import type { InputOf, NamedSchema, OutputOf } from '@x/core';
import type { Equal } from '@x/core/internal';
import { type CommandName, type Commands, commands } from '@x/agbis';
import type {
  AddBonusParams,
  AddonPacksResult,
  AddonTypesResult,
  BonusesBetweenParams,
  BonusesBetweenResult,
  ChangeStatusParams,
  ChangedClientsResult,
  ContrInfoParams,
  ContrInfoResult,
  ContrTreeResult,
  ContragInfoParams,
  ContragInfoResult,
  ContragParams,
  ContragResult,
  DateRangeParams,
  DateTimeRangeParams,
  DocsInWayResult,
  ExecutedApiCountResult,
  LastChangeOrderResult,
  LoginParams,
  LoginResult,
  NoParams,
  OkResult,
  OrderImagesParams,
  OrderImagesResult,
  OrderInfoParams,
  OrderInfoResult,
  OrderListResult,
  OrderPaysResult,
  OrderTndResult,
  OrdersBetweenParams,
  PayParams,
  PriceListParams,
  PriceListResult,
  PriceTreeParams,
  PriceTreeResult,
  ReceiptFile,
  ReceiptParams,
  ReceiptResult,
  RefreshSessionParams,
  RefreshSessionResult,
  ReturnPayParams,
  RegionsResult,
  SaveOrderParams,
  SaveOrderResult,
  SetOrderImagesParams,
  TripOrderParams,
  TripOrderResult,
  TripParams,
  TripResult,
  UpdateOrderParams,
  ValidSessionResult,
  VdsDsResult,
} from '@x/agbis';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as zc from 'zod/v4/core';
import * as clients from '../src/schemas/clients.js';
import * as common from '../src/schemas/common.js';
import * as orders from '../src/schemas/orders.js';
import * as payments from '../src/schemas/payments.js';
import * as reference from '../src/schemas/reference.js';
import * as services from '../src/schemas/services.js';
import * as session from '../src/schemas/session.js';
import * as statistics from '../src/schemas/statistics.js';

/** The schema modules; each named schema shares its name with its type. */
const schemas = {
  ...common,
  ...session,
  ...clients,
  ...orders,
  ...payments,
  ...reference,
  ...services,
  ...statistics,
};

/** The named input and result of each command, by wire name. */
interface Named {
  ContrTree: [NoParams, ContrTreeResult];
  PriceList: [PriceListParams | undefined, PriceListResult];
  PriceTree: [PriceTreeParams, PriceTreeResult];
  AddonTypes: [NoParams, AddonTypesResult];
  AddonPacks: [NoParams, AddonPacksResult];
  Regions: [NoParams, RegionsResult];
  GetListsVdsDsForAll: [NoParams, VdsDsResult];
  GetListsOrderTNDForAll: [NoParams, OrderTndResult];
  PayForAll: [PayParams, OkResult];
  ReturnPayForAll: [ReturnPayParams, OkResult];
  OrderPaysBetweenForAll: [DateRangeParams, OrderPaysResult];
  GetOrderImagesForAll: [OrderImagesParams, OrderImagesResult];
  Login: [LoginParams, LoginResult];
  ValidSessionID: [NoParams, ValidSessionResult];
  RefreshSession: [RefreshSessionParams, RefreshSessionResult];
  Logout: [NoParams, OkResult];
  ExecutedApiCount: [NoParams, ExecutedApiCountResult];
  OrderByDateTimeForAll: [DateTimeRangeParams, OrderListResult];
  ClientsByDateTimeForAll: [DateTimeRangeParams, ChangedClientsResult];
  LastChangeOrder: [NoParams, LastChangeOrderResult];
  SaveOrderForAll: [SaveOrderParams, SaveOrderResult];
  UpdateOrderForAll: [UpdateOrderParams, SaveOrderResult];
  ChangeStatusOrdersForAll: [ChangeStatusParams, OkResult];
  TripOrder: [TripOrderParams, TripOrderResult];
  Trip: [TripParams, TripResult];
  OrderInfoForAll: [OrderInfoParams, OrderInfoResult];
  Receipt: [ReceiptParams, ReceiptResult];
  ReceiptOnline: [ReceiptParams, ReceiptFile];
  OrdersBetweenForAll: [OrdersBetweenParams, OrderListResult];
  SetOrderImagesForAll: [SetOrderImagesParams, OkResult];
  DocsInWayBetweenForAll: [DateRangeParams, DocsInWayResult];
  ContragForAll: [ContragParams, ContragResult];
  ContrInfoForAll: [ContrInfoParams, ContrInfoResult];
  ContragInfoForAll: [ContragInfoParams, ContragInfoResult];
  AddBonusForAll: [AddBonusParams, OkResult];
  BonusesBetweenForAll: [BonusesBetweenParams, BonusesBetweenResult];
}

/** `[true, true, true, true]` when the command's schemas are named schemas of exactly its named types. */
type Verdict<K extends CommandName & keyof Named> = [
  Equal<InputOf<Commands[K]>, Named[K][0]>,
  Equal<OutputOf<Commands[K]>, Named[K][1]>,
  Equal<Commands[K]['input'], NamedSchema<zc.output<Commands[K]['input']>, Named[K][0]>>,
  Equal<Commands[K]['output'], NamedSchema<Named[K][1]>>,
];

/** The schema (sharing its name with the type) of each command's input and result. */
const schemaNames: {
  [K in CommandName]: readonly [input: keyof typeof schemas, output: keyof typeof schemas];
} = {
  ContrTree: ['NoParams', 'ContrTreeResult'],
  PriceList: ['PriceListParams', 'PriceListResult'],
  PriceTree: ['PriceTreeParams', 'PriceTreeResult'],
  AddonTypes: ['NoParams', 'AddonTypesResult'],
  AddonPacks: ['NoParams', 'AddonPacksResult'],
  Regions: ['NoParams', 'RegionsResult'],
  GetListsVdsDsForAll: ['NoParams', 'VdsDsResult'],
  GetListsOrderTNDForAll: ['NoParams', 'OrderTndResult'],
  PayForAll: ['PayParams', 'OkResult'],
  ReturnPayForAll: ['ReturnPayParams', 'OkResult'],
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
};

describe('named types', () => {
  it('every command takes and returns a named type tied to its schema', () => {
    // compile-time: the named list covers exactly the commands of the table
    expectTypeOf<keyof Named>().toEqualTypeOf<CommandName>();
    // compile-time: each command's schemas infer exactly its named types, and are named schemas
    expectTypeOf<{ [K in CommandName]: Verdict<K> }>().toEqualTypeOf<{
      [K in CommandName]: [true, true, true, true];
    }>();
    const covered = Object.entries(commands).map(([wire, op]) => {
      const names = schemaNames[wire as CommandName];
      expect(names, wire).toBeDefined();
      expect(op.input, `${wire} input is ${names[0]}`).toBe(schemas[names[0]]);
      expect(op.output, `${wire} result is ${names[1]}`).toBe(schemas[names[1]]);
      return wire;
    });
    expect(covered).toHaveLength(36);
    expect(covered.sort()).toEqual(Object.keys(schemaNames).sort());
  });
});
