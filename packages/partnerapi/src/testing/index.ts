/**
 * Stateful SOAP emulator of the 1С-Коннект PartnerAPI for tests and demos (Node only): fetch
 * handler, msw handlers, loopback server, seeding, fault injection and per-operation counters.
 * @packageDocumentation
 */
export {
  type InjectedFault,
  PartnerApiEmulator,
  type PartnerApiEmulatorOptions,
  type ReceivedOperand,
  type ReceivedRequest,
} from './emulator.js';
export { DEFAULT_IDS, defaultSeed } from './defaults.js';
export { EmulatorState, type SeedData } from './state.js';
export type * from './state.js';
export { type ResultForm, answerXml, faultXml, namedRowsXml, valueTableXml } from './xml.js';
export { wsdlXml } from './wsdl.js';
export * from './webapi2/index.js';
