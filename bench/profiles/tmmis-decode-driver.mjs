// Profile driver: ТМ:МИС invoices.byNumber on a LINES-line invoice with an in-process fetch that
// hands back the recorded answer, so only client work is timed (no sockets, no second process):
// the SDK call vs `JSON.parse(text)` of the same bytes. CPU ms per call, median of 9 rounds.
// node [--cpu-prof] bench/profiles/tmmis-decode-driver.mjs [lines] [calls] [sdk|raw|both]
import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';

const LINES = Number(process.argv[2] ?? 1000);
const CALLS = Number(process.argv[3] ?? 100);
const MODE = process.argv[4] ?? 'both';
const TOKEN = 'bench-token-tmmis';
const emulator = new TmmisEmulator({ auth: { bearer: TOKEN } });
const invoice = emulator.addInvoice(generateInvoice({ lines: LINES, seed: 2 }));
let recorded;
const record = async (url, init) => {
  const res = await emulator.handle(new Request(url, init));
  recorded = {
    status: res.status,
    headers: [...res.headers],
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
  return new Response(recorded.bytes, recorded);
};
const replay = async () => new Response(recorded.bytes, recorded);
const make = (fetch) =>
  new TmmisClient({
    baseUrl: 'http://127.0.0.1:9/',
    ogrn: DEMO_OGRN,
    oid: DEMO_OID,
    auth: { bearer: TOKEN },
    allowHttp: true,
    fetch,
  });
await make(record).invoices.byNumber({ number: invoice.invoiceNumber });
const client = make(replay);
const sides = {
  sdk: () => client.invoices.byNumber({ number: invoice.invoiceNumber }),
  raw: async () => JSON.parse(await (await replay()).text()),
};
const names = MODE === 'both' ? ['raw', 'sdk'] : [MODE];
for (let i = 0; i < 20; i++) for (const n of names) await sides[n]();
const cpu = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r < 9; r++)
  for (const n of names) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) await sides[n]();
    const c = process.cpuUsage(c0);
    cpu[n].push((c.user + c.system) / 1000 / CALLS);
  }
const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
console.log(
  names.map((n) => `${n} ${med(cpu[n]).toFixed(3)} ms`).join(', '),
  names.length === 2 ? `ratio ${(med(cpu.sdk) / med(cpu.raw)).toFixed(2)}×` : '',
  `(${recorded.bytes.length} bytes)`,
);
