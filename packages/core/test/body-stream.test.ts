// RequestSpec.stream (issue 17): a decoder receives the body's text while it arrives, and the
// limits, UTF-8 check and error mapping of a fully read body still hold.
import { HttpError, type RequestSpec, ResponseError, type TextSink, Transport } from '@x/core';
import { type LoopbackServer, serveLoopback } from '@x/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const enc = new TextEncoder();
// "Дом" split inside the two-byte "о", and a four-byte character split after its first byte.
const PARTS = [enc.encode('<a>Д'), enc.encode('ом').subarray(0, 1), enc.encode('ом').subarray(1)];
const EMOJI = enc.encode('😀');
PARTS.push(enc.encode('-'), EMOJI.subarray(0, 1), EMOJI.subarray(1), enc.encode('</a>'));
const TEXT = '<a>Дом-😀</a>';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

let server: LoopbackServer;
beforeAll(async () => {
  server = await serveLoopback(async (req) => {
    const kind = new URL(req.url).searchParams.get('kind');
    const parts =
      kind === 'bad-utf8'
        ? [enc.encode('<a>'), new Uint8Array([0xff, 0xfe]), enc.encode('</a>')]
        : kind === 'big'
          ? Array.from({ length: 40 }, () => enc.encode('x'.repeat(1000)))
          : [...PARTS];
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = parts.shift();
        if (next === undefined) controller.close();
        else {
          // A pause between writes so that the client sees the pieces as separate chunks.
          await new Promise((r) => setTimeout(r, 5));
          controller.enqueue(next);
        }
      },
    });
    const status = kind === 'status' ? 503 : 200;
    const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
    if (kind === 'declared') headers['content-length'] = String(PARTS.reduce((n, p) => n + p.length, 0));
    return new Response(body, { status, headers });
  });
});
afterAll(() => server.close());

function recorder() {
  const chunks: string[] = [];
  let ended = 0;
  const sink: TextSink = {
    write: (c) => void chunks.push(c),
    end: () => void ended++,
  };
  return { sink, chunks, ended: () => ended };
}

const transport = (maxResponseBytes?: number) =>
  new Transport({ baseUrl: server.url, allowHttp: true, retry: false, maxResponseBytes });

/** A GET of the test server's body of `kind` (see the server above), with the spec's other fields. */
const read = <T>(
  kind: string | undefined,
  rest: Pick<RequestSpec<T>, 'stream' | 'decode'>,
  maxResponseBytes?: number,
) =>
  transport(maxResponseBytes).request({
    operation: 'read',
    idempotent: true,
    method: 'GET',
    path: 'x',
    ...(kind === undefined ? {} : { query: { kind } }),
    ...rest,
  });

describe('RequestSpec.stream', () => {
  it.each(['chunked', 'declared'])(
    'hands the text over in order, characters whole, then ends (%s body)',
    async (kind) => {
      const r = recorder();
      let statusSeen: number | undefined;
      const out = await read(kind, {
        stream: (status) => {
          statusSeen = status;
          return r.sink;
        },
        decode: (raw) => ({ text: raw.text(), bytes: raw.bytes.length, ended: r.ended() }),
      });
      expect(statusSeen).toBe(200);
      expect(r.chunks.length).toBeGreaterThan(1);
      expect(r.chunks.join('')).toBe(TEXT);
      // No chunk ends in half a surrogate pair: every piece is well-formed on its own.
      for (const c of r.chunks) expect(c).not.toMatch(LONE_SURROGATE);
      expect(out).toEqual({ text: TEXT, bytes: enc.encode(TEXT).length, ended: 1 });
    },
  );

  it('does not end the sink on invalid UTF-8, and text() still reports it', async () => {
    const r = recorder();
    const error = await read('bad-utf8', {
      stream: () => r.sink,
      decode: (raw) => raw.text(),
    }).catch((e: unknown) => e);
    expect(r.ended()).toBe(0);
    expect(r.chunks.join('')).toBe('<a>');
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toContain('not valid UTF-8');
  });

  it('keeps maxResponseBytes: the read stops with the limit error and the sink never ends', async () => {
    const r = recorder();
    const error = await read(
      'big',
      {
        stream: () => r.sink,
        decode: () => 'decoded',
      },
      10_000,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toContain('larger than the 10000-byte limit');
    expect(r.ended()).toBe(0);
    expect(r.chunks.join('').length).toBeLessThanOrEqual(10_000);
  });

  it('is not asked for a status the request does not accept', async () => {
    let asked = false;
    const error = await read('status', {
      stream: () => {
        asked = true;
        return undefined;
      },
      decode: () => 'decoded',
    }).catch((e: unknown) => e);
    expect(asked).toBe(false);
    expect(error).toBeInstanceOf(HttpError);
  });

  it("fails the call with the sink's error as a decode error, after the body is read", async () => {
    let decoded = false;
    const error = await read(undefined, {
      stream: () => ({
        write() {
          throw new Error('sink broke');
        },
        end() {},
      }),
      decode: () => {
        decoded = true;
        return 'decoded';
      },
    }).catch((e: unknown) => e);
    expect(decoded).toBe(false);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toContain('could not be decoded (sink broke)');
  });
});
