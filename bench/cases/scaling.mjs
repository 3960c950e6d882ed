// How cost grows with work (issue 17): an AGBIS day-window stream over 1,000 / 10,000 / 100,000
// orders and PartnerAPI client.read() over 1,000 / 10,000 / 100,000 rows. Per size: wall time per
// item, CPU time per item, and heap used after gc. Flat time per item means cost is linear in the
// work; for the stream, heap after gc at the first, middle and last window stays flat because a
// window's orders are dropped once the loop has seen them. One pass per size: this is a shape, not
// a precise figure (the comparison rows in `decode` are the precise ones).
//
// The AGBIS answers come from the emulator in this process (a replay server would have to hold
// every window's bytes: 260 MB at 100,000 orders); its own cost is measured alone first (the same
// walk answered but not decoded: raw fetch + text()) and shown next to the SDK's, so the SDK's
// share stays visible.
import { performance } from 'node:perf_hooks';
import { serveLoopback } from '@x/core/testing';
import { PartnerApiClient } from '@x/partnerapi';
import { PartnerApiEmulator } from '@x/partnerapi/testing';
import { heapAfterGc, quick } from '../lib.mjs';
import { BENCH_CLIENT, benchClient, benchEmulator, check, makeOrders } from './agbis-support.js';
import { benchClient as partnerClient, clientReadAnswer } from './partnerapi-support.js';

export const title = 'Scaling: AGBIS order stream and PartnerAPI rows at 1,000 / 10,000 / 100,000';

const SIZES = quick ? [500, 1_000, 10_000] : [1_000, 10_000, 100_000];
const ORDERS_PER_DAY = 500;

const DAY = 86_400_000;
const dayText = (ms) => {
  const d = new Date(ms);
  const p = (v) => String(v).padStart(2, '0');
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
};

/**
 * A server answering every OrdersBetweenForAll window with the same `ORDERS_PER_DAY` orders (the
 * emulator's bytes for them, rendered once), their `dor_id`s prefixed with the window's day so the
 * stream's de-duplication keeps them all. Login and anything else go to the emulator. Rendering
 * 100,000 orders through the emulator would take minutes here; rewriting one id per order is cheap.
 */
async function windowServer() {
  const { clock, emulator } = benchEmulator({
    seed: { clients: [BENCH_CLIENT], orders: makeOrders(ORDERS_PER_DAY) },
  });
  let template;
  const server = await serveLoopback(async (request) => {
    if (!request.url.includes('OrdersBetweenForAll')) return emulator.handle(request);
    const body = await request.text();
    if (template === undefined) {
      const month = body.replace(
        /"StartDate":"[^"]*","StopDate":"[^"]*"/,
        '"StartDate":"01.01.2026","StopDate":"31.01.2026"',
      );
      const answer = await emulator.handle(
        new Request(request.url, { method: 'POST', headers: request.headers, body: month }),
      );
      template = await answer.text();
    }
    const day = /"StartDate":"([^"]*)"/.exec(body)[1];
    return new Response(template.replaceAll('"dor_id":"', `"dor_id":"${day}-`), {
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  });
  return { server, clock };
}

async function agbisStream(n, { server, clock }) {
  const client = benchClient(`${server.url}/`, clock);
  const days = n / ORDERS_PER_DAY;
  const start = Date.UTC(2026, 0, 1);
  const range = { from: dayText(start), to: dayText(start + (days - 1) * DAY), windowDays: 1 };
  const heap = [];
  const marks = new Set([1, Math.floor(n / 2), n]);
  const t0 = performance.now();
  let seen = 0;
  let paused = 0;
  for await (const order of client.streams.ordersBetween(range)) {
    seen++;
    if (order.dor_id === undefined) throw new Error('order without dor_id');
    if (marks.has(seen)) {
      const p = performance.now();
      heap.push(heapAfterGc());
      paused += performance.now() - p;
    }
  }
  const ms = performance.now() - t0 - paused;
  check(seen === n, `stream sees ${seen} of ${n} orders`);
  return {
    'ms / 1,000 items': (ms * 1000) / n,
    requests: days,
    'heap MB after gc: first item': heap[0],
    'middle item': heap[1],
    'last item': heap[2],
  };
}

async function partnerRows(n) {
  const emulator = new PartnerApiEmulator();
  let body = clientReadAnswer(emulator, n, { markup: false });
  const server = await serveLoopback(
    async () => new Response(body, { headers: { 'content-type': 'application/soap+xml; charset=utf-8' } }),
  );
  // 100,000 rows are ~80 MB of XML, above the default 32 MB guard: raised here, not removed.
  const client = partnerClient(PartnerApiClient, `${server.url}/cus/ws/PartnerAPI`, {
    maxResponseBytes: 256 * 1048576,
  });
  try {
    // The warm-up call runs in its own frame, so no register of this one still holds its rows.
    await (async () => check((await client.client.read()).length === n, `client.read() sees ${n} rows`))();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    // Held through an object so the result cannot be collected before the heap is read.
    const keep = { result: await client.client.read() };
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    check(keep.result.length === n, `client.read() sees ${n} rows`);
    return {
      'ms / 1,000 items': (ms * 1000) / n,
      'CPU ms / 1,000 items': ((cpu.user + cpu.system) / 1000) * (1000 / n),
    };
  } finally {
    body = undefined;
    await server.close();
  }
}

export async function run() {
  const out = [];
  const agbis = await windowServer();
  try {
    await agbisStream(SIZES[0], agbis); // warm-up: JIT, session login, the rendered window
    for (const n of SIZES) {
      out.push({
        section: 'scaling',
        case: `@x/agbis streams.ordersBetween, ${n.toLocaleString('en-US')} orders (1-day windows of ${ORDERS_PER_DAY})`,
        values: await agbisStream(n, agbis),
      });
    }
  } finally {
    await agbis.server.close();
  }
  for (const n of SIZES) {
    out.push({
      section: 'scaling',
      case: `@x/partnerapi client.read(), ${n.toLocaleString('en-US')} rows`,
      values: await partnerRows(n),
    });
  }
  return out;
}
