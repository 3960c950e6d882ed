// Profile driver: Умное ЖКХ download.accounts() over ACCOUNTS seeded accounts (200 per page), the
// SDK walk only, against replayed pages. node --cpu-prof bench/profiles/uzhkh-driver.mjs [accounts] [walks]
import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { replayServer } from '../replay-server.mjs';

const ACCOUNTS = Number(process.argv[2] ?? 20000);
const WALKS = Number(process.argv[3] ?? 3);
const TOKEN = 'bench-token-uzhkh';
const emulator = new UzhkhEmulator({ token: TOKEN, pageSize: 200 });
emulator.seedAccounts(ACCOUNTS);
const server = await replayServer((request) => emulator.handle(request));
const walk = async (baseUrl) => {
  const client = new UzhkhClient({ baseUrl, token: TOKEN, allowHttp: true });
  let n = 0;
  for await (const account of client.download.accounts()) if (account.Id) n++;
  return n;
};
await walk(server.url);
const remote = await server.moveOut();
const c0 = process.cpuUsage();
let n = 0;
for (let i = 0; i < WALKS; i++) n = await walk(remote.url);
const c = process.cpuUsage(c0);
console.log(`${n} accounts: ${((c.user + c.system) / 1000 / WALKS).toFixed(1)} ms CPU/walk`);
await remote.close();
