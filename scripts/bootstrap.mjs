#!/usr/bin/env node
// Entry point of `npm test` and `npm run demo` on a machine that has only Node >= 20 and npm.
// It installs the pinned pnpm into .tools/ (not corepack: corepack's signature check fails on
// this registry), installs the workspace from the lockfile, then hands over to a pnpm script.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, '.tools');
const pnpmPkg = join(tools, 'node_modules', 'pnpm', 'package.json');
const pnpmBin = join(tools, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');

const targets = { ci: 'ci', demo: 'run-demo' };
const target = targets[process.argv[2] ?? ''];
if (!target) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(targets).join('|')}>`);
  process.exit(2);
}

function run(cmd, args, env = {}) {
  const res = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

function installedPnpm() {
  if (!existsSync(pnpmPkg)) return undefined;
  return JSON.parse(readFileSync(pnpmPkg, 'utf8')).version;
}

if (installedPnpm() !== PNPM_VERSION) {
  console.log(`› installing pnpm ${PNPM_VERSION} into .tools/`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const status = run(npm, [
    'install',
    '--prefix',
    tools,
    '--no-audit',
    '--no-fund',
    '--no-save',
    '--loglevel=error',
    `pnpm@${PNPM_VERSION}`,
  ]);
  if (status !== 0 || installedPnpm() !== PNPM_VERSION) {
    console.error('could not install pnpm; check access to the npm registry');
    process.exit(status || 1);
  }
}

// Scripts run by pnpm call `pnpm` again (and publint packs with it): put the pinned one on PATH.
const PATH = [join(tools, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter);
const pnpm = (args) => run(process.execPath, [pnpmBin, ...args], { PATH });

console.log('› pnpm install --frozen-lockfile');
const installStatus = pnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
if (installStatus !== 0) process.exit(installStatus);

process.exit(pnpm(['run', '--silent', target]));
