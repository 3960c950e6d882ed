// Profile driver: core Transport.request vs raw fetch on a 10-item JSON answer served from another
// process, N calls each. node --cpu-prof bench/profiles/transport-driver.mjs [calls]
const { Transport, bearerAuth } = await import(process.env.CORE_ENTRY ?? '@x/core');
import { SPEC, TEN_ITEMS } from './transport-support.js';
import { replayServer } from '../replay-server.mjs';

const N = Number(process.argv[2] ?? 5000);
const body = TEN_ITEMS;
const server = await replayServer(
  () => new Response(body, { headers: { 'content-type': 'application/json' } }),
);
const spec = SPEC;
let t = new Transport({ baseUrl: `${server.url}/api/`, allowHttp: true, auth: bearerAuth('bench-token-1') });
await t.request(spec);
const remote = await server.moveOut();
t = new Transport({ baseUrl: `${remote.url}/api/`, allowHttp: true, auth: bearerAuth('bench-token-1') });
const ua = 'x-sdk/0 (+https://www.npmjs.com/org/x)';
const raw = async () =>
  JSON.parse(
    await (
      await fetch(`${remote.url}/api/?PriceList=%7B%7D`, {
        headers: { authorization: 'Bearer bench-token-1', 'user-agent': ua },
      })
    ).text(),
  );
// The same fetch with what any timeout costs: an AbortController, a timer, the signal handed to fetch.
const rawt = async () => {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), 30_000);
  try {
    const res = await fetch(`${remote.url}/api/?PriceList=%7B%7D`, {
      headers: { authorization: 'Bearer bench-token-1', 'user-agent': ua },
      signal: ac.signal,
    });
    return JSON.parse(await res.text());
  } finally {
    clearTimeout(timer);
  }
};
const sdk = () => t.request(spec);
for (let i = 0; i < 300; i++) {
  await raw();
  await rawt();
  await sdk();
}
const mode = process.argv[3] ?? 'all';
const cpu = { raw: [], rawt: [], sdk: [] };
for (let r = 0; r < 7; r++) {
  for (const [name, fn] of [
    ['raw', raw],
    ['rawt', rawt],
    ['sdk', sdk],
  ]) {
    if (mode !== 'all' && mode !== name) continue;
    const c0 = process.cpuUsage();
    for (let i = 0; i < N; i++) await fn();
    const c = process.cpuUsage(c0);
    cpu[name].push((c.user + c.system) / 1000 / N);
  }
}
// Minimum over rounds: the least disturbed round of each side (the machine is shared).
for (const [name, v] of Object.entries(cpu))
  if (v.length) console.log(`${name}: min ${Math.min(...v).toFixed(3)} ms CPU/call over ${v.length} rounds`);
await remote.close();
