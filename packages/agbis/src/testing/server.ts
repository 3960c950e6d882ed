import type { EmulatorServer } from '@x/core/testing';
import { AgbisEmulator, type AgbisEmulatorOptions } from './emulator.js';

/** A running emulator on a loopback port: {@link AgbisEmulator.serve}'s result plus the emulator. */
export interface AgbisEmulatorServer extends EmulatorServer {
  /** The emulator behind it (state, counters, faults). */
  emulator: AgbisEmulator;
}

/**
 * Creates an emulator and serves it on a loopback HTTP port (for the demo and fault tests over real
 * sockets): the same as `new AgbisEmulator(options).serve()`, with the emulator attached.
 */
export async function startAgbisEmulator(options: AgbisEmulatorOptions = {}): Promise<AgbisEmulatorServer> {
  const emulator = new AgbisEmulator(options);
  return Object.assign(await emulator.serve(), { emulator });
}
