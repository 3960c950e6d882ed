// Cold import time of every workspace package in a fresh Node process, against importing ky alone.
// Packages are found under packages/*, so a client merged later is measured without editing this file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, scaled } from '../lib.mjs';

export const title = 'Cold import';

// Wall time of a fresh process is mostly scheduling on a loaded machine; CPU time of the import is
// the steadier figure.

const RUNS = 7;
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * One fresh process importing `specifier`: wall and CPU ms of the import itself. It runs in the
 * package's own folder (`cwd`), where the name resolves to the package itself even when the root
 * does not depend on it (@x/redis).
 */
function once(specifier, cwd = root) {
  const code =
    'const c=process.cpuUsage(),t=performance.now();' +
    `await import(${JSON.stringify(specifier)});` +
    'const u=process.cpuUsage(c);process.stdout.write(JSON.stringify([performance.now()-t,(u.user+u.system)/1000]))';
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', cwd });
  if (r.status !== 0) throw new Error(`import ${specifier} failed: ${r.stderr.split('\n')[0]}`);
  return JSON.parse(r.stdout);
}

function packages() {
  const dir = join(root, 'packages');
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'package.json')))
    .map((d) => {
      const { name, module: entry } = JSON.parse(readFileSync(join(dir, d, 'package.json'), 'utf8'));
      const file = join(dir, d, entry ?? 'dist/index.js');
      return {
        name,
        dir: join(dir, d),
        built: existsSync(file),
        bytes: existsSync(file) ? statSync(file).size : 0,
      };
    })
    .sort((a, b) => (a.name === '@x/core' ? -1 : b.name === '@x/core' ? 1 : a.name.localeCompare(b.name)));
}

export async function run() {
  const all = packages();
  const built = all.filter((p) => p.built);
  const specifiers = ['ky', ...built.map((p) => p.name)];
  const cwdOf = new Map(built.map((p) => [p.name, p.dir]));
  // Rounds over all packages (not 7 in a row each), so a noisy stretch hits every package alike.
  const wall = new Map(specifiers.map((s) => [s, []]));
  const cpu = new Map(specifiers.map((s) => [s, []]));
  for (let i = 0; i < scaled(RUNS); i++) {
    for (const s of specifiers) {
      const [w, c] = once(s, cwdOf.get(s));
      wall.get(s).push(w);
      cpu.get(s).push(c);
    }
  }
  const ky = median(wall.get('ky'));
  const kyCpu = median(cpu.get('ky'));
  const row = (name, s) => ({
    section: 'import',
    case: name,
    values: {
      'median ms': median(wall.get(s)),
      'ratio to ky': median(wall.get(s)) / ky,
      'CPU ms': median(cpu.get(s)),
      'CPU ratio to ky': median(cpu.get(s)) / kyCpu,
    },
  });
  const rows = [row('ky (baseline)', 'ky')];
  for (const pkg of all) {
    if (!pkg.built) {
      rows.push({ section: 'import', case: pkg.name, values: { 'median ms': '–' }, note: 'not built' });
      continue;
    }
    const r = row(pkg.name, pkg.name);
    // A package whose client has not been merged yet is a stub re-exporting core.
    if (pkg.bytes < 1024) r.note = 'placeholder entry (client not merged yet): the figure is not its own';
    rows.push(r);
  }
  return rows;
}
