// Profile driver: ТМ:МИС invoices.byNumber on a LINES-line invoice, the SDK call only, against a
// replayed body served from another process. node --cpu-prof bench/profiles/tmmis-driver.mjs [lines] [calls]
import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { replayServer } from '../replay-server.mjs';

const LINES = Number(process.argv[2] ?? 1000);
const CALLS = Number(process.argv[3] ?? 200);
const TOKEN = 'bench-token-tmmis';
const emulator = new TmmisEmulator({ auth: { bearer: TOKEN } });
const invoice = emulator.addInvoice(generateInvoice({ lines: LINES, seed: 2 }));
const server = await replayServer((request) => emulator.handle(request));
const make = (baseUrl) =>
  new TmmisClient({ baseUrl, ogrn: DEMO_OGRN, oid: DEMO_OID, auth: { bearer: TOKEN }, allowHttp: true });
await make(server.url).invoices.byNumber({ number: invoice.invoiceNumber });
const remote = await server.moveOut();
const client = make(remote.url);
for (let i = 0; i < 20; i++) await client.invoices.byNumber({ number: invoice.invoiceNumber });
const c0 = process.cpuUsage();
for (let i = 0; i < CALLS; i++) await client.invoices.byNumber({ number: invoice.invoiceNumber });
const c = process.cpuUsage(c0);
console.log(`${LINES} lines: ${((c.user + c.system) / 1000 / CALLS).toFixed(2)} ms CPU/call`);
await remote.close();
