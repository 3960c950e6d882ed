/**
 * Test helpers shared by the emulators: a loopback HTTP server for fetch-style handlers, an msw
 * bridge and a manual clock. Node-only.
 * @packageDocumentation
 */
export { type Clock, ManualClock, systemClock } from './clock.js';
export { type FetchHandler, type LoopbackOptions, type LoopbackServer, serveLoopback } from './loopback.js';
export { mswHandlers } from './msw.js';
export { type Fault, type FaultyServer, htmlErrorPage, serveFaulty } from './faults.js';
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
