#!/usr/bin/env node
// Installs the other JavaScript runtimes our packages support (Bun, Deno) from the npm registry
// into .tools/runtimes/, so checks can run the packages on them. Both registry packages ship the
// runtime binary inside, so nothing is downloaded from elsewhere. Used by the consumer check and
// the cross-runtime tests; `node scripts/runtimes.mjs` installs them by hand.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Versions measured to work here (see ../shared/TOOLCHAIN.md). */
export const RUNTIMES = { bun: '1.4.5', deno: '2.9.6' };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prefix = join(root, '.tools', 'runtimes');

function binOf(name) {
  return join(prefix, 'node_modules', '.bin', name);
}

function works(bin) {
  if (!existsSync(bin)) return false;
  const res = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return res.status === 0;
}

/**
 * Returns `{ bin }` for an installed runtime, installing it first when missing, or `{ reason }`
 * saying why it is not available (so callers can report a clear skip).
 * @param {'bun' | 'deno'} name
 */
export function ensureRuntime(name) {
  const bin = binOf(name);
  if (works(bin)) return { bin };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const res = spawnSync(
    npm,
    [
      'install',
      '--prefix',
      prefix,
      '--no-audit',
      '--no-fund',
      '--no-save',
      '--loglevel=error',
      ...Object.entries(RUNTIMES).map(([n, v]) => `${n}@${v}`),
    ],
    { encoding: 'utf8', shell: process.platform === 'win32' },
  );
  if (works(bin)) return { bin };
  const why = (res.stderr || res.stdout || String(res.error ?? '')).trim().split('\n').slice(-3).join(' ');
  return {
    reason: `${name} ${RUNTIMES[name]} could not be installed from the npm registry: ${why || 'unknown error'}`,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const name of Object.keys(RUNTIMES)) {
    const r = ensureRuntime(name);
    console.log(r.bin ? `${name}: ${r.bin}` : `${name}: unavailable: ${r.reason}`);
  }
}
