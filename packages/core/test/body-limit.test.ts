import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { ResponseError, Transport } from '@x/core';
import { type LoopbackServer, serveLoopback } from '@x/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// 32 MiB of spaces compresses to a few tens of KB: a decompression bomb against a 1 MiB limit.
const inflated = Buffer.alloc(32 * 1024 * 1024, 0x20);
const small = Buffer.from(JSON.stringify({ ok: true, pad: 'x'.repeat(1000) }));
const encoders = {
  gzip: gzipSync,
  deflate: deflateSync,
  br: (b: Buffer) => brotliCompressSync(b),
} as const;
type Encoding = keyof typeof encoders;
const bombs = Object.fromEntries(
  Object.entries(encoders).map(([k, f]) => [k, { bomb: f(inflated), small: f(small) }]),
) as Record<Encoding, { bomb: Buffer; small: Buffer }>;

let server: LoopbackServer;
beforeAll(async () => {
  server = await serveLoopback((req) => {
    const url = new URL(req.url);
    const encoding = url.searchParams.get('e') as Encoding;
    const body = url.searchParams.get('kind') === 'bomb' ? bombs[encoding].bomb : bombs[encoding].small;
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': 'application/json',
        'content-encoding': encoding,
        'content-length': String(body.length),
      },
    });
  });
});
afterAll(() => server.close());

const transport = () =>
  new Transport({ baseUrl: server.url, allowHttp: true, maxResponseBytes: 1024 * 1024, retry: false });
const get = (e: Encoding, kind: 'bomb' | 'small') =>
  transport().request({
    operation: 'read',
    idempotent: true,
    method: 'GET',
    path: 'x',
    query: { e, kind },
    // The decoder itself accepts any body, so only the size limit can refuse one.
    decode: (raw) => ({ ok: raw.bytes.length > 0, bytes: raw.bytes.length }),
  });

describe('maxResponseBytes counts decompressed bytes', () => {
  it.each(Object.keys(encoders) as Encoding[])(
    'a %s bomb with a small Content-Length is cut off',
    async (e) => {
      expect(bombs[e].bomb.length).toBeLessThan(1024 * 1024);
      const error = await get(e, 'bomb').catch((x: unknown) => x);
      expect(error).toBeInstanceOf(ResponseError);
      expect((error as Error).message).toContain('larger than the 1048576-byte limit');
    },
  );

  it.each(Object.keys(encoders) as Encoding[])('a small %s body still decodes', async (e) => {
    await expect(get(e, 'small')).resolves.toEqual({ ok: true, bytes: small.length });
  });
});
