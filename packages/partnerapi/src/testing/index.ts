/**
 * Stateful SOAP emulator of the 1С-Коннект PartnerAPI for tests and demos (Node only): fetch
 * handler, loopback server, seeding, fault injection and per-operation counters; msw handlers come
 * from `@x/partnerapi/testing/msw`.
 * @packageDocumentation
 */
export {
  PartnerApiEmulator,
  type PartnerApiEmulatorOptions,
  type PartnerApiRequest,
  type PartnerApiRequestDetails,
  type ReceivedOperand,
  soapFault,
} from './emulator.js';
export type { EmulatorFault, EmulatorServer, RecordedRequest } from '@x/core/testing';
export { DEFAULT_IDS, defaultSeed } from './defaults.js';
export { EmulatorState, type SeedData } from './state.js';
export type * from './state.js';
export { type ResultForm, answerXml, faultXml, namedRowsXml, valueTableXml } from './xml.js';
export { wsdlXml } from './wsdl.js';
export * from './webapi2/index.js';
