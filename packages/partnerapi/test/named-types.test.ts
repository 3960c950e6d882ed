/**
 * Every operation's input and result is a named, documented type tied to its schemas (issue 15 §3).
 * `namedOp()` already refuses, at compile time, a named type that differs from what the operation's
 * params and columns infer; this file checks that each table entry is named, so a new operation
 * without named types fails `pnpm typecheck` (compile-time checks) and this test (run-time check).
 */
import type { InputOf, NamedSchema, OutputOf } from '@x/core';
import type { Equal } from '@x/core/internal';
import { allOperations, type operationGroups } from '@x/partnerapi';
import type {
  AccountAccessEmailNotifyInput,
  AgentPartnerAddInput,
  AgentPartnerDeleteInput,
  AgentPartnerEditInput,
  AgentPartnerReadInput,
  AgentPartnerRow,
  AgentUserAddInput,
  AgentUserDeleteInput,
  AgentUserEditInput,
  AgentUserReadInput,
  AgentUserRow,
  CallRow,
  CallStatusTypeRow,
  ClientAddAdvancedInput,
  ClientAddInput,
  ClientAddItsInput,
  ClientContactEditInput,
  ClientContactReadInput,
  ClientContactRow,
  ClientDeleteInput,
  ClientEditAdvancedInput,
  ClientEditInput,
  ClientEditItsInput,
  ClientItsStatusForInnInput,
  ClientItsStatusRow,
  ClientReadAdvancedInput,
  ClientReadInput,
  ClientRow,
  ClientUserAddInput,
  ClientUserBirthdayRow,
  ClientUserContactEditInput,
  ClientUserContactReadInput,
  ClientUserContactRow,
  ClientUserDeleteInput,
  ClientUserEditInput,
  ClientUserReadInput,
  ClientUserReadWithBirthdayInput,
  ClientUserRow,
  ClientUserSetBirthdayInput,
  ClientVendorReadInput,
  CompetenceAddInput,
  CompetenceReadInput,
  CompetenceRow,
  CompetenceStopInput,
  ContactTypeRow,
  ContractReadInput,
  ContractRow,
  ContractServiceAddInput,
  ContractServiceDeleteInput,
  ContractServiceReadInput,
  ContractServiceRow,
  NoInput,
  PartnerContactEditInput,
  PartnerContactReadInput,
  PartnerContactRow,
  PartnerReadInput,
  PartnerRegionRow,
  PartnerRoleRow,
  PartnerRow,
  PartnerUserAddInput,
  PartnerUserBirthdayRow,
  PartnerUserContactEditInput,
  PartnerUserContactReadInput,
  PartnerUserContactRow,
  PartnerUserDeleteInput,
  PartnerUserEditInput,
  PartnerUserReadInput,
  PartnerUserReadWithBirthdayInput,
  PartnerUserRow,
  PartnerUserSetBirthdayInput,
  PartnerVendorReadInput,
  PayMethodTypeRow,
  RegionReadInput,
  RegionRow,
  RemoteAccessTypeRow,
  RemoteSessionRow,
  RemoteStatusTypeRow,
  RoleRow,
  ServiceAddInput,
  ServiceEditInput,
  ServiceReadInput,
  ServiceRow,
  ServiceStopInput,
  ServiceTypeAddInput,
  ServiceTypeDeleteInput,
  ServiceTypeEditInput,
  ServiceTypeReadInput,
  ServiceTypeRow,
  SipCallRow,
  StatisticsChatHistoryColleaguesReadInput,
  StatisticsChatHistoryReadInput,
  StatisticsReadInput,
  StatisticsRemoteAccessReadInput,
  StatisticsSipCallsReadInput,
} from '@x/partnerapi';
import {
  type NamedParams,
  type NamedRows,
  PARAM_SPECS,
  type ParamsOf,
  RESULT_COLUMNS,
  type ResultOf,
  type TypedParams,
  type TypedRow,
} from '@x/partnerapi/webapi2';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as zc from 'zod/v4/core';

type Groups = typeof operationGroups;
/** Every operation of the tables, keyed `group.method`. */
type Ops = {
  [K in {
    [G in keyof Groups]: `${G & string}.${keyof Groups[G] & string}`;
  }[keyof Groups]]: K extends `${infer G extends keyof Groups}.${infer M}`
    ? M extends keyof Groups[G]
      ? Groups[G][M]
      : never
    : never;
};

/** The named input and result of each operation. */
interface Named {
  'accountAccess.emailNotify': [AccountAccessEmailNotifyInput, boolean];
  'agentPartner.read': [AgentPartnerReadInput | undefined, AgentPartnerRow[]];
  'agentPartner.add': [AgentPartnerAddInput, AgentPartnerRow[]];
  'agentPartner.edit': [AgentPartnerEditInput, AgentPartnerRow[]];
  'agentPartner.delete': [AgentPartnerDeleteInput, AgentPartnerRow[]];
  'agentUser.read': [AgentUserReadInput | undefined, AgentUserRow[]];
  'agentUser.add': [AgentUserAddInput, AgentUserRow[]];
  'agentUser.edit': [AgentUserEditInput, AgentUserRow[]];
  'agentUser.delete': [AgentUserDeleteInput, AgentUserRow[]];
  'client.read': [ClientReadInput | undefined, ClientRow[]];
  'client.readAdvanced': [ClientReadAdvancedInput | undefined, ClientRow[]];
  'client.add': [ClientAddInput, ClientRow[]];
  'client.addIts': [ClientAddItsInput, ClientRow[]];
  'client.addAdvanced': [ClientAddAdvancedInput, ClientRow[]];
  'client.edit': [ClientEditInput, ClientRow[]];
  'client.editIts': [ClientEditItsInput, ClientRow[]];
  'client.editAdvanced': [ClientEditAdvancedInput, ClientRow[]];
  'client.itsStatusForInn': [ClientItsStatusForInnInput, ClientItsStatusRow[]];
  'client.delete': [ClientDeleteInput, ClientRow[]];
  'client.contactRead': [ClientContactReadInput | undefined, ClientContactRow[]];
  'client.contactEdit': [ClientContactEditInput, ClientContactRow[]];
  'client.vendorRead': [ClientVendorReadInput, ClientRow[]];
  'competence.read': [CompetenceReadInput | undefined, CompetenceRow[]];
  'competence.add': [CompetenceAddInput, CompetenceRow[]];
  'competence.stop': [CompetenceStopInput, CompetenceRow[]];
  'contract.read': [ContractReadInput | undefined, ContractRow[]];
  'contractService.read': [ContractServiceReadInput | undefined, ContractServiceRow[]];
  'contractService.add': [ContractServiceAddInput, ContractServiceRow[]];
  'contractService.delete': [ContractServiceDeleteInput, ContractServiceRow[]];
  'dictionaries.contactTypeRead': [NoInput | undefined, ContactTypeRow[]];
  'dictionaries.roleRead': [NoInput | undefined, RoleRow[]];
  'dictionaries.callStatusTypeRead': [NoInput | undefined, CallStatusTypeRow[]];
  'dictionaries.remoteStatusTypeRead': [NoInput | undefined, RemoteStatusTypeRow[]];
  'dictionaries.remoteAccessTypeRead': [NoInput | undefined, RemoteAccessTypeRow[]];
  'dictionaries.payMethodTypeRead': [NoInput | undefined, PayMethodTypeRow[]];
  'partner.read': [PartnerReadInput | undefined, PartnerRow[]];
  'partner.contactRead': [PartnerContactReadInput | undefined, PartnerContactRow[]];
  'partner.contactEdit': [PartnerContactEditInput, PartnerContactRow[]];
  'partner.roleRead': [NoInput | undefined, PartnerRoleRow[]];
  'partner.regionRead': [NoInput | undefined, PartnerRegionRow[]];
  'partner.vendorRead': [PartnerVendorReadInput, PartnerRow[]];
  'region.read': [RegionReadInput | undefined, RegionRow[]];
  'serviceType.read': [ServiceTypeReadInput | undefined, ServiceTypeRow[]];
  'serviceType.add': [ServiceTypeAddInput, ServiceTypeRow[]];
  'serviceType.edit': [ServiceTypeEditInput, ServiceTypeRow[]];
  'serviceType.delete': [ServiceTypeDeleteInput, ServiceTypeRow[]];
  'service.read': [ServiceReadInput | undefined, ServiceRow[]];
  'service.add': [ServiceAddInput, ServiceRow[]];
  'service.stop': [ServiceStopInput, ServiceRow[]];
  'service.edit': [ServiceEditInput, ServiceRow[]];
  'statistics.read': [StatisticsReadInput | undefined, CallRow[]];
  'statistics.remoteAccessRead': [StatisticsRemoteAccessReadInput | undefined, RemoteSessionRow[]];
  'statistics.sipCallsRead': [StatisticsSipCallsReadInput | undefined, SipCallRow[]];
  'statistics.chatHistoryRead': [StatisticsChatHistoryReadInput, Uint8Array];
  'statistics.chatHistoryColleaguesRead': [StatisticsChatHistoryColleaguesReadInput, Uint8Array];
  'partnerUser.read': [PartnerUserReadInput | undefined, PartnerUserRow[]];
  'partnerUser.readWithBirthday': [PartnerUserReadWithBirthdayInput | undefined, PartnerUserBirthdayRow[]];
  'partnerUser.add': [PartnerUserAddInput, PartnerUserRow[]];
  'partnerUser.setBirthday': [PartnerUserSetBirthdayInput, boolean];
  'partnerUser.edit': [PartnerUserEditInput, PartnerUserRow[]];
  'partnerUser.delete': [PartnerUserDeleteInput, PartnerUserRow[]];
  'partnerUser.contactRead': [PartnerUserContactReadInput | undefined, PartnerUserContactRow[]];
  'partnerUser.contactEdit': [PartnerUserContactEditInput, PartnerUserContactRow[]];
  'clientUser.read': [ClientUserReadInput | undefined, ClientUserRow[]];
  'clientUser.readWithBirthday': [ClientUserReadWithBirthdayInput | undefined, ClientUserBirthdayRow[]];
  'clientUser.add': [ClientUserAddInput, ClientUserRow[]];
  'clientUser.edit': [ClientUserEditInput, ClientUserRow[]];
  'clientUser.setBirthday': [ClientUserSetBirthdayInput, boolean];
  'clientUser.delete': [ClientUserDeleteInput, ClientUserRow[]];
  'clientUser.contactRead': [ClientUserContactReadInput | undefined, ClientUserContactRow[]];
  'clientUser.contactEdit': [ClientUserContactEditInput, ClientUserContactRow[]];
}

/** `[true, true, true, true]` when the operation's schemas are named schemas of exactly its named types. */
type Verdict<K extends keyof Ops & keyof Named> = [
  Equal<InputOf<Ops[K]>, Named[K][0]>,
  Equal<OutputOf<Ops[K]>, Named[K][1]>,
  Equal<Ops[K]['input'], NamedSchema<zc.output<Ops[K]['input']>, Named[K][0]>>,
  Equal<Ops[K]['output'], NamedSchema<Named[K][1]>>,
];

describe('named types', () => {
  it('every operation takes and returns a named type tied to its schemas', () => {
    // compile-time: the named list covers exactly the operations of the tables
    expectTypeOf<keyof Named>().toEqualTypeOf<keyof Ops>();
    // compile-time: each operation's schemas infer exactly its named types, and are named schemas
    expectTypeOf<{ [K in keyof Ops]: Verdict<K> }>().toEqualTypeOf<{
      [K in keyof Ops]: [true, true, true, true];
    }>();
    // run time: the tables hold exactly the operations named above (71 in the document)
    const covered = allOperations().map(({ group, method }) => `${group}.${method}`);
    const named: Record<keyof Named, true> = {
      'accountAccess.emailNotify': true,
      'agentPartner.read': true,
      'agentPartner.add': true,
      'agentPartner.edit': true,
      'agentPartner.delete': true,
      'agentUser.read': true,
      'agentUser.add': true,
      'agentUser.edit': true,
      'agentUser.delete': true,
      'client.read': true,
      'client.readAdvanced': true,
      'client.add': true,
      'client.addIts': true,
      'client.addAdvanced': true,
      'client.edit': true,
      'client.editIts': true,
      'client.editAdvanced': true,
      'client.itsStatusForInn': true,
      'client.delete': true,
      'client.contactRead': true,
      'client.contactEdit': true,
      'client.vendorRead': true,
      'competence.read': true,
      'competence.add': true,
      'competence.stop': true,
      'contract.read': true,
      'contractService.read': true,
      'contractService.add': true,
      'contractService.delete': true,
      'dictionaries.contactTypeRead': true,
      'dictionaries.roleRead': true,
      'dictionaries.callStatusTypeRead': true,
      'dictionaries.remoteStatusTypeRead': true,
      'dictionaries.remoteAccessTypeRead': true,
      'dictionaries.payMethodTypeRead': true,
      'partner.read': true,
      'partner.contactRead': true,
      'partner.contactEdit': true,
      'partner.roleRead': true,
      'partner.regionRead': true,
      'partner.vendorRead': true,
      'region.read': true,
      'serviceType.read': true,
      'serviceType.add': true,
      'serviceType.edit': true,
      'serviceType.delete': true,
      'service.read': true,
      'service.add': true,
      'service.stop': true,
      'service.edit': true,
      'statistics.read': true,
      'statistics.remoteAccessRead': true,
      'statistics.sipCallsRead': true,
      'statistics.chatHistoryRead': true,
      'statistics.chatHistoryColleaguesRead': true,
      'partnerUser.read': true,
      'partnerUser.readWithBirthday': true,
      'partnerUser.add': true,
      'partnerUser.setBirthday': true,
      'partnerUser.edit': true,
      'partnerUser.delete': true,
      'partnerUser.contactRead': true,
      'partnerUser.contactEdit': true,
      'clientUser.read': true,
      'clientUser.readWithBirthday': true,
      'clientUser.add': true,
      'clientUser.edit': true,
      'clientUser.setBirthday': true,
      'clientUser.delete': true,
      'clientUser.contactRead': true,
      'clientUser.contactEdit': true,
    };
    expect(covered.sort()).toEqual(Object.keys(named).sort());
    expect(covered).toHaveLength(71);
  });
});

/** The documented (non-index) members of a type, with their modifiers. */
type Known<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
type Specs = typeof PARAM_SPECS;
type Columns = typeof RESULT_COLUMNS;

describe('WebAPI2 named types', () => {
  it('every operation with known parameters or columns has named params and rows equal to its table entry', () => {
    // compile-time: one named type per table entry, no more, no less
    expectTypeOf<keyof NamedParams>().toEqualTypeOf<keyof Specs>();
    expectTypeOf<keyof NamedRows>().toEqualTypeOf<keyof Columns>();
    // compile-time: each named type has exactly the members its table entry types, and the typed call uses it
    expectTypeOf<{
      [N in keyof Specs]: [
        Equal<Known<NamedParams[N]>, Known<TypedParams<Specs[N]>>>,
        Equal<ParamsOf<N>, NamedParams[N]>,
      ];
    }>().toEqualTypeOf<{ [N in keyof Specs]: [true, true] }>();
    expectTypeOf<{
      [N in keyof Columns]: [
        Equal<Known<NamedRows[N]>, Known<TypedRow<Columns[N]>>>,
        Equal<ResultOf<N>, NamedRows[N][]>,
        Equal<NamedRows[N][string], TypedRow<Columns[N]>[string]>,
      ];
    }>().toEqualTypeOf<{ [N in keyof Columns]: [true, true, true] }>();
    const params: Record<keyof NamedParams, true> = {
      ClientAdditionalParameterValueRead: true,
      ClientRead: true,
      ClientUserEdit: true,
      ClientUserRead: true,
      CompetenceAdd: true,
      DepartmentAdd: true,
      DepartmentDelete: true,
      DepartmentEdit: true,
      DepartmentRead: true,
      GetHistoryOfServiceCalls: true,
      GetHistoryOfServiceFileTransfer: true,
      GetHistoryOfServiceTreatments: true,
      GetOpenedServiceTreatments: true,
      RegionRead: true,
      SpecialistAdd: true,
      SpecialistRead: true,
      UserServiceLineRead: true,
      ServiceKindDelete: true,
      ServiceRequestAdd: true,
      ServiceRequestTypeDelete: true,
    };
    const rows: Record<keyof NamedRows, true> = {
      ClientAdditionalParameterValueRead: true,
      ClientRead: true,
      DepartmentRead: true,
      GetOpenedServiceTreatments: true,
      RegionRead: true,
      SpecialistRead: true,
      UserServiceLineRead: true,
    };
    expect(Object.keys(PARAM_SPECS).sort()).toEqual(Object.keys(params).sort());
    expect(Object.keys(RESULT_COLUMNS).sort()).toEqual(Object.keys(rows).sort());
  });
});
