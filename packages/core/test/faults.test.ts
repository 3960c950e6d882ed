import { ConnectionError, HttpError, ResponseError, type SdkError, TimeoutError, Transport } from '@x/core';
import { type Fault, type FaultyServer, htmlErrorPage, serveFaulty } from '@x/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: FaultyServer;
beforeAll(async () => {
  server = await serveFaulty(async (req) =>
    Response.json({ ok: true, echo: new URL(req.url).pathname, pad: 'é'.repeat(50) }),
  );
});
afterAll(() => server.close());

const decode = (raw: { text(): string }) => {
  const text = raw.text();
  if (!text) throw new ResponseError('empty body');
  return JSON.parse(text) as { ok: boolean };
};

function transport() {
  return new Transport({
    baseUrl: server.url,
    allowHttp: true,
    timeoutMs: 300,
    deadlineMs: 3000,
    maxResponseBytes: 1024 * 1024,
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
}

async function call(idempotent: boolean, faults: Fault[]) {
  server.clearPlan();
  server.plan(...faults);
  const before = server.received;
  const started = Date.now();
  const result = await transport()
    .request({
      operation: idempotent ? 'read' : 'write',
      idempotent,
      method: idempotent ? 'GET' : 'POST',
      path: 'x',
      decode,
    })
    .then(
      (value) => ({ value, error: undefined }),
      (error: unknown) => ({ value: undefined, error }),
    );
  return { ...result, sent: server.received - before, ms: Date.now() - started };
}

const cases: Array<[string, Fault, new (...a: never[]) => SdkError]> = [
  ['reset before headers', { kind: 'reset-before-headers' }, ConnectionError],
  ['reset mid-body', { kind: 'reset-mid-body', bytes: 10 }, ConnectionError],
  ['attempt timeout (hang)', { kind: 'hang' }, TimeoutError],
  ['a server that drips one byte per second', { kind: 'drip' }, TimeoutError],
  ['HTML error page', htmlErrorPage(504), HttpError],
  ['truncated JSON', { kind: 'truncate', bytes: 12 }, ResponseError],
  ['invalid UTF-8', { kind: 'invalid-utf8' }, ResponseError],
  ['empty body with 200', { kind: 'empty' }, ResponseError],
  ['body over the limit', { kind: 'huge', bytes: 4 * 1024 * 1024 }, ResponseError],
];

describe('faults: a write is sent once and fails with a typed error within the deadline', () => {
  it.each(cases)('%s', async (_name, fault, type) => {
    const r = await call(false, [fault, fault, fault]);
    expect(r.error).toBeInstanceOf(type);
    expect(r.sent).toBe(1);
    expect(r.ms).toBeLessThan(3000);
  });
});

describe('faults: a read is retried as the policy says', () => {
  it.each(cases)('%s', async (_name, fault, type) => {
    const r = await call(true, [fault, fault, fault]);
    expect(r.error).toBeInstanceOf(type);
    // Transient failures are tried maxAttempts (3) times; content failures are not retried.
    const transient =
      ['reset-before-headers', 'reset-mid-body', 'hang', 'drip'].includes(fault.kind) ||
      fault.kind === 'respond';
    expect(r.sent).toBe(transient ? 3 : 1);
  });

  it('500/502/503 bursts then success: the read succeeds', async () => {
    const r = await call(true, [
      { kind: 'respond', status: 500 },
      { kind: 'respond', status: 502 },
    ]);
    expect(r.value).toMatchObject({ ok: true });
    expect(r.sent).toBe(3);
  });

  it('429 with Retry-After then success', async () => {
    const r = await call(true, [{ kind: 'respond', status: 429, headers: { 'retry-after': '0' } }]);
    expect(r.value).toMatchObject({ ok: true });
    expect(r.sent).toBe(2);
  });

  it('leaves no open sockets behind once the server closes them', async () => {
    const before = process.getActiveResourcesInfo().filter((x) => x === 'Timeout').length;
    await call(true, []);
    expect(process.getActiveResourcesInfo().filter((x) => x === 'Timeout').length).toBeLessThanOrEqual(
      before,
    );
  });
});
