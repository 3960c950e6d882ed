/**
 * Emulator of the ТМ:МИС paid-services integration for tests and demos: invoice statuses, the
 * cash-desk directory, `OperationResult` answers and the document's inconsistent spellings.
 * Node-only (the loopback server); use `emulator.fetch`, `emulator.serve()`, or msw handlers from
 * `@x/tmmis/testing/msw`.
 * @packageDocumentation
 */
export {
  DEMO_OGRN,
  DEMO_OID,
  TmmisEmulator,
  type TmmisEmulatorOptions,
  type TmmisRequest,
} from './emulator.js';
export type { EmulatorFault, EmulatorServer, RecordedRequest } from '@x/core/testing';
export { type GenerateInvoiceOptions, generateInvoice, randomGuid } from './generate.js';
// The seeded PRNG of core's testing kit, which generateInvoice and the emulator draw from.
export { seededRandom } from '@x/core/testing';
export { SECTION_NAMES, type SectionSpelling, type SpellingMode, renderInvoice } from './spelling.js';
export {
  type EmulatedCashDesk,
  type EmulatedInvoice,
  EmulatorRefusal,
  INVOICE_STATUSES,
  type InvoiceStatus,
  type RecordedPayment,
  type SeedInvoice,
  type SeedLine,
  TmmisState,
} from './state.js';
