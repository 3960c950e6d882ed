/**
 * Emulator of the vendor API for tests — placeholder until it lands.
 * @packageDocumentation
 */
export {};
