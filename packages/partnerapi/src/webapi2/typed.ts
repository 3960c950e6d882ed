import type { Cell, Row } from '../soap/cells.js';
import type { NamedParams, NamedRows } from './named-types.js';
import type { WebApi2OperationName } from './operations.generated.js';
import type { ParamSpec, WebApi2Data, WebApi2Params, WebApi2Value } from './wire.js';

/**
 * Parameters and result columns known from the vendor's wiki, live recordings and a third-party
 * client (spec/webapi2/ops.json). Parameters not listed here may still be passed: the Params
 * Structure is open, and several wiki pages were cut short.
 */

const id = { kind: 'string' } as const;
const reqId = { kind: 'string', required: true } as const;
const dt = { kind: 'datetime' } as const;
const str = (max?: number) =>
  max === undefined ? ({ kind: 'string' } as const) : ({ kind: 'string', max } as const);

/** Known parameters per operation. */
export const PARAM_SPECS = {
  ClientAdditionalParameterValueRead: { ClientParameterID: id, ClientID: id },
  ClientRead: { ChangedFrom: dt },
  ClientUserEdit: {
    ClientUserID: reqId,
    Name: str(20),
    Surname: str(20),
    SecondaryName: str(20),
    Password: str(10),
    Birthday: { kind: 'date' },
    Post: str(50),
    DepartmentID: id,
    Phone: str(320),
    EMail: str(320),
  },
  ClientUserRead: { ChangedFrom: dt, ClientID: id },
  CompetenceAdd: {
    SpecialistID: reqId,
    ServiceID: reqId,
    Priority: { kind: 'number', values: [0, 1, 2, 3] },
  },
  DepartmentAdd: { Name: { kind: 'string', required: true, max: 100 } },
  DepartmentDelete: { DepartmentID: reqId },
  DepartmentEdit: { DepartmentID: reqId, Name: str(100) },
  DepartmentRead: { ChangedFrom: dt },
  GetHistoryOfServiceCalls: { PeriodFrom: dt, PeriodTo: dt, ClientID: id, ServiceUserID: id, ServiceID: id },
  GetHistoryOfServiceFileTransfer: { PeriodFrom: dt, PeriodTo: dt, OwnerUserID: id, ServiceID: id },
  GetHistoryOfServiceTreatments: {
    OpenedFrom: dt,
    OpenedTo: dt,
    ClosedFrom: dt,
    ClosedTo: dt,
    ClientID: id,
    ServiceUserID: id,
  },
  GetOpenedServiceTreatments: {
    OpenedFrom: { kind: 'datetime', required: true },
    OpenedTo: dt,
    ClientID: id,
    ServiceUserID: id,
    ServiceID: id,
    SpecialistID: id,
  },
  RegionRead: {},
  SpecialistAdd: {
    Name: { kind: 'string', required: true, max: 20 },
    email: { kind: 'string', required: true, max: 320 },
    Surname: str(20),
    SecondaryName: str(20),
    Password: str(),
    Birthday: { kind: 'date' },
    Post: str(50),
    DepartmentID: id,
    Phone: str(320),
  },
  SpecialistRead: { ChangedFrom: dt },
  UserServiceLineRead: { ChangedFrom: dt },
  ServiceKindDelete: { ServiceKindID: reqId },
  ServiceRequestAdd: {
    ServiceRequestChannelID: id,
    ServiceLineKindID: id,
    ServiceKindID: id,
    ServiceRequestTypeID: id,
    UserID: id,
    ExecutorID: id,
    ServiceRequestStatusID: id,
    Description: str(8000),
    Duration: { kind: 'number' },
    Summary: str(1000),
    Priority: { kind: 'string', values: ['LOW', 'STANDARD', 'HIGH'] },
    Deadline: str(1000),
    Field1: str(1000),
    Field2: str(1000),
    Field3: str(1000),
    Field4: str(1000),
    Field5: str(1000),
  },
  ServiceRequestTypeDelete: { ServiceRequestTypeID: reqId },
} as const satisfies Partial<Record<WebApi2OperationName, Record<string, ParamSpec>>>;

/** Column kinds of known results (values are typed by each cell's own `xsi:type`). */
export type ColumnKind = 'id' | 'string' | 'datetime' | 'number' | 'boolean';

/** The person columns specialists and client users share, in the order both answers send them. */
export const PERSON_COLUMNS = {
  Name: 'string',
  Surname: 'string',
  SecondaryName: 'string',
  Birthday: 'datetime',
  Post: 'string',
  DepartmentID: 'id',
  Phone: 'string',
  EMail: 'string',
} as const satisfies Record<string, ColumnKind>;

/** Documented result columns per operation (ValueTable answers). */
export const RESULT_COLUMNS = {
  ClientAdditionalParameterValueRead: {
    ClientParameterID: 'id',
    ClientID: 'id',
    Value: 'string',
    Color: 'string',
  },
  ClientRead: { ClientID: 'id', Name: 'string', FullName: 'string' },
  DepartmentRead: { DepartmentID: 'id', Name: 'string', Deleted: 'boolean' },
  GetOpenedServiceTreatments: {
    ServiceTreatmentID: 'id',
    ClientID: 'id',
    ServiceUserID: 'id',
    ServiceID: 'id',
    Initialized: 'datetime',
    SpecAppointed: 'datetime',
    QueueWaitingTime: 'number',
    CurrentSpecialist: 'id',
    ReactionStarted: 'datetime',
    QueueLength: 'number',
  },
  RegionRead: { RegionID: 'id', RegionName: 'string' },
  SpecialistRead: {
    SpecialistID: 'id',
    CreatedAt: 'datetime',
    Deleted: 'boolean',
    Login: 'number',
    ...PERSON_COLUMNS,
  },
  UserServiceLineRead: {
    ServiceUserID: 'id',
    ServiceID: 'id',
    CreateTime: 'datetime',
    ActivateDate: 'datetime',
    ExpiresDate: 'datetime',
  },
} as const satisfies Partial<Record<WebApi2OperationName, Record<string, ColumnKind>>>;

/** Operations whose success answer carries no data (ResultData nil or absent). */
export const EMPTY_RESULT = ['ClientUserEdit', 'ServiceKindDelete', 'ServiceRequestTypeDelete'] as const;

type ValueOfKind<K> = K extends 'datetime'
  ? string | Date
  : K extends 'date'
    ? string | Date
    : K extends 'number'
      ? number
      : K extends 'boolean'
        ? boolean
        : K extends 'bytes'
          ? Uint8Array
          : string;

type SpecValue<S> = S extends { values: readonly (infer V)[] }
  ? V
  : S extends { kind: infer K }
    ? ValueOfKind<K>
    : never;
type RequiredKeys<P> = { [K in keyof P]: P[K] extends { required: true } ? K : never }[keyof P];

/** Typed parameters of an operation from its {@link PARAM_SPECS} entry; further parameters stay open. */
export type TypedParams<P> = { [K in RequiredKeys<P>]: SpecValue<P[K]> } & {
  [K in Exclude<keyof P, RequiredKeys<P>>]?: SpecValue<P[K]> | null;
} & WebApi2Params;

type CellOfKind<K> = K extends 'boolean'
  ? boolean | null
  : K extends 'number'
    ? number | null
    : K extends 'datetime'
      ? string | null
      : string | null;

/** A typed row of an operation from its {@link RESULT_COLUMNS} entry; unknown columns are kept. */
export type TypedRow<C> = { [K in keyof C]: CellOfKind<C[K]> } & { [column: string]: Cell };

type DirectElements<L> = L extends readonly (readonly [infer N extends string, infer T])[]
  ? { [K in N]: T extends 'base64Binary' ? Uint8Array : string }
  : never;

/** Parameters of an operation, by wire name. */
export type ParamsOf<N extends WebApi2OperationName> = N extends keyof NamedParams
  ? NamedParams[N]
  : typeof import('./operations.generated.js').WEBAPI2_OPERATIONS[N]['request'] extends 'params'
    ? WebApi2Params
    : DirectElements<typeof import('./operations.generated.js').WEBAPI2_OPERATIONS[N]['request']>;

/** The decoded result of an operation, by wire name. */
export type ResultOf<N extends WebApi2OperationName> = N extends keyof NamedRows
  ? NamedRows[N][]
  : N extends (typeof EMPTY_RESULT)[number]
    ? undefined
    : N extends 'ServiceRequestDownloadFile'
      ? DownloadedFile
      : WebApi2Data;

/** What ServiceRequestDownloadFile returns. */
export interface DownloadedFile {
  /** The file's bytes (`fileData`). */
  fileData: Uint8Array;
  /** Decoded `ResultData` (file attributes, when the server sends any). */
  data: WebApi2Data;
}

/** A row of any ValueTable answer, typed by its cells' `xsi:type`. */
export type WebApi2Row = Row;

/** A value of a {@link WebApi2Params} item (re-exported for convenience). */
export type { WebApi2Value };
