import type { CallOptions, Logger, RetryOptions } from '@x/core';
import type { FetchHandler } from '@x/core/testing';

/** Client options the suite sets; every client's options accept these (BaseClientOptions). */
export interface SuiteClientOptions {
  baseUrl: string;
  allowHttp: true;
  timeoutMs: number;
  deadlineMs: number;
  retry: RetryOptions;
  maxResponseBytes: number;
  logger: Logger;
}

/**
 * What the cross-cutting reliability suite needs to know about one client. Each client joins the
 * suite with one small file: `packages/<pkg>/test/reliability-suite.test.ts` that builds an adapter
 * and calls `reliabilitySuite(adapter)`.
 */
export interface ClientAdapter<C = unknown> {
  /** Package name, used in test titles and figures. */
  name: string;
  /** A fresh emulator, with the client's secrets configured on both sides. */
  start(): Promise<AdapterEnv<C>> | AdapterEnv<C>;
}

export interface AdapterEnv<C> {
  /** The emulator's fetch handler (served by the suite behind a faulty loopback server). */
  handler: FetchHandler;
  /** A client against `baseUrl`, configured with {@link secrets} and the suite's options. */
  client(options: SuiteClientOptions): C;
  /** One idempotent read; resolves with anything, and may run any number of times. */
  read: { wire: string; call(client: C, options?: CallOptions): Promise<unknown> };
  /**
   * One non-idempotent write (a money operation where the vendor has one). Each call must be
   * accepted by a healthy emulator (seed fresh state inside `call` when needed).
   */
  write: { wire: string; call(client: C, options?: CallOptions): Promise<unknown> };
  /** Whether the vendor answers a write with an empty 200 body (the SDK then resolves). */
  emptyWriteIsSuccess?: boolean;
  /** Distinctive secrets the client was given (token, password, hashes, session ids...). */
  secrets: readonly string[];
  /** A client whose credentials the emulator refuses (a failing call for the secrets scan). */
  wrongCredentialsClient(options: SuiteClientOptions): C;
  /** Stops background work of the emulator, if any. */
  close?(): Promise<void> | void;
}

/**
 * An emulator's handler for {@link AdapterEnv.handler}. The emulator journals every request; the
 * journal is kept short so the load test measures the SDK, not the journal.
 */
export function shortJournalHandler(emulator: {
  handle(request: Request): Promise<Response>;
  requests: unknown[];
}): FetchHandler {
  return async (request) => {
    const response = await emulator.handle(request);
    if (emulator.requests.length > 100) emulator.requests.length = 0;
    return response;
  };
}
