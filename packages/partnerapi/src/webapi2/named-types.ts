// Named parameters and rows of the WebAPI2 operations whose parameters or columns are known
// (PARAM_SPECS, RESULT_COLUMNS in typed.ts), so hovers and declarations show names; tied to those
// tables by test/named-types.test.ts.
import type { Cell } from '../soap/cells.js';
import type { WebApi2Params } from './wire.js';

/** Parameters of the reads that can be limited to the records changed since a moment (`ClientRead`, `DepartmentRead`, …). */
export interface WebApi2ChangedSinceParams extends WebApi2Params {
  /** Only records changed since this moment (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  ChangedFrom?: string | Date | null;
}

/** Parameters of `ClientAdditionalParameterValueRead`; parameters not listed may still be passed (the Params Structure is open). */
export interface ClientAdditionalParameterValueReadParams extends WebApi2Params {
  /** Client additional parameter УИД; optional (`null` or left out: not sent). */
  ClientParameterID?: string | null;
  /** Client УИД; optional (`null` or left out: not sent). */
  ClientID?: string | null;
}

/** Parameters of `ClientRead`; parameters not listed may still be passed (the Params Structure is open). */
export interface ClientReadParams extends WebApi2ChangedSinceParams {}

/** The optional person parameters `ClientUserEdit` and `SpecialistAdd` share. */
export interface WebApi2PersonParams {
  /** Family name, at most 20 characters; optional (`null` or left out: not sent). */
  Surname?: string | null;
  /** Patronymic, at most 20 characters; optional (`null` or left out: not sent). */
  SecondaryName?: string | null;
  /** Birthday (personal data): ISO string or `Date`; optional (`null` or left out: not sent). */
  Birthday?: string | Date | null;
  /** Position, at most 50 characters; optional (`null` or left out: not sent). */
  Post?: string | null;
  /** Department УИД; optional (`null` or left out: not sent). */
  DepartmentID?: string | null;
  /** Phone, at most 320 characters; optional (`null` or left out: not sent). */
  Phone?: string | null;
}

/** Parameters of `ClientUserEdit`; parameters not listed may still be passed (the Params Structure is open). */
export interface ClientUserEditParams extends WebApi2Params, WebApi2PersonParams {
  /** Client user УИД. */
  ClientUserID: string;
  /** First name, at most 20 characters; optional (`null` or left out: not sent). */
  Name?: string | null;
  /** Password (a secret, masked in logs), at most 10 characters; optional (`null` or left out: not sent). */
  Password?: string | null;
  /** E-mail address, at most 320 characters; optional (`null` or left out: not sent). */
  EMail?: string | null;
}

/** Parameters of `ClientUserRead`; parameters not listed may still be passed (the Params Structure is open). */
export interface ClientUserReadParams extends WebApi2ChangedSinceParams {
  /** Client УИД; optional (`null` or left out: not sent). */
  ClientID?: string | null;
}

/** Parameters of `CompetenceAdd`; parameters not listed may still be passed (the Params Structure is open). */
export interface CompetenceAddParams extends WebApi2Params {
  /** Specialist УИД. */
  SpecialistID: string;
  /** Support line (service) УИД. */
  ServiceID: string;
  /** Priority; optional (`null` or left out: not sent). */
  Priority?: 0 | 1 | 2 | 3 | null;
}

/** Parameters of `DepartmentAdd`; parameters not listed may still be passed (the Params Structure is open). */
export interface DepartmentAddParams extends WebApi2Params {
  /** First name, at most 100 characters. */
  Name: string;
}

/** Parameters of `DepartmentDelete`; parameters not listed may still be passed (the Params Structure is open). */
export interface DepartmentDeleteParams extends WebApi2Params {
  /** Department УИД. */
  DepartmentID: string;
}

/** Parameters of `DepartmentEdit`; parameters not listed may still be passed (the Params Structure is open). */
export interface DepartmentEditParams extends WebApi2Params {
  /** Department УИД. */
  DepartmentID: string;
  /** First name, at most 100 characters; optional (`null` or left out: not sent). */
  Name?: string | null;
}

/** Parameters of `DepartmentRead`; parameters not listed may still be passed (the Params Structure is open). */
export interface DepartmentReadParams extends WebApi2ChangedSinceParams {}

/** Parameters of `GetHistoryOfServiceCalls`; parameters not listed may still be passed (the Params Structure is open). */
export interface GetHistoryOfServiceCallsParams extends WebApi2Params {
  /** Start of the period (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  PeriodFrom?: string | Date | null;
  /** End of the period (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  PeriodTo?: string | Date | null;
  /** Client УИД; optional (`null` or left out: not sent). */
  ClientID?: string | null;
  /** Service user УИД; optional (`null` or left out: not sent). */
  ServiceUserID?: string | null;
  /** Support line (service) УИД; optional (`null` or left out: not sent). */
  ServiceID?: string | null;
}

/** Parameters of `GetHistoryOfServiceFileTransfer`; parameters not listed may still be passed (the Params Structure is open). */
export interface GetHistoryOfServiceFileTransferParams extends WebApi2Params {
  /** Start of the period (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  PeriodFrom?: string | Date | null;
  /** End of the period (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  PeriodTo?: string | Date | null;
  /** User who owns the file; optional (`null` or left out: not sent). */
  OwnerUserID?: string | null;
  /** Support line (service) УИД; optional (`null` or left out: not sent). */
  ServiceID?: string | null;
}

/** Parameters of `GetHistoryOfServiceTreatments`; parameters not listed may still be passed (the Params Structure is open). */
export interface GetHistoryOfServiceTreatmentsParams extends WebApi2Params {
  /** Opened at or after (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  OpenedFrom?: string | Date | null;
  /** Opened at or before (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  OpenedTo?: string | Date | null;
  /** Closed at or after (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  ClosedFrom?: string | Date | null;
  /** Closed at or before (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  ClosedTo?: string | Date | null;
  /** Client УИД; optional (`null` or left out: not sent). */
  ClientID?: string | null;
  /** Service user УИД; optional (`null` or left out: not sent). */
  ServiceUserID?: string | null;
}

/** Parameters of `GetOpenedServiceTreatments`; parameters not listed may still be passed (the Params Structure is open). */
export interface GetOpenedServiceTreatmentsParams extends WebApi2Params {
  /** Opened at or after (Moscow wall-clock): ISO string or `Date`. */
  OpenedFrom: string | Date;
  /** Opened at or before (Moscow wall-clock): ISO string or `Date`; optional (`null` or left out: not sent). */
  OpenedTo?: string | Date | null;
  /** Client УИД; optional (`null` or left out: not sent). */
  ClientID?: string | null;
  /** Service user УИД; optional (`null` or left out: not sent). */
  ServiceUserID?: string | null;
  /** Support line (service) УИД; optional (`null` or left out: not sent). */
  ServiceID?: string | null;
  /** Specialist УИД; optional (`null` or left out: not sent). */
  SpecialistID?: string | null;
}

/** Parameters of `RegionRead`: none are documented; further ones may still be passed. */
export type RegionReadParams = WebApi2Params;

/** Parameters of `SpecialistAdd`; parameters not listed may still be passed (the Params Structure is open). */
export interface SpecialistAddParams extends WebApi2Params, WebApi2PersonParams {
  /** First name, at most 20 characters. */
  Name: string;
  /** E-mail address (the login), at most 320 characters. */
  email: string;
  /** Password (a secret, masked in logs); optional (`null` or left out: not sent). */
  Password?: string | null;
}

/** Parameters of `SpecialistRead`; parameters not listed may still be passed (the Params Structure is open). */
export interface SpecialistReadParams extends WebApi2ChangedSinceParams {}

/** Parameters of `UserServiceLineRead`; parameters not listed may still be passed (the Params Structure is open). */
export interface UserServiceLineReadParams extends WebApi2ChangedSinceParams {}

/** Parameters of `ServiceKindDelete`; parameters not listed may still be passed (the Params Structure is open). */
export interface ServiceKindDeleteParams extends WebApi2Params {
  /** Service kind УИД. */
  ServiceKindID: string;
}

/** Parameters of `ServiceRequestAdd`; parameters not listed may still be passed (the Params Structure is open). */
export interface ServiceRequestAddParams extends WebApi2Params {
  /** Request channel УИД; optional (`null` or left out: not sent). */
  ServiceRequestChannelID?: string | null;
  /** Support line kind УИД; optional (`null` or left out: not sent). */
  ServiceLineKindID?: string | null;
  /** Service kind УИД; optional (`null` or left out: not sent). */
  ServiceKindID?: string | null;
  /** Request type УИД; optional (`null` or left out: not sent). */
  ServiceRequestTypeID?: string | null;
  /** User УИД; optional (`null` or left out: not sent). */
  UserID?: string | null;
  /** Executor УИД; optional (`null` or left out: not sent). */
  ExecutorID?: string | null;
  /** Request status УИД; optional (`null` or left out: not sent). */
  ServiceRequestStatusID?: string | null;
  /** Description, at most 8000 characters; optional (`null` or left out: not sent). */
  Description?: string | null;
  /** Duration; optional (`null` or left out: not sent). */
  Duration?: number | null;
  /** Summary, at most 1000 characters; optional (`null` or left out: not sent). */
  Summary?: string | null;
  /** Priority; optional (`null` or left out: not sent). */
  Priority?: 'LOW' | 'STANDARD' | 'HIGH' | null;
  /** Deadline, as text, at most 1000 characters; optional (`null` or left out: not sent). */
  Deadline?: string | null;
  /** Custom field 1, at most 1000 characters; optional (`null` or left out: not sent). */
  Field1?: string | null;
  /** Custom field 2, at most 1000 characters; optional (`null` or left out: not sent). */
  Field2?: string | null;
  /** Custom field 3, at most 1000 characters; optional (`null` or left out: not sent). */
  Field3?: string | null;
  /** Custom field 4, at most 1000 characters; optional (`null` or left out: not sent). */
  Field4?: string | null;
  /** Custom field 5, at most 1000 characters; optional (`null` or left out: not sent). */
  Field5?: string | null;
}

/** Parameters of `ServiceRequestTypeDelete`; parameters not listed may still be passed (the Params Structure is open). */
export interface ServiceRequestTypeDeleteParams extends WebApi2Params {
  /** Request type УИД. */
  ServiceRequestTypeID: string;
}

/** A documented row as the vendor sends it: the columns listed, and any others kept as they came. */
export interface WebApi2VendorRow {
  /** Columns the vendor adds and the SDK does not know yet, typed by their `xsi:type`. */
  [column: string]: Cell;
}

/** A row of `ClientAdditionalParameterValueRead`; `null` where the cell is nil or absent. Columns not listed are kept as sent. */
export interface ClientAdditionalParameterValueReadRow extends WebApi2VendorRow {
  /** Client additional parameter УИД. */
  readonly ClientParameterID: string | null;
  /** Client УИД. */
  readonly ClientID: string | null;
  /** Value. */
  readonly Value: string | null;
  /** Colour. */
  readonly Color: string | null;
}

/** A row of `ClientRead`; `null` where the cell is nil or absent. Columns not listed are kept as sent. */
export interface ClientReadRow extends WebApi2VendorRow {
  /** Client УИД. */
  readonly ClientID: string | null;
  /** Name. */
  readonly Name: string | null;
  /** Full name. */
  readonly FullName: string | null;
}

/** A row of `DepartmentRead`; `null` where the cell is nil or absent. Columns not listed are kept as sent. */
export interface DepartmentReadRow extends WebApi2VendorRow {
  /** Department УИД. */
  readonly DepartmentID: string | null;
  /** Name. */
  readonly Name: string | null;
  /** Whether it is deleted. */
  readonly Deleted: boolean | null;
}

/** A row of `GetOpenedServiceTreatments`; `null` where the cell is nil or absent. Columns not listed are kept as sent. */
export interface GetOpenedServiceTreatmentsRow extends WebApi2VendorRow {
  /** Treatment (обращение) УИД. */
  readonly ServiceTreatmentID: string | null;
  /** Client УИД. */
  readonly ClientID: string | null;
  /** Service user УИД. */
  readonly ServiceUserID: string | null;
  /** Support line (service) УИД. */
  readonly ServiceID: string | null;
  /** When the treatment was opened (Moscow wall-clock, ISO without offset). */
  readonly Initialized: string | null;
  /** When a specialist was appointed (Moscow wall-clock, ISO without offset). */
  readonly SpecAppointed: string | null;
  /** Time waited in the queue. */
  readonly QueueWaitingTime: number | null;
  /** Specialist now handling it. */
  readonly CurrentSpecialist: string | null;
  /** When the reaction started (Moscow wall-clock, ISO without offset). */
  readonly ReactionStarted: string | null;
  /** Queue length. */
  readonly QueueLength: number | null;
}

/** A row of `RegionRead`; `null` where the cell is nil or absent. Columns not listed are kept as sent. */
export interface RegionReadRow extends WebApi2VendorRow {
  /** Region УИД. */
  readonly RegionID: string | null;
  /** Region name. */
  readonly RegionName: string | null;
}

/** A row of `SpecialistRead`; `null` where the cell is nil or absent. Columns not listed are kept as sent. */
export interface SpecialistReadRow extends WebApi2VendorRow {
  /** Specialist УИД. */
  readonly SpecialistID: string | null;
  /** When it was created (Moscow wall-clock, ISO without offset). */
  readonly CreatedAt: string | null;
  /** Whether it is deleted. */
  readonly Deleted: boolean | null;
  /** Login number. */
  readonly Login: number | null;
  /** Name. */
  readonly Name: string | null;
  /** Family name. */
  readonly Surname: string | null;
  /** Patronymic. */
  readonly SecondaryName: string | null;
  /** Birthday (personal data) (Moscow wall-clock, ISO without offset). */
  readonly Birthday: string | null;
  /** Position. */
  readonly Post: string | null;
  /** Department УИД. */
  readonly DepartmentID: string | null;
  /** Phone. */
  readonly Phone: string | null;
  /** E-mail address. */
  readonly EMail: string | null;
}

/** A row of `UserServiceLineRead`; `null` where the cell is nil or absent. Columns not listed are kept as sent. */
export interface UserServiceLineReadRow extends WebApi2VendorRow {
  /** Service user УИД. */
  readonly ServiceUserID: string | null;
  /** Support line (service) УИД. */
  readonly ServiceID: string | null;
  /** When it was created (Moscow wall-clock, ISO without offset). */
  readonly CreateTime: string | null;
  /** When it was activated (Moscow wall-clock, ISO without offset). */
  readonly ActivateDate: string | null;
  /** When it expires (Moscow wall-clock, ISO without offset). */
  readonly ExpiresDate: string | null;
}

/** The named parameters of each operation with known parameters, by wire name. */
export interface NamedParams {
  /** Parameters of `ClientAdditionalParameterValueRead`. */
  ClientAdditionalParameterValueRead: ClientAdditionalParameterValueReadParams;
  /** Parameters of `ClientRead`. */
  ClientRead: ClientReadParams;
  /** Parameters of `ClientUserEdit`. */
  ClientUserEdit: ClientUserEditParams;
  /** Parameters of `ClientUserRead`. */
  ClientUserRead: ClientUserReadParams;
  /** Parameters of `CompetenceAdd`. */
  CompetenceAdd: CompetenceAddParams;
  /** Parameters of `DepartmentAdd`. */
  DepartmentAdd: DepartmentAddParams;
  /** Parameters of `DepartmentDelete`. */
  DepartmentDelete: DepartmentDeleteParams;
  /** Parameters of `DepartmentEdit`. */
  DepartmentEdit: DepartmentEditParams;
  /** Parameters of `DepartmentRead`. */
  DepartmentRead: DepartmentReadParams;
  /** Parameters of `GetHistoryOfServiceCalls`. */
  GetHistoryOfServiceCalls: GetHistoryOfServiceCallsParams;
  /** Parameters of `GetHistoryOfServiceFileTransfer`. */
  GetHistoryOfServiceFileTransfer: GetHistoryOfServiceFileTransferParams;
  /** Parameters of `GetHistoryOfServiceTreatments`. */
  GetHistoryOfServiceTreatments: GetHistoryOfServiceTreatmentsParams;
  /** Parameters of `GetOpenedServiceTreatments`. */
  GetOpenedServiceTreatments: GetOpenedServiceTreatmentsParams;
  /** Parameters of `RegionRead`. */
  RegionRead: RegionReadParams;
  /** Parameters of `SpecialistAdd`. */
  SpecialistAdd: SpecialistAddParams;
  /** Parameters of `SpecialistRead`. */
  SpecialistRead: SpecialistReadParams;
  /** Parameters of `UserServiceLineRead`. */
  UserServiceLineRead: UserServiceLineReadParams;
  /** Parameters of `ServiceKindDelete`. */
  ServiceKindDelete: ServiceKindDeleteParams;
  /** Parameters of `ServiceRequestAdd`. */
  ServiceRequestAdd: ServiceRequestAddParams;
  /** Parameters of `ServiceRequestTypeDelete`. */
  ServiceRequestTypeDelete: ServiceRequestTypeDeleteParams;
}

/** The named row of each operation with known columns, by wire name. */
export interface NamedRows {
  /** Row of `ClientAdditionalParameterValueRead`. */
  ClientAdditionalParameterValueRead: ClientAdditionalParameterValueReadRow;
  /** Row of `ClientRead`. */
  ClientRead: ClientReadRow;
  /** Row of `DepartmentRead`. */
  DepartmentRead: DepartmentReadRow;
  /** Row of `GetOpenedServiceTreatments`. */
  GetOpenedServiceTreatments: GetOpenedServiceTreatmentsRow;
  /** Row of `RegionRead`. */
  RegionRead: RegionReadRow;
  /** Row of `SpecialistRead`. */
  SpecialistRead: SpecialistReadRow;
  /** Row of `UserServiceLineRead`. */
  UserServiceLineRead: UserServiceLineReadRow;
}
