/**
 * @x/tmmis — typed client of the ТМ:МИС paid-services integration for cash desks
 * («Интеграция с 1С в рамках платных услуг»).
 * @packageDocumentation
 */
export { VERSION as CORE_VERSION } from '@x/core';
export { ALL_CHECKS, type CheckableInvoice, type ConsistencyChecks, checkInvoice } from './checks.js';
export { type TmmisAuth, TmmisClient, type TmmisClientOptions } from './client.js';
export { type PaymentEvidence, type PaymentSettlement, payOnce } from './helpers/settle.js';
export { type OperationResultInfo, readMessages, readOperationResult } from './operation-result.js';
export {
  BASE_PATH,
  DEFAULT_LEGACY_PATH,
  type TmmisMeta,
  allOperations,
  cashDeskOperations,
  invoiceOperations,
} from './operations/index.js';
export { CashDeskInput } from './schemas/cash-desk.js';
export { type ClinicOverride, isValidOgrn, ogrnProblem } from './schemas/identity.js';
export { Invoice, InvoiceHeader } from './schemas/invoice.js';
export {
  ByNumberInput,
  ByPayerInput,
  InvoiceList,
  type LegacyLookupFilter,
  LegacyLookupInput,
  ReceiveInput,
} from './schemas/lookup.js';
export { CommandResult, ResultMessage, type ResultMeta } from './schemas/operation-result.js';
export { Contacts, Payer } from './schemas/payer.js';
export { PayInput, PaymentLine, type PaymentLineInput } from './schemas/payment.js';
export { ServiceLine } from './schemas/service.js';
export type { InvoiceType, PaymentType, VatRate } from './schemas/values.js';
export { readInvoiceList } from './wire.js';
