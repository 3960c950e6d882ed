// The personal-data check every client runs (issue 11 §3): each operation that carries personal
// data, under each failure, leaves no personal value in a log record or any form of the error.
import { SdkError } from '@x/core';
import {
  type CapturingLogger,
  type FaultyServer,
  captureLogger,
  errorDetailSurfaces,
  errorSurfaces,
  findSecrets,
  logSurfaces,
  serveFaulty,
} from '@x/core/testing';
import { afterEach, describe, expect, it } from 'vitest';

/** What a package's setup gives the suite: a faulty server in front of its emulator, a client and a logger. */
export interface PersonalSetup {
  /** The loopback server the client talks to (faults are planned on it). */
  server: FaultyServer;
  /** Receives every log record of the client. */
  logger: CapturingLogger;
  /** The next request gets the emulator's real answer, with status 500. */
  failAnswer(): void;
  /** The next request for `wire` is answered by a page (or fault) quoting the request. */
  echo(wire: string, status: number): void;
}

/** One way a call can go: what to arrange first, and whether the call must fail. */
export interface PersonalScenario<S> {
  /** Ends the test title. */
  name: string;
  /** Prepares the server for the call of operation `wire`. */
  arrange: (s: S, wire: string) => void;
  /** The call must reject with an `SdkError`; otherwise it must succeed. */
  fails: boolean;
}

/**
 * The scenarios every client runs: success, the real answer with status 500, an error page quoting
 * the request (`echoStatus`, then 200), `extra` (vendor-specific), an answer cut short, a reset
 * mid-body and no answer.
 */
export function personalScenarios<S extends PersonalSetup>(
  echoStatus = 500,
  extra: readonly PersonalScenario<S>[] = [],
): PersonalScenario<S>[] {
  return [
    { name: 'success', arrange: () => {}, fails: false },
    { name: 'the real answer with status 500', arrange: (s) => s.failAnswer(), fails: true },
    { name: `${echoStatus} page quoting the request`, arrange: (s, w) => s.echo(w, echoStatus), fails: true },
    { name: '200 HTML page quoting the request', arrange: (s, w) => s.echo(w, 200), fails: true },
    ...extra,
    { name: 'answer cut short', arrange: (s) => s.server.plan({ kind: 'truncate' }), fails: true },
    { name: 'reset mid-body', arrange: (s) => s.server.plan({ kind: 'reset-mid-body' }), fails: true },
    { name: 'no answer (timeout)', arrange: (s) => s.server.plan({ kind: 'hang' }), fails: true },
  ];
}

/**
 * Something was logged, and no value of `values` is in any log record of `logger` or in any form of
 * `error` (message, toJSON, inspect, cause chain, details); `error` is `undefined` after a success.
 */
export function expectNothingPersonal(
  logger: CapturingLogger,
  error: unknown,
  values: readonly string[],
): void {
  expect(logger.records.length).toBeGreaterThan(0);
  const surfaces = [
    ...logSurfaces(logger.records),
    ...(error ? [...errorSurfaces(error), ...errorDetailSurfaces(error)] : []),
  ];
  expect(findSecrets(values, surfaces)).toEqual([]);
}

/** One operation under test: the start of its titles, its wire name and the call. */
export interface PersonalCase<S> {
  title: string;
  wire: string;
  call: (s: S) => Promise<unknown>;
}

/**
 * Every case under every scenario, each on a fresh setup: the call fails (or succeeds) as the
 * scenario says, something was logged, and no value of `values` is in any log record or error
 * form. `outcomeOpen(wire, scenario)` marks runs where a cut answer may still count as done.
 */
export function personalDataSuite<S extends PersonalSetup>(
  title: string,
  cases: readonly PersonalCase<S>[],
  options: {
    setup: () => Promise<S>;
    values: readonly string[];
    scenarios: readonly PersonalScenario<S>[];
    outcomeOpen?: (wire: string, scenario: string) => boolean;
  },
): void {
  describe(title, () => {
    const servers: FaultyServer[] = [];
    afterEach(async () => {
      while (servers.length) await servers.pop()!.close();
    });
    for (const c of cases) {
      for (const scenario of options.scenarios) {
        it(`${c.title}: ${scenario.name}`, async () => {
          const s = await options.setup();
          servers.push(s.server);
          scenario.arrange(s, c.wire);
          const error = await c.call(s).then(
            () => undefined,
            (e: unknown) => e,
          );
          if (!options.outcomeOpen?.(c.wire, scenario.name)) {
            if (scenario.fails) expect(error).toBeInstanceOf(SdkError);
            else expect(error).toBeUndefined();
          }
          expectNothingPersonal(s.logger, error, options.values);
        });
      }
    }
  });
}

/**
 * The other side of the masking: with `logPersonalData: true` (local debugging; `setup` builds
 * such a client) the debug log does show `shows` after `run`. Registered first in a file, since the
 * names other clients register are process-wide and each test file runs in its own process.
 */
export function personalDebugCheck<S extends PersonalSetup>(
  title: string,
  check: { it: string; setup: () => Promise<S>; run: (s: S) => Promise<unknown>; shows: string },
): void {
  describe(title, () => {
    it(check.it, async () => {
      const s = await check.setup();
      try {
        await check.run(s);
        const text = logSurfaces(s.logger.records)
          .map((x) => x.text)
          .join('\n');
        expect(text).toContain(check.shows);
      } finally {
        await s.server.close();
      }
    });
  });
}

/** An error page like IIS, nginx or Apache write in front of an API: the decoded URL and the body, quoted back. */
async function quotingPage(req: Request, status: number): Promise<Response> {
  const page = `<html><body><h1>${status}</h1><pre>${req.method} ${decodeURIComponent(req.url)}\n${await req.text()}</pre></body></html>`;
  return new Response(page, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/**
 * A faulty loopback server in front of an emulator's `fetch`, with the two failures that quote
 * personal data back: `failAnswer()` (the next real answer, with status 500) and `echo(wire, status)`
 * (the next request for which `matches(req, wire)` holds gets `respond(req, status)`, by default
 * an error page quoting the request); and a fresh logger for the client under test.
 */
export async function personalProxy<St = number>(
  upstream: (req: Request) => Promise<Response>,
  matches: (req: Request, wire: string) => boolean = () => true,
  respond: (req: Request, status: St) => Promise<Response> = quotingPage as never,
): Promise<{
  server: FaultyServer;
  logger: CapturingLogger;
  failAnswer(): void;
  echo(wire: string, status: St): void;
}> {
  let echo: { wire: string; status: St } | undefined;
  let failAnswer = false;
  const server = await serveFaulty(async (req) => {
    if (failAnswer) {
      failAnswer = false;
      const real = await upstream(req);
      return new Response(await real.arrayBuffer(), { status: 500, headers: real.headers });
    }
    if (!echo || !matches(req, echo.wire)) return upstream(req);
    const { status } = echo;
    echo = undefined;
    return respond(req, status);
  });
  return {
    server,
    logger: captureLogger(),
    failAnswer() {
      failAnswer = true;
    },
    echo(wire, status) {
      echo = { wire, status };
    },
  };
}
