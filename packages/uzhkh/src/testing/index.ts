/**
 * Emulator of the «Умное ЖКХ» export API for tests and demos: a stateful change queue, deleted
 * items, paged downloads, Handle* and SetId behind the token and IP allow-list. Node-only.
 * @packageDocumentation
 */
export { CHANGE_KEY, ENTITY_KINDS, type EntityKind, type WireRecord } from './entities.js';
export { type Fault, type SeenRequest, UzhkhEmulator, type UzhkhEmulatorOptions } from './emulator.js';
export { type SeedData, generateAccounts, seedState } from './seed.js';
export { type DeletedEntry, type QueuedChange, type ReplaceResult, UzhkhState } from './state.js';
