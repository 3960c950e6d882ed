// A node:http loopback server that asks an emulator once per distinct request and then replays the
// recorded bytes. The SDK and the raw-fetch baseline hit the same server and get byte-identical
// answers, and the emulator's own work (routing, logging, JSON.stringify of 100,000 accounts) is
// out of the timings, so the ratio shows client cost undiluted.
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

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
 * Returns `{ url, close, freeze, moveOut, last, recorded }`: `freeze()` forgets the handler (so the
 * emulator and its data can be collected; unrecorded requests then get a 599), `moveOut()` serves
 * the recordings from a separate process instead (see there), `last()` is the most recent request
 * as `{ method, url, headers, body }` for same-request checks.
 */
export async function replayServer(handle) {
  const cache = new Map();
  const state = { handler: handle, last: undefined };
  const { url, close } = await listen(cache, state);
  return {
    url,
    freeze() {
      state.handler = undefined;
    },
    last: () => state.last,
    recorded: () => cache.size,
    close,
    /**
     * Freezes, starts a child process serving the same recordings on another port, closes this
     * server and resolves to `{ url, close }` of the child. From then on the measured process
     * holds only the client: its CPU time and heap are the client's, and the server runs on the
     * other core as a real one would. Record every request the benchmark will make first.
     */
    async moveOut() {
      state.handler = undefined;
      const entries = [];
      for (const [key, answer] of cache) entries.push([key, await answer]);
      const child = fork(fileURLToPath(import.meta.url), ['--replay-child'], {
        serialization: 'advanced',
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const ready = new Promise((resolve, reject) => {
        child.once('message', resolve);
        child.once('exit', (code) => reject(new Error(`replay server process exited (${code})`)));
      });
      child.send({ entries });
      const { port } = await ready;
      await close();
      return {
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((resolve) => {
            child.removeAllListeners('exit');
            child.once('exit', () => resolve());
            child.kill();
          }),
      };
    },
  };
}

async function listen(cache, state) {
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (!TRANSPORT_HEADERS.has(k)) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    }
    state.last = { method: req.method, url: req.url, headers, body: body.toString('utf8') };
    const key = `${req.method} ${req.url}\n${state.last.body}`;
    let answer = cache.get(key);
    if (!answer && state.handler) {
      answer = record(state.handler, req, body, headers);
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
    port,
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

// The child side of moveOut(): serve the recordings it is sent until killed.
if (process.argv[2] === '--replay-child' && process.send) {
  process.once('message', async ({ entries }) => {
    const cache = new Map(
      entries.map(([key, a]) => [key, Promise.resolve({ ...a, bytes: Buffer.from(a.bytes) })]),
    );
    const { port } = await listen(cache, { handler: undefined, last: undefined });
    process.send({ port });
  });
}
