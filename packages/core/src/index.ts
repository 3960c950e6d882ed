/**
 * Shared building blocks of the `@x` SDKs: transport, auth and sessions, errors, retries, paging,
 * redaction, operation tables and vendor value codecs.
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
  prefix,
} from './errors.js';
export * from './http/index.js';
export { LOG_ENV_VAR, type LogLevel, type LogRecord, type Logger, envLogger, writeLog } from './logging.js';
export {
  type InputOf,
  type Invoker,
  type Operation,
  type OperationMethod,
  type OperationMethods,
  type OperationTable,
  type OutputOf,
  type Schema,
  type ValidationMode,
  type WithResponse,
  bindOperations,
  decodeOutput,
  defineOperation,
  runOperation,
  validateInput,
  withResponse,
} from './operation.js';
export { type Equal, type NamedCheck, type NamedSchema, named } from './named.js';
export { type OutcomeTarget, attachOutcome, outcomeOf } from './outcome.js';
export {
  type LookupResult,
  PaymentOutcomeUnknownError,
  type PaymentOutcomeUnknownErrorInit,
  type SettleSteps,
  type Settled,
  settleOnce,
  toKopecks,
} from './settle.js';
export { alwaysPresent, findMissingFields, isAlwaysPresent } from './missing-fields.js';
export {
  type OptionRule,
  type OptionRules,
  checkClientOptions,
  checkOptions,
  optionRule,
} from './options.js';
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
export { type PersonalDataPolicy, personalDataPolicy, personalFieldsOf } from './personal.js';
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
  type ResolvedRetryOptions,
  type RetryOptions,
  backoffDelay,
  isRetryable,
  parseRetryAfter,
  resolveRetry,
  retryDelay,
} from './retry.js';
export { type LinkedAbort, abortErrorFrom, linkSignals, raceSignal, sleep } from './signal.js';
export { VERSION } from './version.js';
