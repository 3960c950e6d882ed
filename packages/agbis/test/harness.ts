import { AgbisClient, type AgbisClientOptions } from '@x/agbis';
import { type AgbisEmulatorOptions, AgbisEmulator, DEMO_CLIENT } from '@x/agbis/testing';
import { ManualClock } from '@x/core/testing';
import { mswHandlers } from '@x/agbis/testing/msw';
import { useMswServer } from '@x/test-kit';

export const BASE = 'https://agbis.test/cl/demo/api/';
export const START = Date.UTC(2026, 2, 10, 9, 0, 0);

/**
 * The test harness (the same name and shape in every package): an msw server for the file, and
 * `fresh()` for a new emulator (manual clock) routed through it and a client against it.
 */
export function useHarness() {
  const server = useMswServer();
  return {
    server,
    fresh: (emulatorOptions: AgbisEmulatorOptions = {}, clientOptions: Partial<AgbisClientOptions> = {}) =>
      makeEnv(server, emulatorOptions, clientOptions),
  };
}

export interface Env {
  clock: ManualClock;
  emulator: AgbisEmulator;
  client: AgbisClient;
}

/** A fresh emulator (manual clock) served by msw, and a client against it. */
function makeEnv(
  server: ReturnType<typeof useMswServer>,
  emulatorOptions: AgbisEmulatorOptions = {},
  clientOptions: Partial<AgbisClientOptions> = {},
): Env {
  const clock = new ManualClock(START);
  const emulator = new AgbisEmulator({
    clock,
    seed: { clients: [DEMO_CLIENT] },
    ...emulatorOptions,
  });
  server.use(...mswHandlers(emulator, BASE));
  const client = new AgbisClient({
    baseUrl: BASE,
    user: 'api',
    password: 'secret',
    now: () => clock.now(),
    retry: { random: () => 0, baseDelayMs: 1 },
    ...clientOptions,
  });
  return { clock, emulator, client };
}

/** The last request the emulator saw for `command`. */
export function lastRequest(emulator: AgbisEmulator, command: string) {
  const last = emulator.last(command);
  if (!last) throw new Error(`no ${command} request`);
  return last;
}

/** Seeds the one waybill (DocsInWay) the tests read back: service `dosId` on its way to point 1007. */
export function seedWaybill(emulator: AgbisEmulator, dosId: string): Promise<void> {
  return emulator.seed({
    docsInWay: [
      {
        id: '100625',
        doc_date: '2026-03-10',
        doc_num: '000030',
        diw_status_id: 2,
        from_sclad_id: '1',
        to_sclad_id: '1007',
        dos_ids: [dosId],
      },
    ],
  });
}
