#!/usr/bin/env node
// Everything CI checks, in order. Every step runs even when an earlier one failed, so one run
// shows all problems; the exit code is non-zero if any step failed. The last line printed is
// "N passed, N failed", counted from vitest's JSON results.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const resultsFile = join(root, '.vitest-results.json');
// Every check or test that skips something records it here (scripts/skip-log.mjs).
const skipLog = join(root, '.ci-skips.log');
rmSync(skipLog, { force: true });
process.env.X_SKIP_LOG = skipLog;
// publint packs with the project's package manager: put the pinned pnpm on PATH for it.
const PATH = [join(root, '.tools/node_modules/.bin'), join(root, 'node_modules/.bin'), process.env.PATH].join(
  ':',
);
const packages = readdirSync(join(root, 'packages')).filter((p) =>
  existsSync(join(root, 'packages', p, 'package.json')),
);

/** @type {Array<{ name: string, ok: boolean, seconds: number }>} */
const report = [];

function step(name, cmd, args, opts = {}) {
  const started = Date.now();
  console.log(`\n━━ ${name}`);
  const res = spawnSync(cmd, args, {
    cwd: opts.cwd ?? root,
    stdio: 'inherit',
    env: { ...process.env, PATH, FORCE_COLOR: '0' },
  });
  const ok = res.status === 0;
  report.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  if (!ok) console.log(`✗ ${name} failed (exit ${res.status ?? res.signal})`);
  return ok;
}

step('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('lint (biome)', bin('biome'), ['check', '--diagnostic-level=error', '.']);
// pnpm audit --prod through the pnpm on PATH; passes (and says so) when the registry does not answer.
step('dependency advisories (pnpm audit --prod)', process.execPath, [join(root, 'scripts/audit.mjs')]);
const built = step('build (tsup)', process.execPath, [
  join(root, '.tools/node_modules/pnpm/bin/pnpm.mjs'),
  '-r',
  '--filter',
  './packages/*',
  'build',
]);

// The packed packages in a fresh app outside the workspace (ESM, CJS, README samples under tsc,
// Bun, Deno, Chromium): what users install, not what the workspace links.
if (built)
  step('consumer check (packed packages in a fresh app)', process.execPath, [
    join(root, 'scripts/consumer-check.mjs'),
  ]);

rmSync(resultsFile, { force: true });
step('tests (vitest)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
]);

if (built) {
  for (const pkg of packages) {
    const dir = join(root, 'packages', pkg);
    step(`publint @x/${pkg}`, bin('publint'), ['--strict'], { cwd: dir });
    step(`attw @x/${pkg}`, bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped'], {
      cwd: dir,
    });
  }
  if (existsSync(join(root, 'scripts/size.mjs')))
    step('size budgets', process.execPath, [join(root, 'scripts/size.mjs')]);
}
if (existsSync(join(root, 'docs/build.mjs'))) {
  const docsBuilt = step('docs build', process.execPath, [join(root, 'docs/build.mjs')]);
  // The built site in Chromium: headings, console errors, search (docs/smoke.mjs).
  if (docsBuilt && existsSync(join(root, 'docs/smoke.mjs')))
    step('docs browser smoke test', process.execPath, [join(root, 'docs/smoke.mjs')]);
}

// Count tests and check that every package's project ran at least one.
let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const perPackage = Object.fromEntries(packages.map((p) => [p, 0]));
  // The docs project (recipes, guide checks) must run tests too; it lives under docs/, not packages/.
  if (existsSync(join(root, 'docs/recipes'))) perPackage.docs = 0;
  for (const file of results.testResults ?? []) {
    const rel = relative(root, file.name);
    const pkg = rel.startsWith('docs/') ? 'docs' : rel.split('/')[1];
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed') failed++;
      else skipped++;
      if (pkg in perPackage && t.status === 'passed') perPackage[pkg]++;
    }
    // A file that failed to load has no assertion results but must count as a failure.
    if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') failed++;
  }
  const silent = Object.entries(perPackage).filter(([, n]) => n === 0);
  report.push({ name: 'every package project (and docs) ran tests', ok: silent.length === 0, seconds: 0 });
  if (silent.length) console.log(`✗ no passing tests in: ${silent.map(([p]) => p).join(', ')}`);
} else {
  report.push({ name: 'vitest results present', ok: false, seconds: 0 });
}

const skips = existsSync(skipLog)
  ? readFileSync(skipLog, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
  : [];
if (skips.length) {
  console.log('\n━━ skipped');
  for (const s of skips) console.log(`- ${s.what}: ${s.why}`);
  // In CI nothing may be skipped: .ci/run installs what the skipped checks need.
  report.push({
    name: `nothing skipped in CI (${skips.length} skipped)`,
    ok: process.env.CI !== 'true',
    seconds: 0,
  });
}

console.log('\n━━ summary');
for (const r of report) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds.toFixed(1)} s)`);
const allOk = report.every((r) => r.ok);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(allOk && failed === 0 ? 0 : 1);
