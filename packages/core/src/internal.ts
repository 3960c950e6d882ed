/**
 * `@x/core/internal`: building blocks only the `@x` client packages share (operation binding and
 * decoding, error-message prefixes, log writing, retry arithmetic, signal linking).
 *
 * Not for users, no compatibility promise: anything here may change or go in any release. It is
 * left out of the API reference on purpose; use the main `@x/core` entry instead.
 * @packageDocumentation
 */
export { prefix } from './errors.js';
export { envLogger, writeLog } from './logging.js';
export {
  type Invoker,
  bindGroup,
  bindOperations,
  decodeOutput,
  runOperation,
  validateInput,
  withResponse,
} from './operation.js';
export { attachOutcome } from './outcome.js';
export { alwaysPresent, findMissingFields, isAlwaysPresent } from './missing-fields.js';
export {
  type OptionRule,
  type OptionRules,
  checkClientOptions,
  checkOptions,
  optionRule,
} from './options.js';
export { type PersonalDataPolicy, personalDataPolicy, personalFieldsOf } from './personal.js';
export {
  type ResolvedRetryOptions,
  backoffDelay,
  isRetryable,
  parseRetryAfter,
  resolveRetry,
  retryDelay,
} from './retry.js';
export { type LinkedAbort, abortErrorFrom, linkSignals, raceSignal, sleep } from './signal.js';
export { type Equal, type NamedCheck, named } from './named.js';
