/**
 * Test helpers shared by the @x packages' own tests, imported by name (`@x/test-kit`); private,
 * never published. Helpers users need too live in `@x/core/testing` instead.
 * @packageDocumentation
 */
export {
  captureLogger,
  closeAfterEach,
  failure,
  refusedPort,
  settle,
  startServer,
  useMswServer,
} from './harness.js';
export { bareMessages, neverSent, operationNameChecks, optionChecks } from './client-checks.js';
export { missingFieldChecks } from './missing-fields.js';
export { type AllNamed, type NamedVerdict, type NamedVerdicts, expectNamedSchemas } from './named-types.js';
export {
  type PersonalCase,
  type PersonalScenario,
  type PersonalSetup,
  expectNothingPersonal,
  personalDataSuite,
  personalDebugCheck,
  personalProxy,
  personalScenarios,
} from './personal-data.js';
export {
  type AdapterEnv,
  type ClientAdapter,
  type SuiteClientOptions,
  shortJournalHandler,
} from './reliability/adapter.js';
export {
  type Json,
  type Mutation,
  type FuzzTally,
  decoderFuzz,
  expectAnswerError,
  fuzzTally,
  jsonMutation,
  mutate,
  mutatedSamples,
  outcome,
} from './reliability/fuzz-support.js';
export { secretSuite, surfaceCollector } from './reliability/secrets.js';
export { type InvalidCall, refusedBeforeSending } from './refusals.js';
export { reliabilitySuite } from './reliability/suite.js';
export {
  recordingClientScript,
  recordingServerScript,
  runInTimeZones,
  sameInBothZones,
} from './reliability/time-zones.js';
