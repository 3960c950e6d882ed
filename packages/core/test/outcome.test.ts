import {
  ApiError,
  ConnectionError,
  HttpError,
  RequestValidationError,
  ResponseError,
  type SdkError,
  TimeoutError,
  Transport,
  defineOperation,
} from '@x/core';
import { bindOperations, decodeOutput } from '@x/core/internal';
import { type Fault, type FaultyServer, serveFaulty } from '@x/core/testing';
import * as z from 'zod/mini';
import { refusedPort } from '@x/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const VERIFY = 'check the ledger with ledger.read({ ref }) for a line with this ref';

const table = {
  pay: defineOperation({
    wire: 'Pay',
    idempotent: false,
    verify: VERIFY,
    input: z.object({ ref: z.string().check(z.minLength(1)) }),
    output: z.object({ ok: z.boolean() }),
    doc: 'Moves money.',
    meta: { method: 'POST' as const },
  }),
  read: defineOperation({
    wire: 'Read',
    idempotent: true,
    input: z.object({ ref: z.string() }),
    output: z.object({ ok: z.boolean() }),
    doc: 'Reads.',
    meta: { method: 'GET' as const },
  }),
};

let server: FaultyServer;
let pays = 0;
beforeAll(async () => {
  server = await serveFaulty(async (req) => {
    if (req.method === 'POST') pays++;
    const path = new URL(req.url).pathname;
    if (path.endsWith('/refuse')) return Response.json({ error: 'insufficient funds' });
    if (path.endsWith('/odd')) return Response.json({ ok: 'maybe' });
    return Response.json({ ok: true });
  });
});
afterAll(() => server.close());

async function closedPortUrl(): Promise<string> {
  return `http://127.0.0.1:${await refusedPort()}`;
}

function client(baseUrl: string, path = 'ok') {
  const transport = new Transport({
    baseUrl,
    allowHttp: true,
    timeoutMs: 300,
    deadlineMs: 5000,
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 },
  });
  return bindOperations('ledger', table, async (op, name, input, options) => {
    const meta = op.meta as { method: 'GET' | 'POST' };
    const wire = await transport.request(
      {
        operation: name,
        idempotent: op.idempotent,
        method: meta.method,
        path,
        body: meta.method === 'POST' ? JSON.stringify(input) : undefined,
        decode: (raw) => {
          const value = JSON.parse(raw.text()) as Record<string, unknown>;
          if (typeof value.error === 'string') {
            throw new ApiError(`[${name}] the vendor refused: ${value.error}.`, {
              operation: name,
              vendorMessage: value.error,
            });
          }
          return value;
        },
      },
      options,
    );
    return decodeOutput(op, wire, name, 'strict');
  });
}

async function failure(run: () => Promise<unknown>): Promise<SdkError> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error === undefined) throw new Error('expected the call to fail');
  return error as SdkError;
}

async function withFaults(faults: Fault[], run: () => Promise<unknown>) {
  server.clearPlan();
  server.plan(...faults);
  const before = pays;
  const error = await failure(run);
  return { error, pays: pays - before };
}

describe('outcome of a failed non-idempotent operation', () => {
  it('a refused connection is not-sent, and the message says nothing was carried out', async () => {
    const error = await failure(async () => client(await closedPortUrl()).pay({ ref: 'r1' }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.outcome).toBe('not-sent');
    expect(error.message).toMatch(/did not reach the server/);
    expect(error.message).not.toContain(VERIFY);
    expect(error.toJSON()).toMatchObject({ outcome: 'not-sent' });
  });

  it('a timeout is unknown, and the message names the way to check it', async () => {
    const { error, pays: sent } = await withFaults([{ kind: 'hang' }], () =>
      client(server.url).pay({ ref: 'r2' }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.outcome).toBe('unknown');
    expect(error.message).toMatch(/may have been carried out/);
    expect(error.message).toContain(VERIFY);
    expect(error.toJSON()).toMatchObject({ outcome: 'unknown' });
    expect(String(error.stack).split('\n')[0]).toContain(VERIFY);
    expect(sent).toBe(0); // the hang fault never passes the request on; nothing was repeated either
    expect(server.received).toBeGreaterThan(0);
  });

  it('HTTP 500 is unknown and is not repeated', async () => {
    server.clearPlan();
    server.plan({ kind: 'respond', status: 500, body: 'boom' });
    const before = server.received;
    const error = await failure(() => client(server.url).pay({ ref: 'r3' }));
    expect(error).toBeInstanceOf(HttpError);
    expect(error.outcome).toBe('unknown');
    expect(error.message).toContain(VERIFY);
    expect(server.received - before).toBe(1);
  });

  it('a reset after the server recorded the write is unknown', async () => {
    const { error, pays: sent } = await withFaults([{ kind: 'reset-mid-body', bytes: 3 }], () =>
      client(server.url).pay({ ref: 'r4' }),
    );
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.outcome).toBe('unknown');
    expect(sent).toBe(1);
  });

  it('an answer that does not decode is unknown', async () => {
    const { error, pays: sent } = await withFaults([], () => client(server.url, 'odd').pay({ ref: 'r5' }));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.outcome).toBe('unknown');
    expect(error.message).toContain(VERIFY);
    expect(sent).toBe(1);
  });

  it('a vendor refusal and an HTTP 4xx are refused', async () => {
    const refusal = await failure(() => client(server.url, 'refuse').pay({ ref: 'r6' }));
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal.outcome).toBe('refused');
    expect(refusal.message).not.toContain(VERIFY);
    server.clearPlan();
    server.plan({ kind: 'respond', status: 409, body: '{}' });
    const conflict = await failure(() => client(server.url).pay({ ref: 'r7' }));
    expect(conflict.outcome).toBe('refused');
  });

  it('invalid input and a call cancelled before it started are not-sent', async () => {
    const invalid = await failure(() => client(server.url).pay({ ref: '' }));
    expect(invalid).toBeInstanceOf(RequestValidationError);
    expect(invalid.outcome).toBe('not-sent');
    const controller = new AbortController();
    controller.abort();
    const cancelled = await failure(() =>
      client(server.url).pay({ ref: 'r8' }, { signal: controller.signal }),
    );
    expect(cancelled.outcome).toBe('not-sent');
  });
});

describe('idempotent operations carry no outcome', () => {
  it('a read that timed out or got a 500 has no outcome', async () => {
    const { error: timedOut } = await withFaults([{ kind: 'hang' }, { kind: 'hang' }], () =>
      client(server.url).read({ ref: 'x' }),
    );
    expect(timedOut).toBeInstanceOf(TimeoutError);
    expect(timedOut.outcome).toBeUndefined();
    expect(timedOut.toJSON()).not.toHaveProperty('outcome');
    expect(timedOut.message).not.toMatch(/carried out/);
    const { error: failed } = await withFaults(
      [
        { kind: 'respond', status: 500 },
        { kind: 'respond', status: 500 },
      ],
      () => client(server.url).read({ ref: 'x' }),
    );
    expect(failed).toBeInstanceOf(HttpError);
    expect(failed.outcome).toBeUndefined();
  });
});
