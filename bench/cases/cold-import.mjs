// Cold import time of every workspace package in a fresh Node process, against importing ky alone.
// Packages are found under packages/*, so a client merged later is measured without editing this file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, scaled } from '../lib.mjs';

export const title = 'Cold import';

const RUNS = 7;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function time(specifier) {
  const runs = [];
  for (let i = 0; i < scaled(RUNS); i++) {
    const code = `const t=performance.now();await import(${JSON.stringify(specifier)});process.stdout.write(String(performance.now()-t))`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      encoding: 'utf8',
      cwd: root,
    });
    if (r.status !== 0) throw new Error(`import ${specifier} failed: ${r.stderr.split('\n')[0]}`);
    runs.push(Number(r.stdout));
  }
  return median(runs);
}

function packages() {
  const dir = join(root, 'packages');
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'package.json')))
    .map((d) => {
      const { name, module: entry } = JSON.parse(readFileSync(join(dir, d, 'package.json'), 'utf8'));
      const file = join(dir, d, entry ?? 'dist/index.js');
      return { name, built: existsSync(file), bytes: existsSync(file) ? statSync(file).size : 0 };
    })
    .sort((a, b) => (a.name === '@x/core' ? -1 : b.name === '@x/core' ? 1 : a.name.localeCompare(b.name)));
}

export async function run() {
  const ky = time('ky');
  const rows = [
    { section: 'import', case: 'ky (baseline)', values: { 'median ms': ky, 'ratio to ky': '1.00' } },
  ];
  for (const pkg of packages()) {
    if (!pkg.built) {
      rows.push({ section: 'import', case: pkg.name, values: { 'median ms': '–' }, note: 'not built' });
      continue;
    }
    const ms = time(pkg.name);
    const row = { section: 'import', case: pkg.name, values: { 'median ms': ms, 'ratio to ky': ms / ky } };
    // A package whose client has not been merged yet is a stub re-exporting core.
    if (pkg.bytes < 1024) row.note = 'placeholder entry (client not merged yet): the figure is not its own';
    rows.push(row);
  }
  return rows;
}
