import { ConnectionError, HttpError, RateLimitError, ResponseError, SdkError, TimeoutError } from '@x/core';
import {
  type Fault,
  type FaultyServer,
  activeTimers,
  captureLogger,
  htmlErrorPage,
  serveFaulty,
  watchUnhandled,
} from '@x/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdapterEnv, ClientAdapter, SuiteClientOptions } from './adapter.js';
import { report, retriesIn } from './figures.js';

type ErrorClass = abstract new (...args: never[]) => SdkError;

/** One fault row: what the server does, what a read and a write must end in, how often each is sent. */
interface FaultCase {
  name: string;
  faults: Fault[];
  read: { error?: ErrorClass; sent: number };
  write: { error?: ErrorClass; sent: number };
  /** Extra retry settings for this row. */
  maxAttempts?: number;
  /** The fault repeats on every attempt (planned 3 times), rather than being a one-off burst. */
  persistent?: boolean;
}

const TIMEOUT_MS = 300;
const DEADLINE_MS = 5_000;
const MAX_BYTES = 256 * 1024;

/**
 * A fault on every attempt: a read is retried until the plan is spent (3 sends) and fails with
 * `error`; a write is sent once and fails with it.
 */
function persistentFault(name: string, fault: Fault, error: ErrorClass): FaultCase {
  return { name, persistent: true, faults: [fault], read: { error, sent: 3 }, write: { error, sent: 1 } };
}

/** An answer no retry can fix: read and write are both sent once and fail with `error`. */
function refusedAnswer(name: string, fault: Fault, error: ErrorClass = ResponseError): FaultCase {
  return { name, faults: [fault], read: { error, sent: 1 }, write: { error, sent: 1 } };
}

function cases(env: AdapterEnv<unknown>): FaultCase[] {
  const html200: Fault = { ...htmlErrorPage(200), status: 200 } as Fault;
  return [
    persistentFault('connection reset before headers', { kind: 'reset-before-headers' }, ConnectionError),
    persistentFault('connection reset mid-body', { kind: 'reset-mid-body', bytes: 5 }, ConnectionError),
    persistentFault('per-attempt timeout (server hangs)', { kind: 'hang' }, TimeoutError),
    persistentFault('server drips one byte per second', { kind: 'drip', intervalMs: 1000 }, TimeoutError),
    {
      name: '500, 502, 503 burst then success',
      faults: [
        { kind: 'respond', status: 500 },
        { kind: 'respond', status: 502 },
        { kind: 'respond', status: 503 },
      ],
      maxAttempts: 4,
      read: { sent: 4 },
      write: { error: HttpError, sent: 1 },
    },
    {
      name: '429 with Retry-After in seconds, then success',
      faults: [{ kind: 'respond', status: 429, headers: { 'retry-after': '1' } }],
      read: { sent: 2 },
      write: { error: RateLimitError, sent: 1 },
    },
    {
      name: '429 with Retry-After as an HTTP date, then success',
      faults: [
        {
          kind: 'respond',
          status: 429,
          headers: { 'retry-after': new Date(Date.now() + 1000).toUTCString() },
        },
      ],
      read: { sent: 2 },
      write: { error: RateLimitError, sent: 1 },
    },
    persistentFault('HTML error page (502 from a front end)', htmlErrorPage(502), HttpError),
    refusedAnswer('HTML page with status 200', html200),
    refusedAnswer('truncated body', { kind: 'truncate', bytes: 7 }),
    refusedAnswer('invalid UTF-8', { kind: 'invalid-utf8' }),
    {
      name: 'empty body with 200',
      faults: [{ kind: 'empty' }],
      read: { error: ResponseError, sent: 1 },
      write: env.emptyWriteIsSuccess ? { sent: 1 } : { error: ResponseError, sent: 1 },
    },
    refusedAnswer('body larger than maxResponseBytes', { kind: 'huge', bytes: 2 * MAX_BYTES }),
    refusedAnswer(
      'redirect (307) to another host',
      { kind: 'respond', status: 307, headers: { location: 'http://localhost:9/collect' } },
      HttpError,
    ),
    refusedAnswer('gzip bomb (small Content-Length, inflates past the limit)', {
      kind: 'gzip-bomb',
      bytes: 16 * MAX_BYTES,
    }),
  ];
}

/**
 * Every fault of the issue list against one read and one write of a client, through a faulty
 * loopback server in front of its emulator.
 */
export function faultSuite(adapter: ClientAdapter): void {
  describe(`${adapter.name}: fault injection`, () => {
    let env: AdapterEnv<unknown>;
    let server: FaultyServer;
    let timersBefore = 0;
    let unhandled: ReturnType<typeof watchUnhandled>;
    const totals = { calls: 0, failures: 0, faultsInjected: 0, retries: 0 };

    function client(baseUrl: string, maxAttempts = 3) {
      const logger = captureLogger();
      const options: SuiteClientOptions = {
        baseUrl,
        allowHttp: true,
        timeoutMs: TIMEOUT_MS,
        deadlineMs: DEADLINE_MS,
        retry: { maxAttempts, baseDelayMs: 1, maxDelayMs: 5 },
        maxResponseBytes: MAX_BYTES,
        logger,
      };
      return { client: env.client(options), logger };
    }

    async function run(kind: 'read' | 'write', faults: Fault[], maxAttempts?: number, baseUrl?: string) {
      server.clearPlan();
      server.plan(...faults);
      const before = server.received;
      const { client: c, logger } = client(baseUrl ?? server.url, maxAttempts);
      const started = Date.now();
      const outcome = await env[kind].call(c).then(
        (value) => ({ value, error: undefined as unknown }),
        (error: unknown) => ({ value: undefined, error }),
      );
      const ms = Date.now() - started;
      const attempts = logger.records.filter((r) => r.record.event === 'attempt').length;
      totals.calls++;
      totals.faultsInjected += Math.min(faults.length, server.received - before);
      totals.retries += retriesIn(logger.records);
      if (outcome.error) totals.failures++;
      return { ...outcome, ms, sent: server.received - before, attempts };
    }

    beforeAll(async () => {
      unhandled = watchUnhandled();
      env = (await adapter.start()) as AdapterEnv<unknown>;
      server = await serveFaulty(env.handler);
      // Warm up (module init, first connection) before counting timers.
      await env.read.call(client(server.url).client);
      timersBefore = activeTimers();
    });

    afterAll(async () => {
      await server.close();
      await env.close?.();
      unhandled.stop();
    });

    const table = cases({ emptyWriteIsSuccess: false } as AdapterEnv<unknown>).map((c) => c.name);
    for (const kind of ['read', 'write'] as const) {
      it.each(table)(`${kind} under: %s`, async (name) => {
        const row = cases(env).find((c) => c.name === name)!;
        const expected = row[kind];
        const faults = row.persistent ? [...row.faults, ...row.faults, ...row.faults] : row.faults;
        const r = await run(kind, faults, row.maxAttempts);
        if (expected.error) {
          expect(r.error).toBeInstanceOf(expected.error);
          expect(r.error).toBeInstanceOf(SdkError);
        } else {
          expect(r.error).toBeUndefined();
        }
        expect(r.sent).toBe(expected.sent);
        expect(r.ms).toBeLessThan(DEADLINE_MS);
        // Every attempt the server counted is one the client logged: nothing sent behind its back.
        expect(r.attempts).toBe(expected.sent);
      });
    }

    const transient = cases({} as AdapterEnv<unknown>)
      .filter((c) => c.persistent && c.read.sent > 1)
      .map((c) => c.name);
    it.each(transient)('read under a single %s recovers on the next attempt', async (name) => {
      const row = cases(env).find((c) => c.name === name)!;
      const r = await run('read', row.faults);
      expect(r.error).toBeUndefined();
      expect(r.sent).toBe(2);
    });

    it('connection refused: a read and a write are both retried (the request never left)', async () => {
      const dead = await serveFaulty(() => new Response(''));
      const url = dead.url;
      await dead.close();
      for (const kind of ['read', 'write'] as const) {
        const r = await run(kind, [], 3, url);
        expect(r.error).toBeInstanceOf(ConnectionError);
        expect((r.error as ConnectionError).requestMayHaveBeenSent).toBe(false);
        expect(r.attempts).toBe(3);
        expect(r.ms).toBeLessThan(DEADLINE_MS);
        totals.faultsInjected += r.attempts;
      }
    });

    it('Retry-After is honoured: the logged wait is what the server asked', async () => {
      const { client: c, logger } = client(server.url);
      server.clearPlan();
      server.plan({ kind: 'respond', status: 429, headers: { 'retry-after': '1' } });
      await env.read.call(c);
      const retry = logger.records.find((x) => x.record.outcome === 'retry');
      expect(retry?.record.retryInMs).toBe(1000);
      // An HTTP date one second ahead (HTTP dates have whole seconds): a wait in (0, 1000] ms.
      const dated = client(server.url);
      server.plan({
        kind: 'respond',
        status: 429,
        headers: { 'retry-after': new Date(Date.now() + 1000).toUTCString() },
      });
      await env.read.call(dated.client);
      const wait = dated.logger.records.find((x) => x.record.outcome === 'retry')?.record.retryInMs;
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(1000);
      totals.calls += 2;
      totals.faultsInjected += 2;
      totals.retries += 2;
    });

    it('no unhandled rejection, no leaked timer, no open socket once the server closes', async () => {
      // Give sockets destroyed by faults a tick to report their close.
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled.events).toEqual([]);
      await server.close();
      expect(server.openSockets).toBe(0);
      // Runtime timers outlive the sockets by up to a second or two: undici's shared 1 s tick
      // (node's fetch) and node's cached Date header. The SDK's own (an attempt timeout or a
      // backoff it failed to clear) would stay: wait up to 3 s for the count to come back down.
      for (let i = 0; i < 60 && activeTimers() > timersBefore; i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(activeTimers()).toBeLessThanOrEqual(timersBefore);
      report(adapter.name, 'faults', { ...totals });
    });
  });
}
