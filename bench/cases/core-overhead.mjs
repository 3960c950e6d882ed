// Per-call overhead of @x/core's Transport alone against a hand-written fetch doing the same request
// (same URL, headers, JSON parse) on the same loopback server: the floor under every client.
import { Transport, bearerAuth } from '@x/core';
import { compare, scaled } from '../lib.mjs';
import { assertSameRequest, replayServer } from '../replay-server.mjs';

export const title = '@x/core Transport';

export async function run() {
  const body = JSON.stringify({
    error: 0,
    items: Array.from({ length: 10 }, (_, i) => ({ id: i, name: `item ${i}` })),
  });
  const server = await replayServer(
    () => new Response(body, { headers: { 'content-type': 'application/json' } }),
  );
  let base = server.url;
  let transport;
  const connect = () => {
    transport = new Transport({
      baseUrl: `${base}/api/`,
      allowHttp: true,
      auth: bearerAuth('bench-token-1'),
    });
  };
  connect();
  const sdkCall = () =>
    transport.request({
      operation: 'bench',
      idempotent: true,
      method: 'GET',
      path: '?PriceList=%7B%7D',
      decode: (raw) => JSON.parse(raw.text()),
    });
  await sdkCall();
  const userAgent = server.last().headers['user-agent'];
  const rawCall = async () => {
    const res = await fetch(`${base}/api/?PriceList=%7B%7D`, {
      headers: { authorization: 'Bearer bench-token-1', 'user-agent': userAgent },
    });
    return JSON.parse(await res.text());
  };
  await assertSameRequest(server, sdkCall, rawCall);
  const remote = await server.moveOut();
  base = remote.url;
  connect();
  try {
    const r = await compare(rawCall, sdkCall, { iterations: scaled(2000), warmup: scaled(200), rounds: 20 });
    return [
      {
        section: 'overhead',
        case: '@x/core Transport.request, 10-item JSON (no schema)',
        ...r,
        target: 1.15,
      },
    ];
  } finally {
    await remote.close();
  }
}
