import { createServer } from 'node:net';
import type { Logger, LogRecord } from '@x/core';
import { type CapturingLogger, type LoopbackServer, captureLogger, serveLoopback } from '@x/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/**
 * An msw server for one test file: listening for the file (an unhandled request is an error),
 * handlers reset to `handlers` after each test.
 */
export function useMswServer(...handlers: Parameters<typeof setupServer>): ReturnType<typeof setupServer> {
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A loopback server whose handler sees the request number (1-based), counting requests. */
export async function startServer(
  handler: (req: Request, n: number) => Response | Promise<Response>,
): Promise<LoopbackServer & { count: () => number }> {
  let n = 0;
  const server = await serveLoopback((req) => handler(req, ++n));
  return Object.assign(server, { count: () => n });
}

/**
 * Closes, after each test of the file, every server (or anything with `close()`) handed to the
 * returned function, which gives it back: `const server = closing(await emulator.serve())`.
 */
export function closeAfterEach(): <T extends { close(): unknown }>(server: T) => T {
  const open: Array<{ close(): unknown }> = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return (server) => {
    open.push(server);
    return server;
  };
}

/** A loopback port that was free a moment ago: nothing listens there, so a connection is refused. */
export async function refusedPort(): Promise<number> {
  const spare = createServer();
  await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
  const { port } = spare.address() as { port: number };
  await new Promise<void>((resolve) => spare.close(() => resolve()));
  return port;
}

/** Awaits a call that must fail with an error of class `type`; returns the error, for checks on its fields. */
export async function failure<E>(
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

/** Settles a call into `{ value, error }`. */
export function settle(p: Promise<unknown>): Promise<{ value: unknown; error: unknown }> {
  return p.then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined, error }),
  );
}

export { captureLogger, type CapturingLogger, type LogRecord, type Logger };
