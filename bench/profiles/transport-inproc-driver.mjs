// Profile driver: the SDK's own per-call work. Transport.request vs the same request by hand, both on an
// in-process fetch that returns a prebuilt Response (no sockets): CPU µs per call, median of 9 rounds.
// node [--cpu-prof] bench/profiles/transport-inproc-driver.mjs [calls]   (CORE_ENTRY=<built index.js> for another build)
const { Transport, bearerAuth } = await import(process.env.CORE_ENTRY ?? '@x/core');
import { SPEC, TEN_ITEMS } from './transport-support.js';
const body = TEN_ITEMS;
const bytes = new TextEncoder().encode(body);
const fake = async () =>
  new Response(bytes, {
    headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) },
  });
const t = new Transport({
  baseUrl: 'http://127.0.0.1:9/api/',
  allowHttp: true,
  auth: bearerAuth('bench-token-1'),
  fetch: fake,
});
const spec = SPEC;
const ua = 'x-sdk/0 (+https://www.npmjs.com/org/x)';
const V = {
  raw: async () =>
    JSON.parse(
      await (
        await fake('http://127.0.0.1:9/api/?PriceList=%7B%7D', {
          headers: { authorization: 'Bearer bench-token-1', 'user-agent': ua },
        })
      ).text(),
    ),
  sdk: () => t.request(spec),
};
const N = Number(process.argv[2] ?? 20000);
for (let i = 0; i < 5000; i++) {
  await V.raw();
  await V.sdk();
}
const res = { raw: [], sdk: [] };
for (let r = 0; r < 9; r++)
  for (const n of r % 2 ? ['sdk', 'raw'] : ['raw', 'sdk']) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < N; i++) await V[n]();
    const c = process.cpuUsage(c0);
    res[n].push((c.user + c.system) / N);
  }
const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
console.log(
  `raw ${med(res.raw).toFixed(2)} µs, sdk ${med(res.sdk).toFixed(2)} µs, sdk-raw ${(med(res.sdk) - med(res.raw)).toFixed(2)} µs (min ${Math.min(...res.raw).toFixed(2)} / ${Math.min(...res.sdk).toFixed(2)})`,
);
