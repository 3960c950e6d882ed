/**
 * Shared building blocks of the `@x` SDKs: transport, auth and sessions, errors, retries, paging,
 * redaction, operation tables and vendor value codecs. What only the client packages share is in
 * `@x/core/internal` (not for users).
 * @packageDocumentation
 */
export * from './auth/index.js';
export type { BaseClientOptions } from './client-options.js';
export * from './codecs/index.js';
export {
  AbortError,
  ApiError,
  type ApiErrorInit,
  AuthError,
  type AuthErrorInit,
  ConfigError,
  ConnectionError,
  type ErrorCode,
  HttpError,
  type HttpErrorInit,
  type Outcome,
  RateLimitError,
  type RateLimitErrorInit,
  RequestValidationError,
  ResponseError,
  SdkError,
  type SdkErrorInit,
  TimeoutError,
  TransportError,
  type ValidationIssue,
  isSdkError,
} from './errors.js';
export * from './http/index.js';
export { LOG_ENV_VAR, type LogLevel, type LogRecord, type Logger } from './logging.js';
export {
  type InputOf,
  type Operation,
  type OperationMethod,
  type OperationMethods,
  type OperationTable,
  type OutputOf,
  type Schema,
  type ValidationMode,
  type WithResponse,
  defineOperation,
} from './operation.js';
export type { NamedSchema } from './named.js';
export { type OutcomeTarget, outcomeOf } from './outcome.js';
export {
  type LookupResult,
  PaymentOutcomeUnknownError,
  type PaymentOutcomeUnknownErrorInit,
  type SettleSteps,
  type Settled,
  settleOnce,
  toKopecks,
} from './settle.js';
export {
  type ConsumeFeedOptions,
  type ConsumeFeedResult,
  DAY_MS,
  type DateWindow,
  type PageResult,
  type PaginateOptions,
  type Progress,
  type ProgressCallback,
  Paginator,
  consumeFeed,
  paginate,
  splitDateRange,
  streamWindows,
} from './paging.js';
export {
  MIN_PERSONAL_VALUE_LENGTH,
  MIN_SECRET_LENGTH,
  PERSONAL,
  REDACTED,
  isPersonalKey,
  isSecretKey,
  redact,
  redactString,
  registerPersonalFields,
  registerPersonalValue,
  registerSecret,
} from './redact.js';
export {
  DEFAULT_RETRY,
  type RetryOptions,
} from './retry.js';
export {
  type BudgetStore,
  type HeldLease,
  type HoldLeaseOptions,
  type HoldLeaseResult,
  type LeaseGrant,
  type LeaseStore,
  MemoryBudgetStore,
  MemoryLeaseStore,
  MemorySessionStore,
  RateBudget,
  type RateBudgetOptions,
  type SessionStore,
  holdLease,
} from './stores/index.js';
export { VERSION } from './version.js';
