// Cold import time of each package in a fresh Node process, against importing ky alone.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median } from '../lib.mjs';

export const title = 'Cold import time (fresh node process, median of 7)';

function time(specifier) {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const code = `const t=performance.now();await import(${JSON.stringify(specifier)});process.stdout.write(String(performance.now()-t))`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`import ${specifier} failed: ${r.stderr}`);
    runs.push(Number(r.stdout));
  }
  return median(runs);
}

export async function run() {
  void performance;
  const ky = time('ky');
  const rows = [{ case: 'ky (baseline)', ms: ky, ratio: 1 }];
  for (const pkg of ['@x/core', '@x/tmmis', '@x/uzhkh', '@x/partnerapi', '@x/agbis']) {
    const ms = time(pkg);
    rows.push({ case: pkg, ms, ratio: ms / ky });
  }
  return rows;
}
