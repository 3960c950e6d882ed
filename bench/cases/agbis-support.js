// Shared setup of the bench/cases/agbis-*.mjs cases. Named `.js` (ESM: the root package is
// "type": "module") so that bench/run.mjs, which runs every `*.mjs` here, does not take it for a case.
import { createServer } from 'node:http';
import { AgbisClient } from '@x/agbis';
import { AgbisEmulator, DEMO_CLIENT, blankOrder, blankService } from '@x/agbis/testing';
import { ManualClock } from '@x/core/testing';
import * as lib from '../lib.mjs';

export const START = Date.UTC(2026, 2, 10, 9, 0, 0);
/** The client the package's own tests seed and read back. */
export const BENCH_CLIENT = DEMO_CLIENT;

// The same check as every other case's.
export const { check } = lib;

/**
 * A value row in whichever shape the harness reads: `{ section, case, values }` when bench/lib.mjs
 * has sections, otherwise the flat `{ case, ...values }`.
 */
export function valueRow(section, name, values) {
  return 'SECTIONS' in lib ? { section, case: name, values } : { case: name, ...values };
}

/** An emulator on a manual clock (sessions never expire unless the bench moves it), seeded with one client. */
export function benchEmulator(extra = {}) {
  const clock = new ManualClock(START);
  const emulator = new AgbisEmulator({ clock, seed: { clients: [BENCH_CLIENT] }, ...extra });
  return { clock, emulator };
}

/** A client on `baseUrl` (user `api` / `secret`) whose session clock is `clock`. */
export function benchClient(baseUrl, clock, extra = {}) {
  return new AgbisClient({
    baseUrl,
    user: 'api',
    password: 'secret',
    allowHttp: true,
    now: () => clock.now(),
    ...extra,
  });
}

const NAMES = ['Пальто женское', 'Костюм мужской 2-ка', 'Ремонт: замена молнии', 'Платье вечернее'];
const TOV = ['10018', '10027', '10016'];

/** `n` orders accepted within January 2026: 1–3 services each (the first with a Cyrillic addon), one payment. */
export function makeOrders(n) {
  const base = Date.UTC(2026, 0, 1, 9, 0, 0);
  const orders = [];
  for (let i = 0; i < n; i++) {
    const id = String(200000 + i);
    const accepted = base + (i % 30) * 86_400_000 + (i % 600) * 60_000;
    const services = [];
    for (let k = 0; k < 1 + (i % 3); k++) {
      services.push(
        blankService({
          dos_id: `${id}${k}`,
          tov_id: TOV[(i + k) % TOV.length],
          qty: 1 + (k % 2),
          price: 1399.15 + (i % 97) * 10.5,
          discount: i % 5 === 0 ? 12.5 : 0,
          status_id: 1 + (i % 4),
          ext_info: `${NAMES[(i + k) % NAMES.length]}, пятно на рукаве №${k + 1}`,
          barcode: `16000${id}${k}`,
          addons: k === 0 ? [{ aos_id: `${id}9`, addon_id: '111', value: 'Бежевый с отливом' }] : [],
        }),
      );
    }
    orders.push(
      blankOrder({
        dor_id: id,
        doc_num: String(i + 1).padStart(6, '0'),
        contr_id: '10013',
        accepted,
        date_out: accepted + 3 * 86_400_000,
        date_out_fact: i % 2 ? accepted + 4 * 86_400_000 : null,
        status_id: 1 + (i % 4),
        sclad_id: '1003',
        sclad_to: '1003',
        current_sclad_id: '1003',
        services,
        payments: [{ id: `${id}1`, at: accepted, type_doc: 1, amount: 500.25, is_fiscal: true }],
      }),
    );
  }
  return orders;
}

/**
 * A node:http server on 127.0.0.1 that asks `handler` (the emulator's `handle`) the first time it
 * sees a request (method + URL + body) and replays the recorded bytes afterwards, so both sides of
 * a comparison get byte-identical answers and the emulator's own work stays out of the timings.
 * `last()` is the last request as received; `freeze()` drops the handler (and the emulator with it).
 */
export async function replayServer(handler) {
  const recorded = new Map();
  let last;
  let ask = handler;
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      last = { method: req.method, url: req.url, body, headers: { ...req.headers } };
      const key = `${req.method} ${req.url}\n${body}`;
      let answer = recorded.get(key);
      if (!answer) {
        if (!ask) {
          res.writeHead(500).end('replay server frozen: unexpected request');
          return;
        }
        const response = await ask(
          new Request(`http://127.0.0.1${req.url}`, {
            method: req.method,
            headers: req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {},
            body: req.method === 'POST' ? body : undefined,
          }),
        );
        answer = {
          status: response.status,
          contentType: response.headers.get('content-type') ?? 'text/html',
          bytes: Buffer.from(await response.arrayBuffer()),
        };
        recorded.set(key, answer);
      }
      res.writeHead(answer.status, {
        'content-type': answer.contentType,
        'content-length': answer.bytes.length,
      });
      res.end(answer.bytes);
    });
  });
  // Long decodes leave sockets idle for seconds; node's 5 s default would reset a reused one mid-bench.
  server.keepAliveTimeout = 120_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    baseUrl: `${url}/cl/demo/api/`,
    last: () => last,
    /** Bytes of the recorded answer to the last request. */
    lastAnswer: () => recorded.get(`${last.method} ${last.url}\n${last.body}`),
    freeze: () => {
      ask = undefined;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const TRANSPORT_HEADERS = new Set(['host', 'connection', 'content-length', 'accept-encoding', 'keep-alive']);

/** Calls both sides once and throws unless the server saw the same method, URL, body and headers. */
export async function assertSameRequest(server, sdkCall, rawCall) {
  await sdkCall();
  const a = server.last();
  await rawCall();
  const b = server.last();
  const headers = (r) =>
    JSON.stringify(
      Object.entries(r.headers)
        .filter(([k]) => !TRANSPORT_HEADERS.has(k))
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    );
  for (const [what, x, y] of [
    ['method', a.method, b.method],
    ['URL', a.url, b.url],
    ['body', a.body, b.body],
    ['headers', headers(a), headers(b)],
  ]) {
    check(x === y, `raw fetch differs from the SDK in its ${what}:\n  SDK ${x}\n  raw ${y}`);
  }
}
