#!/usr/bin/env node
// Benchmark (not a test): a 10,000-row client_read answer in 1C's ValueTable form on a loopback
// server, decoded by (a) raw fetch + text() — the floor, (b) this SDK end to end (single-pass
// decoder + schema conversion), (c) fetch + fast-xml-parser's generic parse + column zip (the
// SDK's general path), (d) node-soap when it can be resolved (SOAP_PEER=/path/to/node_modules/soap).
// Also one small call (3 rows). Run after `pnpm --filter @x/partnerapi build`:
//   node packages/partnerapi/bench/client-read.mjs
import { performance } from 'node:perf_hooks';
import { PartnerApiClient, decodeGeneral } from '../dist/index.js';
import { PartnerApiEmulator } from '../dist/testing/index.js';
import { serveLoopback } from '@x/core/testing';

const ROWS = Number(process.env.ROWS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 15);
const SMALL_RUNS = Number(process.env.SMALL_RUNS ?? 300);

const emulator = new PartnerApiEmulator();
const region = 'b0000000-0000-4000-8000-000000000001';
const columns = {
  client_id: 'string',
  region_id: 'string',
  client_name: 'string',
  client_full_name: 'string',
  client_del: 'boolean',
  client_inn: 'string',
  client_kpp: 'string',
  client_reg_num: 'string',
  pay_method_id: 'integer',
  addit_attribute: 'string',
  client_new_id: 'string',
};
const rows = [];
for (let i = 0; i < ROWS; i++) {
  const id = `c${String(i).padStart(7, '0')}-0000-4000-8000-000000000000`.slice(0, 36);
  rows.push({
    client_id: id,
    region_id: region,
    client_name: `ООО «Клиент ${i}» & партнёры`,
    client_full_name: `Общество с ограниченной ответственностью «Клиент номер ${i}» — полное наименование для отчётов <${i}>`,
    client_del: i % 17 === 0,
    client_inn: String(7700000000 + i),
    client_kpp: i % 3 === 0 ? null : '770101001',
    client_reg_num: i % 2 ? String(800000000 + i) : '',
    pay_method_id: i % 5,
    addit_attribute: i % 7 === 0 ? 'VIP' : '',
    client_new_id: id.replace(/^c/, 'd'),
  });
}
const big = emulator.rowsXml('1.2', 'client_read', columns, rows);
const small = emulator.rowsXml(
  '1.2',
  'region_read',
  { region_id: 'string', region_name: 'string', region_time_zone: 'string' },
  [
    { region_id: region, region_name: 'Москва', region_time_zone: 'Europe/Moscow' },
    {
      region_id: 'b0000000-0000-4000-8000-000000000002',
      region_name: 'Санкт-Петербург',
      region_time_zone: 'Europe/Moscow',
    },
    {
      region_id: 'b0000000-0000-4000-8000-000000000003',
      region_name: 'Свердловская область',
      region_time_zone: 'Asia/Yekaterinburg',
    },
  ],
);
const bytes = new TextEncoder().encode(big).byteLength;

// A server that answers every POST with the pre-rendered body, so only the client side is measured.
const server = await serveLoopback(async (req) => {
  const text = await req.text();
  const body = text.includes('region_read') ? small : big;
  return new Response(body, { headers: { 'content-type': 'application/soap+xml; charset=utf-8' } });
});
const url = `${server.url}/cus/ws/PartnerAPI`;
const client = new PartnerApiClient({
  endpoint: url,
  user: 'partner',
  password: 'secret',
  allowHttp: true,
  retry: false,
});
const requestBody = (op) =>
  `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:par="http://buhphone.com/PartnerAPI"><soap:Header/><soap:Body><par:${op}/></soap:Body></soap:Envelope>`;
const post = (op) =>
  fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/soap+xml; charset=utf-8',
      authorization: `Basic ${btoa('partner:secret')}`,
    },
    body: requestBody(op),
  });

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0] };
}

/**
 * Runs the peers round-robin (one call each per round, order rotated) so that a busy machine's
 * drift hits every peer alike; reports median and min per peer and the heap growth seen.
 */
async function measureAll(entries, runs) {
  for (const [, fn] of entries) for (let i = 0; i < 2; i++) await fn(); // warm-up
  const samples = entries.map(() => []);
  const peaks = entries.map(() => 0);
  for (let round = 0; round < runs; round++) {
    for (let j = 0; j < entries.length; j++) {
      const k = (round + j) % entries.length;
      globalThis.gc?.();
      const before = process.memoryUsage().heapUsed;
      const t = performance.now();
      const out = await entries[k][1]();
      samples[k].push(performance.now() - t);
      peaks[k] = Math.max(peaks[k], process.memoryUsage().heapUsed - before);
      if (!out) throw new Error(`${entries[k][0]} returned nothing`);
    }
  }
  return entries.map(([name], k) => ({ name, ...stats(samples[k]), heapPeakMb: peaks[k] / 1048576 }));
}

const bigEntries = [
  ['raw fetch + text() (floor)', async () => (await post('client_read')).text()],
  ['@x/partnerapi client.client.read()', () => client.client.read()],
  [
    'fetch + fast-xml-parser generic parse + zip',
    async () => {
      const r = decodeGeneral(await (await post('client_read')).text(), 'bench');
      return r.kind === 'rows' ? r.rows : null;
    },
  ],
];

let soap;
try {
  soap = await import(process.env.SOAP_PEER ?? 'soap');
} catch {
  soap = undefined;
}
let wsdlServer;
if (soap) {
  const lib = soap.default ?? soap;
  wsdlServer = await emulator.serve();
  const peer = await lib.createClientAsync(`${wsdlServer.url}?wsdl`, {
    forceSoap12Headers: true,
    handleNilAsNull: true,
    wsdl_headers: { authorization: `Basic ${btoa('partner:secret')}` },
    endpoint: url,
  });
  peer.setSecurity(new lib.BasicAuthSecurity('partner', 'secret'));
  bigEntries.push(['node-soap 1.13 client_readAsync', async () => (await peer.client_readAsync({}))[0]]);
}
const peers = await measureAll(bigEntries, RUNS);
const smallPeers = await measureAll(
  [
    ['small: raw fetch + text()', async () => (await post('region_read')).text()],
    ['small: @x/partnerapi region.read()', () => client.region.read()],
  ],
  SMALL_RUNS,
);
await wsdlServer?.close();

const floor = peers[0].median;
const smallFloor = smallPeers[0].median;
console.log(
  `\n10,000-row client_read ValueTable answer: ${(bytes / 1e6).toFixed(2)} MB, ${RUNS} runs, median (min)\n`,
);
console.log('| peer | median ms | min ms | × floor | heap growth MB (result alive) |');
console.log('|---|---:|---:|---:|---:|');
for (const p of peers) {
  console.log(
    `| ${p.name} | ${p.median.toFixed(1)} | ${p.min.toFixed(1)} | ${(p.median / floor).toFixed(2)} | ${p.heapPeakMb.toFixed(0)} |`,
  );
}
if (!soap)
  console.log('| node-soap | not installed here (set SOAP_PEER to measure it in the same run) | | | |');
console.log(`\nsmall call (3 rows), ${SMALL_RUNS} runs\n`);
console.log('| peer | median ms | × floor |');
console.log('|---|---:|---:|');
for (const p of smallPeers)
  console.log(`| ${p.name} | ${p.median.toFixed(2)} | ${(p.median / smallFloor).toFixed(2)} |`);
await server.close();
