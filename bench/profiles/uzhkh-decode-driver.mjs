// Profile driver: Умное ЖКХ download.accounts() over ACCOUNTS seeded accounts (200 per page) with an
// in-process fetch that replays the recorded pages, so only client work is timed (no sockets): the
// SDK walk vs `JSON.parse(text)` of the same pages. CPU ms per walk, median of ROUNDS.
// node [--cpu-prof] bench/profiles/uzhkh-decode-driver.mjs [accounts] [rounds] [sdk|raw|both]
import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';

const ACCOUNTS = Number(process.argv[2] ?? 20000);
const ROUNDS = Number(process.argv[3] ?? 5);
const MODE = process.argv[4] ?? 'both';
const TOKEN = 'bench-token-uzhkh';
const emulator = new UzhkhEmulator({ token: TOKEN, pageSize: 200 });
emulator.seedAccounts(ACCOUNTS);
const pages = new Map();
const keyOf = (url, init) => `${init?.method ?? 'GET'} ${url} ${init?.body ?? ''}`;
const record = async (url, init) => {
  const res = await emulator.handle(new Request(url, init));
  const answer = {
    status: res.status,
    headers: [...res.headers],
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
  pages.set(keyOf(url, init), answer);
  return new Response(answer.bytes, answer);
};
const replay = async (url, init) => {
  const answer = pages.get(keyOf(url, init));
  return new Response(answer.bytes, answer);
};
const walk = async (fetch) => {
  const client = new UzhkhClient({ baseUrl: 'http://127.0.0.1:9/', token: TOKEN, allowHttp: true, fetch });
  let n = 0;
  for await (const account of client.download.accounts()) if (account.Id) n++;
  return n;
};
const seeded = await walk(record);
const raw = async () => {
  let n = 0;
  for (const answer of pages.values()) {
    const value = JSON.parse(await new Response(answer.bytes, answer).text());
    if (Array.isArray(value)) n += value.length;
    else for (const v of Object.values(value ?? {})) if (Array.isArray(v)) n += v.length;
  }
  return n;
};
const sides = { sdk: () => walk(replay), raw };
const names = MODE === 'both' ? ['raw', 'sdk'] : [MODE];
for (const n of names) await sides[n]();
const cpu = Object.fromEntries(names.map((n) => [n, []]));
for (let r = 0; r < ROUNDS; r++)
  for (const n of names) {
    const c0 = process.cpuUsage();
    await sides[n]();
    const c = process.cpuUsage(c0);
    cpu[n].push((c.user + c.system) / 1000);
  }
const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
console.log(
  `${seeded} accounts, ${pages.size} pages:`,
  names.map((n) => `${n} ${med(cpu[n]).toFixed(1)} ms`).join(', '),
  names.length === 2 ? `ratio ${(med(cpu.sdk) / med(cpu.raw)).toFixed(2)}×` : '',
);
