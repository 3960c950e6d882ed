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
export { isValidRegNumber, twoMonthsBack } from './schemas/params.js';
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
