/**
 * Stateful SOAP emulators of the 1С-Коннект PartnerAPI and PartnerWebAPI2 for tests and demos
 * (Node only), both on the emulator kit of `@x/core/testing`: fetch handler, loopback server,
 * seeding, fault injection, request journal and per-operation counters; msw handlers for either
 * come from `@x/partnerapi/testing/msw`.
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
