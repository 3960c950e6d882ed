/**
 * @x/partnerapi/webapi2 — typed SOAP client of the 1С-Коннект PartnerWebAPI2, the partner service
 * in use today: all 87 operations by wire name and in method groups, `ResultCode` errors, an
 * incremental sync helper, history windows and client-side hourly budgets. Shares the SOAP core of
 * `@x/partnerapi` but not its code: importing one does not bundle the other.
 * @packageDocumentation
 */
export {
  PartnerWebApi2Client,
  type PartnerWebApi2ClientOptions,
  WEBAPI2_ENDPOINTS,
  WEBAPI2_NAMESPACE,
  type WebApi2Group,
} from './client.js';
export { PartnerWebApi2Error, type PartnerWebApi2ErrorInit, SUCCESS, resultCodeError } from './errors.js';
export { WEBAPI2_GROUPS, type WebApi2GroupName } from './groups.js';
export {
  type BudgetStore,
  DEFAULT_NIGHT_HOURS,
  MemoryBudgetStore,
  type NightHours,
  RateLimiter,
  type RateLimiterOptions,
  publishedLimits,
} from './limits.js';
export {
  WEBAPI2_OPERATIONS,
  type WebApi2Limits,
  type WebApi2OperationInfo,
  type WebApi2OperationName,
  type WebApi2RequestLayout,
} from './operations.generated.js';
export { WEBAPI2_PERSONAL_FIELDS, WEBAPI2_PERSONAL_VALUES } from './personal.js';
export {
  HISTORY_WINDOWS,
  type HistoryOperation,
  SYNC_KEYS,
  type SyncBatch,
  type SyncCursor,
  type SyncOperation,
  type SyncOptions,
  fingerprint,
} from './sync.js';
export {
  type ColumnKind,
  type DownloadedFile,
  EMPTY_RESULT,
  PARAM_SPECS,
  type ParamsOf,
  RESULT_COLUMNS,
  type ResultOf,
  type TypedParams,
  type TypedRow,
  type WebApi2Row,
} from './typed.js';
export {
  type EncodeOptions,
  type ParamKind,
  type ParamSpec,
  type WebApi2Answer,
  type WebApi2Data,
  type WebApi2Params,
  type WebApi2Structure,
  type WebApi2Value,
  decodeData,
  decodeWebApi2Answer,
  encodeWebApi2Request,
} from './wire.js';
export type {
  ClientAdditionalParameterValueReadParams,
  ClientAdditionalParameterValueReadRow,
  ClientReadParams,
  ClientReadRow,
  ClientUserEditParams,
  ClientUserReadParams,
  CompetenceAddParams,
  DepartmentAddParams,
  DepartmentDeleteParams,
  DepartmentEditParams,
  DepartmentReadParams,
  DepartmentReadRow,
  GetHistoryOfServiceCallsParams,
  GetHistoryOfServiceFileTransferParams,
  GetHistoryOfServiceTreatmentsParams,
  GetOpenedServiceTreatmentsParams,
  GetOpenedServiceTreatmentsRow,
  NamedParams,
  NamedRows,
  RegionReadParams,
  RegionReadRow,
  ServiceKindDeleteParams,
  ServiceRequestAddParams,
  ServiceRequestTypeDeleteParams,
  SpecialistAddParams,
  SpecialistReadParams,
  WebApi2PersonParams,
  SpecialistReadRow,
  UserServiceLineReadParams,
  UserServiceLineReadRow,
  WebApi2ChangedSinceParams,
  WebApi2VendorRow,
} from './named-types.js';
export type { Cell, Row } from '../soap/cells.js';
export type { SoapVersion } from '../soap/envelope.js';
