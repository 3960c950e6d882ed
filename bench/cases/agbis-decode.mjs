// @x/agbis large decode: OrdersBetweenForAll answering 10,000 orders in the vendor's encoding
// (URI-encoded strings with `+`/`%20`, decimal commas, string numbers, JSON labelled text/html),
// as the emulator writes it, replayed byte for byte. Floor: raw fetch + JSON.parse of the same body.
import { compare, quick, withPeakHeap } from '../lib.mjs';
import {
  BENCH_CLIENT,
  assertSameRequest,
  benchClient,
  benchEmulator,
  check,
  makeOrders,
  replayServer,
  valueRow,
} from './agbis-support.js';

export const title = '@x/agbis OrdersBetweenForAll, large decode vs raw fetch + JSON.parse';

const ORDERS = quick ? 1000 : 10_000;

export async function run() {
  let seeded = benchEmulator({ seed: { clients: [BENCH_CLIENT], orders: makeOrders(ORDERS) } });
  const clock = seeded.clock;
  const server = await replayServer((request) => seeded.emulator.handle(request));
  const client = benchClient(server.baseUrl, clock);
  const params = { StartDate: '2026-01-01', StopDate: '2026-01-31' };
  try {
    const first = await client.orders.between(params);
    check(first.orders.length === ORDERS, `SDK decoded ${first.orders.length} of ${ORDERS} orders`);
    const sample = first.orders[1];
    check(
      typeof sample.kredit === 'number' && typeof sample.Srvices[0].ext_info === 'string',
      'values decoded',
    );
    const sessionId = client.sessions.peek()?.id;
    const userAgent = server.last().headers['user-agent'];
    const bodyBytes = server.lastAnswer().bytes.length;
    // Every later request is replayed; the server drops its reference to the emulator (10,000 orders).
    server.freeze();
    seeded = undefined;

    // The hand-written request: POST `?OrdersBetweenForAll` with the command and SessionID in a JSON body.
    const url = `${server.baseUrl}?OrdersBetweenForAll`;
    const body = JSON.stringify({
      OrdersBetweenForAll: { StartDate: '01.01.2026', StopDate: '31.01.2026' },
      SessionID: sessionId,
    });
    const raw = async () => {
      const res = await fetch(url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json; charset=UTF-8', 'user-agent': userAgent },
      });
      if (!res.ok) throw new Error(`raw fetch got HTTP ${res.status}`);
      const answer = JSON.parse(await res.text());
      if (answer.error !== 0) throw new Error(`raw fetch got error ${answer.error}`);
      return answer.order;
    };
    const sdk = () => client.orders.between(params);
    await assertSameRequest(server, sdk, raw);
    check((await raw()).length === ORDERS, `raw fetch sees ${ORDERS} orders`);

    const r = await compare(raw, sdk, {
      iterations: quick ? 4 : 6,
      warmup: quick ? 1 : 2,
      rounds: 2,
    });
    const perSec = (ms) => Math.round((ORDERS * 1000) / ms);
    // One more call of each side alone, for peak heap growth (sampled every 2 ms) and a single wall time.
    const heapRaw = await withPeakHeap(raw);
    const heapSdk = await withPeakHeap(sdk);
    return [
      {
        section: 'decode',
        case: `@x/agbis orders.between, ${ORDERS.toLocaleString('en-US')} orders (${(bodyBytes / 1048576).toFixed(1)} MB)`,
        ...r,
        values: {
          'SDK items/s': perSec(r.candidate.median),
          'baseline items/s': perSec(r.baseline.median),
        },
      },
      valueRow(
        'decode',
        `@x/agbis orders.between, ${ORDERS.toLocaleString('en-US')} orders: throughput and heap`,
        {
          'body MB': bodyBytes / 1048576,
          'SDK orders/s': perSec(r.candidate.median),
          'raw orders/s': perSec(r.baseline.median),
          'SDK peak heap MB': heapSdk.peakMB,
          'raw peak heap MB': heapRaw.peakMB,
          'SDK single-call ms': heapSdk.ms,
          'raw single-call ms': heapRaw.ms,
        },
      ),
    ];
  } finally {
    await server.close();
  }
}
