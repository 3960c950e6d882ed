// @x/core on its own, against a loopback server: a retried read, a write that is not repeated,
// and a log line with its secret masked.
import { TimeoutError, Transport, bearerAuth } from '@x/core';
import { serveLoopback } from '@x/core/testing';

export default async function run({ log }) {
  let reads = 0;
  let writes = 0;
  const server = await serveLoopback(async (req) => {
    const path = new URL(req.url).pathname;
    if (path === '/read') {
      reads++;
      return reads === 1
        ? new Response('busy', { status: 503, headers: { 'retry-after': '0' } })
        : Response.json({ ok: true });
    }
    writes++;
    await new Promise((r) => setTimeout(r, 300));
    return Response.json({ paid: true });
  });
  const lines = [];
  const transport = new Transport({
    baseUrl: server.url,
    allowHttp: true,
    auth: bearerAuth('demo-token-123456'),
    logger: { debug: (record, msg) => lines.push(`${msg} ${JSON.stringify(record)}`) },
  });
  try {
    const out = await transport.request({
      operation: 'demo.read',
      idempotent: true,
      method: 'GET',
      path: 'read?token=demo-token-123456',
      decode: (raw) => JSON.parse(raw.text()),
    });
    log(`idempotent read: 503 then ${JSON.stringify(out)} after ${reads} attempts`);
    const error = await transport
      .request(
        {
          operation: 'demo.pay',
          idempotent: false,
          method: 'POST',
          path: 'pay',
          body: '{}',
          decode: () => 1,
        },
        { timeoutMs: 100 },
      )
      .catch((e) => e);
    log(`payment timed out (${error instanceof TimeoutError}); server saw it ${writes} time(s), not retried`);
    const url = lines[0]?.match(/"url":"([^"]+)"/)?.[1];
    log(`logged URL of attempt 1, token masked: ${url}`);
  } finally {
    await server.close();
  }
}
