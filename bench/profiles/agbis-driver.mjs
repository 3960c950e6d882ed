// Profile driver: AGBIS orders.between over N orders, the SDK call only, against a replayed body.
// node --cpu-prof bench/profiles/agbis-driver.mjs [orders] [calls]

import {
  benchClient,
  benchEmulator,
  makeOrders,
  BENCH_CLIENT,
  replayServer,
} from '../cases/agbis-support.js';

const N = Number(process.argv[2] ?? 10000);
const CALLS = Number(process.argv[3] ?? 5);
const seeded = benchEmulator({ seed: { clients: [BENCH_CLIENT], orders: makeOrders(N) } });
const server = await replayServer((r) => seeded.emulator.handle(r));
const client = benchClient(server.baseUrl, seeded.clock);
const params = { StartDate: '2026-01-01', StopDate: '2026-01-31' };
await client.orders.between(params);
server.freeze();
const t0 = performance.now();
for (let i = 0; i < CALLS; i++) await client.orders.between(params);
const ms = (performance.now() - t0) / CALLS;
console.log(`${N} orders: ${ms.toFixed(1)} ms/call wall`);
await server.close();
