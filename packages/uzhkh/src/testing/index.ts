/**
 * Emulator of the «Умное ЖКХ» export API for tests and demos: a stateful change queue, deleted
 * items, paged downloads, Handle* and SetId behind the token and IP allow-list. Node-only; msw
 * handlers come from `@x/uzhkh/testing/msw`.
 * @packageDocumentation
 */
export { CHANGE_KEY, ENTITY_KINDS, type EntityKind, type WireRecord } from './entities.js';
export { UzhkhEmulator, type UzhkhEmulatorOptions, type UzhkhRequest } from './emulator.js';
export type { EmulatorFault, EmulatorServer, RecordedRequest } from '@x/core/testing';
export { type SeedData, generateAccounts, seedState } from './seed.js';
export { type DeletedEntry, type QueuedChange, type ReplaceResult, UzhkhState } from './state.js';
