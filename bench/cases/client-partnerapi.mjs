// @x/partnerapi against the raw-fetch floor and against node-soap (the `soap` package, the peer our
// users would otherwise pick), all in the same run on one loopback server: a 10,000-row client_read
// answer in 1C's ValueTable form (time and heap) and a small 3-row call. Peers: (a) raw fetch +
// text() — the floor, (b) this SDK end to end (single-pass decoder + schema conversion), (c) fetch +
// fast-xml-parser's generic parse + column zip (the SDK's general path), (d) node-soap 1.13 with
// forceSoap12Headers and handleNilAsNull (without the latter it drops nil cells and shifts columns).
// Then (a) and (b) again with the body paced like a fast network link, where decoding while the
// body arrives (issue 17) keeps the SDK near the transfer time.
import { performance } from 'node:perf_hooks';
import { serveLoopback } from '@x/core/testing';
import { PartnerApiClient, decodeGeneral } from '@x/partnerapi';
import { PartnerApiEmulator } from '@x/partnerapi/testing';
import * as soap from 'soap';
import { scaled } from '../lib.mjs';
import { REGION, benchClient, clientReadAnswer, pacedResponse } from './partnerapi-support.js';

export const title = '@x/partnerapi vs node-soap';

const ROWS = 10_000;
const RUNS = scaled(15);
const SMALL_RUNS = scaled(300);
/** Pause before each 64 KiB piece of the paced body: ~120 pieces × 3 ms ≈ 20 MB/s, a fast link. */
const PACE_MS = 3;

export async function run() {
  const emulator = new PartnerApiEmulator();
  const big = clientReadAnswer(emulator, ROWS);
  const small = emulator.rowsXml(
    '1.2',
    'region_read',
    { region_id: 'string', region_name: 'string', region_time_zone: 'string' },
    [
      { region_id: REGION, region_name: 'Москва', region_time_zone: 'Europe/Moscow' },
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

  // The same body paced like a fast network link (64 KiB every PACE_MS): what "decoding while the
  // body arrives" buys shows here, where the transfer, not the CPU, sets the floor.
  const bigBytes = new TextEncoder().encode(big);
  const paced = await serveLoopback(async (req) => {
    await req.text();
    return pacedResponse(bigBytes, PACE_MS);
  });
  const pacedUrl = `${paced.url}/cus/ws/PartnerAPI`;
  const pacedClient = benchClient(PartnerApiClient, pacedUrl);
  const client = benchClient(PartnerApiClient, url);
  const requestBody = (op) =>
    `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:par="http://buhphone.com/PartnerAPI"><soap:Header/><soap:Body><par:${op}/></soap:Body></soap:Envelope>`;
  const post = (op, to = url) =>
    fetch(to, {
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

  let wsdlServer;
  {
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
  const pacedPeers = await measureAll(
    [
      ['raw fetch + text() (paced body)', async () => (await post('client_read', pacedUrl)).text()],
      ['@x/partnerapi client.client.read() (paced body)', () => pacedClient.client.read()],
    ],
    RUNS,
  );
  await paced.close();
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
  await server.close();
  const nodeSoap = peers.find((p) => p.name.startsWith('node-soap'));
  const sdk = peers[1];
  return [
    ...peers.map((p) => ({
      section: 'decode',
      case: `client_read 10,000 rows (${(bytes / 1e6).toFixed(2)} MB): ${p.name}`,
      values: {
        'median ms': p.median,
        'min ms': p.min,
        '× floor': p.median / floor,
        'heap growth MB (result alive)': p.heapPeakMb,
        target: p === sdk ? (p.median / floor <= 2.5 ? '✓ ≤ 2.5× floor' : '✗ misses ≤ 2.5× floor') : '',
      },
    })),
    ...pacedPeers.map((p) => ({
      section: 'decode',
      case: `client_read 10,000 rows, body paced at 64 KiB / ${PACE_MS} ms: ${p.name}`,
      values: {
        'median ms': p.median,
        'min ms': p.min,
        '× floor': p.median / pacedPeers[0].median,
        'heap growth MB (result alive)': p.heapPeakMb,
      },
    })),
    {
      section: 'decode',
      case: 'client_read 10,000 rows: node-soap time / SDK time',
      values: {
        ratio: nodeSoap.median / sdk.median,
        target: nodeSoap.median / sdk.median >= 5 ? '✓ ≥ 5× faster' : '✗ misses ≥ 5× faster than node-soap',
        'less memory than node-soap': sdk.heapPeakMb < nodeSoap.heapPeakMb ? 'yes' : 'no',
      },
    },
    ...smallPeers.map((p) => ({
      section: 'overhead',
      case: p.name,
      values: {
        'median ms': p.median,
        '× floor': p.median / smallFloor,
        target:
          p === smallPeers[1]
            ? p.median / smallFloor <= 1.2
              ? '✓ ≤ 1.2× floor'
              : '✗ misses ≤ 1.2× floor'
            : '',
      },
    })),
  ];
}
