// Profiling driver for PartnerAPI client_read (issue 17): the bench's 10,000-row ValueTable answer
// served from this process, then ROUNDS rounds of (raw fetch + text(), client.client.read()),
// printing the minimum and median wall and CPU ms of each side.
//   node bench/profiles/partnerapi-driver.mjs [rows=10000] [rounds=9] [only=raw|sdk|both]
//   node --cpu-prof bench/profiles/partnerapi-driver.mjs 10000 9 sdk
// PARTNERAPI_ENTRY=<path to a built index.js> runs it against another build (before/after);
// PACE_MS=3 serves the body in 64 KiB pieces, one every 3 ms (a fast link instead of loopback).
import { performance } from 'node:perf_hooks';
import { serveLoopback } from '@x/core/testing';
import { PartnerApiEmulator } from '@x/partnerapi/testing';
import { benchClient, clientReadAnswer, pacedResponse } from '../cases/partnerapi-support.js';

const ROWS = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.argv[3] ?? 9);
const ONLY = process.argv[4] ?? 'both';
const { PartnerApiClient } = await import(process.env.PARTNERAPI_ENTRY ?? '@x/partnerapi');

const emulator = new PartnerApiEmulator();
const big = clientReadAnswer(emulator, ROWS);
const bigBytes = new TextEncoder().encode(big);
const PACE_MS = Number(process.env.PACE_MS ?? 0);
const server = await serveLoopback(async (req) => {
  await req.text();
  return PACE_MS
    ? pacedResponse(bigBytes, PACE_MS)
    : new Response(big, { headers: { 'content-type': 'application/soap+xml; charset=utf-8' } });
});
const url = `${server.url}/cus/ws/PartnerAPI`;
const client = benchClient(PartnerApiClient, url, { maxResponseBytes: 1024 * 1024 * 1024 });
const raw = async () =>
  (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/soap+xml', authorization: `Basic ${btoa('partner:secret')}` },
      body: '<x/>',
    })
  ).text();
const sdk = () => client.client.read();
const sides = [
  ['raw', raw],
  ['sdk', sdk],
].filter(([n]) => ONLY === 'both' || ONLY === n);
const samples = Object.fromEntries(sides.map(([n]) => [n, { wall: [], cpu: [] }]));
for (const [, fn] of sides) await fn();
for (let r = 0; r < ROUNDS; r++) {
  for (const [name, fn] of r % 2 ? [...sides].reverse() : sides) {
    globalThis.gc?.();
    const c = process.cpuUsage();
    const t = performance.now();
    const out = await fn();
    samples[name].wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    samples[name].cpu.push((d.user + d.system) / 1000);
    if (!out || (Array.isArray(out) && out.length !== ROWS)) throw new Error(`${name}: wrong result`);
  }
}
const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const min = (a) => Math.min(...a);
for (const [name] of sides) {
  const s = samples[name];
  console.log(
    `${name}: wall min ${min(s.wall).toFixed(1)} med ${med(s.wall).toFixed(1)} ms; CPU min ${min(s.cpu).toFixed(1)} med ${med(s.cpu).toFixed(1)} ms`,
  );
}
await server.close();
