/**
 * Emulator of the ТМ:МИС paid-services integration for tests and demos: invoice statuses, the
 * cash-desk directory, `OperationResult` answers and the document's inconsistent spellings.
 * Node-only (the loopback server); use `emulator.fetch` or `emulator.mswHandlers(baseUrl)` in tests.
 * @packageDocumentation
 */
export {
  DEMO_OGRN,
  DEMO_OID,
  type Fault,
  type LoggedRequest,
  TmmisEmulator,
  type TmmisEmulatorOptions,
} from './emulator.js';
export { type GenerateInvoiceOptions, generateInvoice, randomGuid, seededRandom } from './generate.js';
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
