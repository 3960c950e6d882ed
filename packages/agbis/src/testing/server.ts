import type { LoopbackServer } from '@x/core/testing';
import { AgbisEmulator, type AgbisEmulatorOptions } from './emulator.js';

/** A running emulator on a loopback port. */
export interface AgbisEmulatorServer extends LoopbackServer {
  /** The emulator behind it (state, counters, faults). */
  emulator: AgbisEmulator;
  /** The client's `baseUrl`: `<url>/cl/<path>/api/`. */
  baseUrl: string;
}

/** Starts an emulator on a loopback HTTP port (for the demo and fault tests over real sockets). */
export async function startAgbisEmulator(
  options: AgbisEmulatorOptions & { path?: string } = {},
): Promise<AgbisEmulatorServer> {
  const emulator = new AgbisEmulator(options);
  const server = await emulator.serve();
  const baseUrl = `${server.url}/cl/${options.path ?? 'demo'}/api/`;
  return Object.assign(server, { emulator, baseUrl });
}
