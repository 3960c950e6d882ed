#!/usr/bin/env node
// `pnpm bench`: runs every bench/cases/*.mjs on loopback and writes bench/results/latest.{md,json}.
// Measurements only: a missed target is reported in the table, never turned into a failure.
//
//   node bench/run.mjs [--note "text"] [--quick] [filter ...]
//
// Each case file runs in its own `node --expose-gc` process (bench/case-runner.mjs), so heap figures
// start clean, one client's JIT state does not colour another's, and a broken case becomes an error
// row instead of ending the run. A filtered or --quick run prints its table but does not overwrite
// latest.*; --note puts a line (e.g. "noisy: test suites running") under the report header.
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECTIONS, fmt } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let note;
let quick = false;
const only = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--note') note = args[++i];
  else if (args[i].startsWith('--note=')) note = args[i].slice(7);
  else if (args[i] === '--quick') quick = true;
  else only.push(args[i]);
}
if (!existsSync(join(here, '..', 'packages', 'core', 'dist', 'index.js'))) {
  console.error('The cases import the built packages: run `pnpm build` first.');
  process.exit(1);
}
const files = readdirSync(join(here, 'cases'))
  .filter((f) => f.endsWith('.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

function runCase(file) {
  return new Promise((resolve) => {
    const child = fork(join(here, 'case-runner.mjs'), [join(here, 'cases', file)], {
      execArgv: ['--expose-gc'],
      env: { ...process.env, ...(quick ? { BENCH_QUICK: '1' } : {}) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let reply;
    child.on('message', (m) => {
      reply = m;
    });
    child.on('exit', (code) => {
      if (reply?.rows) resolve(reply);
      else {
        const error = reply?.error ?? `case process exited with code ${code}`;
        resolve({ title: file, rows: [{ section: 'errors', case: file, values: { error } }] });
      }
    });
  });
}

const machine = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  loadBefore: loadavg()[0],
};
const startedAll = Date.now();
const cases = [];
for (const file of files) {
  process.stdout.write(`› ${file} … `);
  const started = Date.now();
  const result = await runCase(file);
  const seconds = (Date.now() - started) / 1000;
  console.log(`${seconds.toFixed(1)} s${result.rows.some((r) => r.section === 'errors') ? ' (failed)' : ''}`);
  cases.push({ file, title: result.title, seconds, rows: result.rows });
}
machine.loadAfter = loadavg()[0];
machine.totalSeconds = (Date.now() - startedAll) / 1000;

const ms = (s) => `${fmt(s.median, 3)} / ${fmt(s.p99, 3)}`;
const cell = (v, key = '') =>
  typeof v === 'number'
    ? /ratio/i.test(key)
      ? `${fmt(v)}×`
      : Number.isInteger(v)
        ? v.toLocaleString('en-US')
        : fmt(v)
    : String(v)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '\\|');

function verdict(r) {
  if (r.target === undefined) return '';
  return r.ratio <= r.target ? `✓ ≤ ${r.target}` : `✗ misses ≤ ${r.target}`;
}

function compareTable(rows) {
  const extra = [...new Set(rows.flatMap((r) => Object.keys(r.values ?? {})))];
  const head = ['case', 'baseline', 'baseline median / p99 (ms)', 'SDK median / p99 (ms)', 'ratio'];
  head.push('ratio IQR over rounds', 'target', 'CPU ms/call baseline / SDK', 'CPU ratio', ...extra);
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => {
      const iqr = r.ratioIqr ? `${fmt(r.ratioIqr[0])}–${fmt(r.ratioIqr[1])}` : '';
      const cells = [r.case, r.baselineLabel ?? 'raw fetch', ms(r.baseline), ms(r.candidate)];
      const cpu = r.cpu
        ? [`${fmt(r.cpu.baseline, 3)} / ${fmt(r.cpu.candidate, 3)}`, `${fmt(r.cpu.ratio)}×`]
        : ['', ''];
      cells.push(
        `${fmt(r.ratio)}×`,
        iqr,
        verdict(r),
        ...cpu,
        ...extra.map((k) => cell(r.values?.[k] ?? '', k)),
      );
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

function valueTable(rows) {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r.values ?? {})))];
  return [
    `| case | ${cols.join(' | ')} |`,
    `|---|${cols.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.case} | ${cols.map((k) => cell(r.values?.[k] ?? '', k)).join(' | ')} |`),
  ];
}

const rows = cases.flatMap((c) => c.rows);
const order = [...Object.keys(SECTIONS), ...new Set(rows.map((r) => r.section))];
let md = [
  '# Benchmark results',
  '',
  `${machine.date} · Node ${machine.node} · ${machine.cpu} × ${machine.cores} · ${machine.memoryGB} GB · ` +
    `load average ${fmt(machine.loadBefore)} → ${fmt(machine.loadAfter)} · ${fmt(machine.totalSeconds, 0)} s`,
  ...(note ? ['', `**Note:** ${note}`] : []),
  ...[...new Set(order)].flatMap((key) => {
    const inSection = rows.filter((r) => r.section === key);
    if (inSection.length === 0) return [];
    const compared = inSection.filter((r) => r.baseline && typeof r.baseline === 'object');
    const valued = inSection.filter((r) => !compared.includes(r));
    const notes = inSection.filter((r) => r.note).map((r) => `- ${r.case}: ${r.note}`);
    return [
      '',
      `## ${SECTIONS[key] ?? key}`,
      ...(compared.length ? ['', ...compareTable(compared)] : []),
      ...(valued.length ? ['', ...valueTable(valued)] : []),
      ...(notes.length ? ['', ...notes] : []),
    ];
  }),
  '',
].join('\n');

// Issue 17's table: each target with the figure this run measured, met or missed (never tuned to pass).
const find = (section, test) => rows.filter((r) => r.section === section && test(r.case));
const ratioOf = (r) => (r ? r.ratio : undefined);
const maxOf = (values) => (values.length ? Math.max(...values) : undefined);
const agbisHeap = find('decode', (c) => c.includes('orders.between') && c.includes('heap'))[0]?.values;
const partnerRow = find('decode', (c) => /client\.client\.read\(\)$/.test(c))[0]?.values;
const sizes = find('size', () => true);
const sizeOf = (test) => maxOf(sizes.filter((r) => test(r.case)).map((r) => r.values['all-in KB']));
const targets = [
  [
    'AGBIS orders.between 10,000 orders: time vs raw fetch + JSON.parse',
    '≤ 1.6×',
    1.6,
    ratioOf(find('decode', (c) => /^@x\/agbis orders\.between, [\d,]+ orders \(/.test(c))[0]),
  ],
  [
    'same: peak heap vs raw',
    '≤ 1.3×',
    1.3,
    agbisHeap ? agbisHeap['SDK peak heap MB'] / agbisHeap['raw peak heap MB'] : undefined,
  ],
  [
    'Умное ЖКХ download.accounts(), 100,000 accounts: time vs raw',
    '≤ 1.5×',
    1.5,
    ratioOf(find('decode', (c) => c.includes('download.accounts()'))[0]),
  ],
  [
    'ТМ:МИС 1,000-line invoice: time vs raw',
    '≤ 1.3×',
    1.3,
    ratioOf(find('decode', (c) => c.includes('1,000-line'))[0]),
  ],
  ['PartnerAPI client.read() 10,000 rows vs raw fetch + text()', '≤ 1.1×', 1.1, partnerRow?.['× floor']],
  [
    'per-call CPU vs raw fetch, every client (worst)',
    '≤ 1.2×',
    1.2,
    maxOf(
      find('overhead', (c) => !c.startsWith('@x/core'))
        .filter((r) => r.cpu)
        .map((r) => r.cpu.ratio),
    ),
  ],
  [
    'per-call CPU, core Transport.request alone',
    '≤ 1.1×',
    1.1,
    find('overhead', (c) => c.startsWith('@x/core'))[0]?.cpu?.ratio,
  ],
  [
    'cold import vs ky, every package (worst)',
    '≤ 1.5×',
    1.5,
    maxOf(
      find('import', (c) => c.startsWith('@x/'))
        .map((r) => r.values?.['ratio to ky'])
        .filter(Number.isFinite),
    ),
  ],
  [
    'all-in bundle, JSON clients (largest), KB',
    '≤ 20 KB',
    20,
    sizeOf((c) => /^@x\/(tmmis|uzhkh|agbis)$/.test(c)),
  ],
  [
    'all-in bundle, PartnerAPI (largest entry), KB',
    '≤ 40 KB',
    40,
    sizeOf((c) => c.startsWith('@x/partnerapi')),
  ],
].map(([name, label, limit, value]) => ({
  name,
  target: label,
  value,
  met: typeof value === 'number' && Number.isFinite(value) ? value <= limit : undefined,
}));
const targetMd = [
  '',
  '## Issue 17 targets',
  '',
  '| target | measured | goal | verdict |',
  '|---|---|---|---|',
  ...targets.map(
    (t) =>
      `| ${t.name} | ${t.value === undefined ? '–' : fmt(t.value)} | ${t.target} | ${
        t.met === undefined ? 'not measured in this run' : t.met ? '✓ met' : '✗ missed'
      } |`,
  ),
  '',
].join('\n');
md += targetMd;

const json = JSON.stringify({ machine, note, quick, cases, targets }, null, 2);
if (only.length === 0 && !quick) {
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'latest.md'), md);
  writeFileSync(join(here, 'results', 'latest.json'), json);
} else {
  console.log('(filtered or --quick run: bench/results/latest.* left as they were)');
}
console.log(`\n${md}`);
