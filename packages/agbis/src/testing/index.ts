/**
 * A stateful emulator of the AGBIS commercial API for tests and demos: a bound `fetch` or a
 * loopback HTTP server; msw handlers come from `@x/agbis/testing/msw`. Node-only.
 * @packageDocumentation
 */
export {
  AgbisEmulator,
  type AgbisEmulatorOptions,
  type AgbisRequest,
  type AgbisRequestDetails,
} from './emulator.js';
export type { EmulatorFault, EmulatorServer, RecordedRequest } from '@x/core/testing';
export { type AgbisEmulatorServer, startAgbisEmulator } from './server.js';
export {
  type AgbisSeed,
  AgbisState,
  DEFAULT_SEED,
  DEMO_CLIENT,
  DEFAULT_USER,
  blankOrder,
  blankService,
  type EmuBonus,
  type EmuChange,
  type EmuClient,
  type EmuDocInWay,
  type EmuOrder,
  type EmuPayment,
  type EmuPriceItem,
  type EmuService,
  type EmuTrip,
  type EmuUser,
} from './state.js';
