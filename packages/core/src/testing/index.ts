/**
 * Test helpers for the SDKs and their users (Node-only): the emulator kit every vendor emulator is
 * built on ({@link EmulatorKit}: in-process `fetch`, `serve()`, faults, request journal, counters),
 * a loopback HTTP server for fetch-style handlers, a faulty server for network-fault tests, a manual
 * clock, a seeded PRNG, leak checks (secrets in errors and logs, unhandled rejections, timers), and the types that
 * tie an emulator's handlers to an operation table ({@link HandlersOf}). msw handlers
 * come from `@x/core/testing/msw`, so this entry works without msw installed.
 * @packageDocumentation
 */
export { type Clock, ManualClock, systemClock } from './clock.js';
export {
  ConnectionDropped,
  type FetchHandler,
  type LoopbackOptions,
  type LoopbackServer,
  serveLoopback,
} from './loopback.js';
export {
  type EmulatorFault,
  EmulatorKit,
  type EmulatorKitOptions,
  type EmulatorServer,
  type Framed,
  type RecordedRequest,
  headersOf,
  requestDetails,
} from './emulator.js';
export { type GroupHandlersOf, type HandlersOf, handlersByWire } from './handlers.js';
export { type Fault, type FaultyServer, htmlErrorPage, serveFaulty } from './faults.js';
export { seededRandom } from './random.js';
export {
  type CapturedLog,
  type CapturingLogger,
  type SecretLeak,
  type Surface,
  type UnhandledWatch,
  activeTimers,
  captureLogger,
  errorDetailSurfaces,
  errorSurfaces,
  findSecrets,
  logSurfaces,
  watchUnhandled,
} from './leaks.js';
