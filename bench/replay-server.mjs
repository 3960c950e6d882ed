// A node:http loopback server that asks an emulator once per distinct request and then replays the
// recorded bytes. The SDK and the raw-fetch baseline hit the same server and get byte-identical
// answers, and the emulator's own work (routing, logging, JSON.stringify of 100,000 accounts) is
// out of the timings, so the ratio shows client cost undiluted.
import { createServer } from 'node:http';

/** Headers that the HTTP stack adds or varies by itself; everything else must match between sides. */
const TRANSPORT_HEADERS = new Set([
  'host',
  'connection',
  'content-length',
  'accept-encoding',
  'accept-language',
  'sec-fetch-mode',
  'transfer-encoding',
  'keep-alive',
]);

/**
 * Starts the server on 127.0.0.1. `handle(request)` is the emulator's fetch-style handler.
 * Returns `{ url, close, freeze, last, recorded }`: `freeze()` forgets the handler (so the emulator
 * and its data can be collected before memory is measured; unrecorded requests then get a 599),
 * `last()` is the most recent request as `{ method, url, headers, body }` for same-request checks.
 */
export async function replayServer(handle) {
  const cache = new Map();
  let handler = handle;
  let last;
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (!TRANSPORT_HEADERS.has(k)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    last = { method: req.method, url: req.url, headers, body: body.toString('utf8') };
    const key = `${req.method} ${req.url}\n${last.body}`;
    let answer = cache.get(key);
    if (!answer && handler) {
      answer = record(handler, req, body, headers);
      cache.set(key, answer);
    }
    const a = answer ? await answer : { status: 599, headers: {}, bytes: Buffer.from('not recorded') };
    res.writeHead(a.status, { ...a.headers, 'content-length': a.bytes.length });
    res.end(a.bytes);
  });
  // Many benchmark calls in a row: keep connections open as a production server would.
  server.keepAliveTimeout = 60_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    freeze() {
      handler = undefined;
    },
    last: () => last,
    recorded: () => cache.size,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function record(handle, req, body, headers) {
  const request = new Request(`http://${req.headers.host}${req.url}`, {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
  });
  const response = await handle(request);
  const out = {};
  response.headers.forEach((v, k) => {
    if (k !== 'content-length' && k !== 'transfer-encoding') out[k] = v;
  });
  return { status: response.status, headers: out, bytes: Buffer.from(await response.arrayBuffer()) };
}

/**
 * Asserts that the SDK and the raw baseline sent the same request (method, URL, body, headers other
 * than transport ones), so the comparison is like for like. Call each side once, then this.
 */
export async function assertSameRequest(server, sdkCall, rawCall) {
  await sdkCall();
  const sdk = server.last();
  await rawCall();
  const raw = server.last();
  const show = (r) => JSON.stringify(r);
  const same =
    sdk.method === raw.method &&
    sdk.url === raw.url &&
    sdk.body === raw.body &&
    show(sortKeys(sdk.headers)) === show(sortKeys(raw.headers));
  if (!same) {
    throw new Error(`raw baseline differs from the SDK's request:\n  SDK ${show(sdk)}\n  raw ${show(raw)}`);
  }
  return sdk;
}

function sortKeys(o) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
