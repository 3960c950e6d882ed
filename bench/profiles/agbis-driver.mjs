// Profile driver: AGBIS orders.between over N orders against a replayed body, and the bench floor
// (raw fetch + JSON.parse of the same body), interleaved. Prints the minimum CPU ms per call of each
// side (CPU time is what a loaded machine still measures fairly) and the ratio.
// node --cpu-prof bench/profiles/agbis-driver.mjs [orders] [calls] [side: both|sdk|raw]

import {
  benchClient,
  benchEmulator,
  makeOrders,
  BENCH_CLIENT,
  replayServer,
} from '../cases/agbis-support.js';

const N = Number(process.argv[2] ?? 10000);
const CALLS = Number(process.argv[3] ?? 5);
const SIDE = process.argv[4] ?? 'both';
let seeded = benchEmulator({ seed: { clients: [BENCH_CLIENT], orders: makeOrders(N) } });
const server = await replayServer((r) => seeded.emulator.handle(r));
const client = benchClient(server.baseUrl, seeded.clock);
const params = { StartDate: '2026-01-01', StopDate: '2026-01-31' };
await client.orders.between(params);
server.freeze();
seeded = undefined;
const url = `${server.baseUrl}?OrdersBetweenForAll`;
const body = JSON.stringify({
  OrdersBetweenForAll: { StartDate: '01.01.2026', StopDate: '31.01.2026' },
  SessionID: client.sessions.peek()?.id,
});
const raw = async () => {
  const res = await fetch(url, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json; charset=UTF-8' },
  });
  return JSON.parse(await res.text()).order;
};
const sdk = () => client.orders.between(params);
const cpu = async (fn) => {
  const t = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const best = { raw: Number.POSITIVE_INFINITY, sdk: Number.POSITIVE_INFINITY };
for (let i = 0; i < CALLS; i++) {
  if (SIDE !== 'sdk') best.raw = Math.min(best.raw, await cpu(raw));
  if (SIDE !== 'raw') best.sdk = Math.min(best.sdk, await cpu(sdk));
}
const ratio = SIDE === 'both' ? ` ratio ${(best.sdk / best.raw).toFixed(2)}×` : '';
console.log(
  `${N} orders, min CPU ms/call over ${CALLS}: raw ${best.raw.toFixed(1)} sdk ${best.sdk.toFixed(1)}${ratio}`,
);
await server.close();
