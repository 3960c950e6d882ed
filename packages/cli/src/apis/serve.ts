import {
  type EmulatorFault,
  type EmulatorKit,
  type Framed,
  type RecordedRequest,
  serveLoopback,
} from '@x/core/testing';
import type { EmulateSettings, LoggedRequest, RunningEmulator } from './types.js';

/** A served emulator: origin, the client's base URL, and how to stop it. */
export interface Served {
  /** `http://host:port`. */
  url: string;
  /** The URL to give the client. */
  baseUrl: string;
  /** Stops the server. */
  close(): Promise<void>;
}

// The kit keeps `frame` and `baseUrlFor` protected: the CLI reaches them through this view only to
// pair each HTTP request with its journal entry (concurrent requests make "the last entry" wrong).
interface KitInternals {
  frame(request: Request): Promise<Framed<RecordedRequest<unknown>>>;
  baseUrlFor(origin: string): string;
}

/** Serves a kit emulator on `host:port`, calling `log` once per answered request. */
export async function serveKit<R extends RecordedRequest<unknown>>(
  emulator: EmulatorKit<R>,
  host: string,
  port: number,
  log: (request: LoggedRequest) => void,
): Promise<Served> {
  const internals = emulator as unknown as KitInternals;
  const records = new WeakMap<Request, RecordedRequest<unknown>>();
  const frame = internals.frame.bind(emulator);
  internals.frame = async (request) => {
    const framed = await frame(request);
    if ('record' in framed) records.set(request, framed.record);
    return framed;
  };
  const server = await serveLoopback(
    async (request) => {
      const path = new URL(request.url).pathname;
      try {
        const response = await emulator.handle(request);
        log({
          method: request.method,
          path,
          operation: records.get(request)?.operation ?? '-',
          status: response.status,
        });
        return response;
      } catch (error) {
        log({ method: request.method, path, operation: records.get(request)?.operation ?? '-', status: 0 });
        throw error;
      }
    },
    // serveLoopback's type admits loopback names only; `--host` may widen it on purpose (a 1C
    // developer on another machine), and the CLI warns when it does.
    { port, host: host as '127.0.0.1' },
  );
  return { url: server.url, baseUrl: internals.baseUrlFor(server.url), close: () => server.close() };
}

/** What an API adds to a served emulator: how a `--fault` object becomes a fault, and notes for the user. */
export interface ServeExtras<R extends RecordedRequest<unknown>> {
  /** Turns a `--fault` object into the emulator's fault; default: taken as it is. */
  fault?: (fault: Record<string, unknown>) => EmulatorFault<R>;
  /** Lines printed under the URL (default none). */
  notes?: (served: Served) => string[];
}

/**
 * The common end of every API's `emulate`: queues the `--fault`s, serves the emulator and
 * describes it with the credentials a client needs.
 */
export async function runEmulator<R extends RecordedRequest<unknown>>(
  emulator: EmulatorKit<R>,
  options: EmulateSettings,
  log: (request: LoggedRequest) => void,
  credentials: Record<string, string>,
  extras: ServeExtras<R> = {},
): Promise<RunningEmulator> {
  const toFault = extras.fault ?? ((fault) => fault as EmulatorFault<R>);
  for (const fault of options.faults) emulator.failNext(toFault(fault));
  const served = await serveKit(emulator, options.host, options.port, log);
  return { ...served, credentials, notes: extras.notes?.(served) ?? [] };
}

/** A clock that runs `speed` times real time from `start` (speed 0: frozen). */
export function scaledClock(start: number, speed: number): { now(): number } {
  const realStart = Date.now();
  return { now: () => Math.round(start + (Date.now() - realStart) * speed) };
}
