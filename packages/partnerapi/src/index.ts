/**
 * @x/partnerapi — typed SOAP client of the 1С-Коннект PartnerAPI (document version 1.20): all 71
 * operations grouped by object, a safe and fast XML core, typed errors.
 * @packageDocumentation
 */
export { PartnerApiClient, type PartnerApiClientOptions } from './client.js';
export { DEFAULT_NAMESPACE, DEFAULT_SERVICE, ENDPOINTS, type Endpoint } from './endpoints.js';
export {
  DOCUMENTED_MESSAGES,
  PartnerApiError,
  type PartnerApiErrorInit,
  type PartnerApiErrorReason,
} from './errors.js';
export { type OperationEntry, allOperations, operationGroups, operationsByWire } from './operations/index.js';
export type { VendorRow } from './schemas/fields.js';
export { isValidRegNumber, twoMonthsBack } from './schemas/params.js';
export type {
  AgentPartnerRow,
  AgentUserRow,
} from './schemas/agent.js';
export type {
  CompetenceRow,
  ContractRow,
  ContractServiceRow,
  RegionRow,
  ServiceRow,
  ServiceTypeRow,
} from './schemas/catalog.js';
export type {
  ClientContactRow,
  ClientItsStatusRow,
  ClientRow,
} from './schemas/client.js';
export type {
  CallStatusTypeRow,
  ContactTypeRow,
  PayMethodTypeRow,
  RemoteAccessTypeRow,
  RemoteStatusTypeRow,
  RoleRow,
} from './schemas/dictionaries.js';
export type {
  PartnerContactRow,
  PartnerRegionRow,
  PartnerRoleRow,
  PartnerRow,
} from './schemas/partner.js';
export type {
  CallRow,
  RemoteSessionRow,
  SipCallRow,
} from './schemas/statistics.js';
export type {
  ClientUserBirthdayRow,
  ClientUserContactRow,
  ClientUserRow,
  PartnerUserBirthdayRow,
  PartnerUserContactRow,
  PartnerUserRow,
} from './schemas/users.js';
export type { AccountAccessEmailNotifyInput } from './operations/account-access.js';
export type { ContactEditFields } from './operations/contact.js';
export type {
  AgentPartnerAddInput,
  AgentPartnerDeleteInput,
  AgentPartnerEditInput,
  AgentPartnerReadInput,
  AgentUserAddInput,
  AgentUserDeleteInput,
  AgentUserEditInput,
  AgentUserReadInput,
} from './operations/agent.js';
export type {
  ClientAddAdvancedInput,
  ClientDetails,
  ClientAddInput,
  ClientAddItsInput,
  ClientContactEditInput,
  ClientContactReadInput,
  ClientDeleteInput,
  ClientEditAdvancedInput,
  ClientEditInput,
  ClientEditItsInput,
  ClientItsStatusForInnInput,
  ClientReadAdvancedInput,
  ClientReadInput,
  ClientVendorReadInput,
} from './operations/client.js';
export type {
  CompetenceAddInput,
  CompetenceReadInput,
  CompetenceStopInput,
} from './operations/competence.js';
export type {
  ContractReadInput,
  ContractServiceAddInput,
  ContractServiceDeleteInput,
  ContractServiceReadInput,
} from './operations/contract.js';
export type { NoInput } from './operations/define.js';
export type {
  PartnerContactEditInput,
  PartnerContactReadInput,
  PartnerReadInput,
  PartnerVendorReadInput,
} from './operations/partner.js';
export type { RegionReadInput } from './operations/region.js';
export type {
  ServiceTypeAddInput,
  ServiceTypeDeleteInput,
  ServiceTypeEditInput,
  ServiceTypeReadInput,
} from './operations/service-type.js';
export type {
  ServiceAddInput,
  ServiceEditInput,
  ServiceReadInput,
  ServiceStopInput,
} from './operations/service.js';
export type {
  StatisticsChatHistoryColleaguesReadInput,
  StatisticsChatHistoryReadInput,
  StatisticsChatPeriod,
  StatisticsReadInput,
  StatisticsRemoteAccessReadInput,
  StatisticsSipCallsReadInput,
} from './operations/statistics.js';
export type {
  ClientUserAddInput,
  ClientUserContactEditInput,
  ClientUserContactReadInput,
  ClientUserDeleteInput,
  ClientUserEditInput,
  ClientUserReadInput,
  ClientUserReadWithBirthdayInput,
  ClientUserSetBirthdayInput,
  PartnerUserAddInput,
  PartnerUserContactEditInput,
  PartnerUserContactReadInput,
  PartnerUserDeleteInput,
  PartnerUserEditInput,
  PartnerUserReadInput,
  PartnerUserReadWithBirthdayInput,
  PartnerUserSetBirthdayInput,
} from './operations/users.js';
export type { Cell, Row, SoapResult } from './soap/cells.js';
export {
  type OperandForm,
  type Operand,
  type SoapVersion,
  type WireType,
  buildEnvelope,
  soapAction,
  soapHeaders,
} from './soap/envelope.js';
export {
  type ColumnType,
  type Columns,
  type ParamSpec,
  type ParamType,
  type PartnerOpMeta,
  type ResultSpec,
  decodeEnvelope,
  decodeGeneral,
  encodeRequest,
} from './wire.js';
