// The tests run the built `xsdk` bin as users do, so they need it and the packages it imports
// built. scripts/ci.mjs builds everything before the tests; a developer running only this
// project gets what is missing or older than its sources built here.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../../', import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  for (const [pkg, out] of [
    ['core', 'dist/index.js'],
    ['tmmis', 'dist/index.js'],
    ['uzhkh', 'dist/index.js'],
    ['partnerapi', 'dist/index.js'],
    ['agbis', 'dist/index.js'],
    ['cli', 'dist/cli.js'],
  ] as const) {
    const dir = join(packages, pkg);
    const built = join(dir, out);
    if (existsSync(built) && statSync(built).mtimeMs >= newest(join(dir, 'src'))) continue;
    const tsup = join(packages, '..', 'node_modules', '.bin', 'tsup');
    execFileSync(tsup, [], { cwd: dir, stdio: 'ignore' });
  }
}
