#!/usr/bin/env node
// `pnpm bench`: runs every bench/cases/*.mjs on loopback and writes bench/results/latest.{md,json}.
// Measurements only: a missed target is reported in the table, never turned into a failure.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fmt } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(join(here, 'cases'))
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
};
const sections = [];
for (const file of files) {
  const mod = await import(pathToFileURL(join(here, 'cases', file)).href);
  process.stdout.write(`› ${mod.title} … `);
  const started = Date.now();
  const rows = await mod.run();
  console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  sections.push({ title: mod.title, file, rows });
}

function renderRow(r) {
  if (r.baseline && typeof r.baseline === 'object') {
    const verdict =
      r.target === undefined ? '' : r.ratio <= r.target ? `✓ ≤ ${r.target}` : `✗ misses ≤ ${r.target}`;
    return `| ${r.case} | ${fmt(r.baseline.median, 3)} / ${fmt(r.baseline.p99, 3)} | ${fmt(r.candidate.median, 3)} / ${fmt(r.candidate.p99, 3)} | ${fmt(r.ratio)}× | ${verdict} |`;
  }
  const cells = Object.entries(r)
    .filter(([k]) => k !== 'case')
    .map(([k, v]) => `${k}: ${typeof v === 'number' ? fmt(v) : v}`);
  return `| ${r.case} | ${cells.join(', ')} | | | |`;
}

const md = [
  '# Benchmark results',
  '',
  `${machine.date} · Node ${machine.node} · ${machine.cpu} × ${machine.cores} · ${machine.memoryGB} GB`,
  '',
  ...sections.flatMap((s) => [
    `## ${s.title}`,
    '',
    '| case | baseline median / p99 (ms) | SDK median / p99 (ms) | ratio | target |',
    '|---|---|---|---|---|',
    ...s.rows.map(renderRow),
    '',
  ]),
].join('\n');
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'latest.md'), md);
writeFileSync(join(here, 'results', 'latest.json'), JSON.stringify({ machine, sections }, null, 2));
console.log(`\n${md}`);
