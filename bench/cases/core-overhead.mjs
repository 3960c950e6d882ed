// Per-call overhead of @x/core's Transport against a hand-written fetch doing the same request
// (same URL, headers, JSON parse) on the same loopback server.
import { Transport, bearerAuth } from '@x/core';
import { serveLoopback } from '@x/core/testing';
import { compare } from '../lib.mjs';

export const title = 'Per-call overhead: @x/core Transport vs raw fetch';

export async function run() {
  const body = JSON.stringify({
    error: 0,
    items: Array.from({ length: 10 }, (_, i) => ({ id: i, name: `item ${i}` })),
  });
  const server = await serveLoopback(
    () => new Response(body, { headers: { 'content-type': 'application/json' } }),
  );
  const url = `${server.url}/api/?PriceList=%7B%7D`;
  const transport = new Transport({
    baseUrl: `${server.url}/api/`,
    allowHttp: true,
    auth: bearerAuth('bench-token-1'),
  });
  try {
    const r = await compare(
      async () => {
        const res = await fetch(url, { headers: { authorization: 'Bearer bench-token-1' } });
        return JSON.parse(await res.text());
      },
      () =>
        transport.request({
          operation: 'bench',
          idempotent: true,
          method: 'GET',
          path: '?PriceList=%7B%7D',
          decode: (raw) => JSON.parse(raw.text()),
        }),
    );
    return [{ case: 'small GET, 10-item JSON', baseline: 'raw fetch', ...r, target: 1.15 }];
  } finally {
    await server.close();
  }
}
