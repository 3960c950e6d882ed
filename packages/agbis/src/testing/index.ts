/**
 * A stateful emulator of the AGBIS commercial API for tests and demos: msw handlers, a bound
 * `fetch`, or a loopback HTTP server. Node-only.
 * @packageDocumentation
 */
export {
  AgbisEmulator,
  type AgbisEmulatorOptions,
  type AgbisFault,
  DEFAULT_USER,
  type RecordedRequest,
} from './emulator.js';
export { type AgbisEmulatorServer, startAgbisEmulator } from './server.js';
export {
  type AgbisSeed,
  AgbisState,
  DEFAULT_SEED,
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
