#!/usr/bin/env node
// `npm run demo`: runs each client's flow (demo/flows/*.mjs) against its embedded emulator, using
// the built packages exactly as a user would import them.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const flowsDir = join(dirname(fileURLToPath(import.meta.url)), 'flows');
const flows = readdirSync(flowsDir)
  .filter((f) => f.endsWith('.mjs'))
  .sort();

let failures = 0;
for (const file of flows) {
  const name = file.replace(/\.mjs$/, '');
  console.log(`\n=== ${name} ===`);
  const log = (...args) => console.log(`  ${args.join(' ')}`);
  const started = Date.now();
  try {
    const mod = await import(pathToFileURL(join(flowsDir, file)).href);
    await mod.default({ log });
    console.log(`  ✓ ${name} done in ${Date.now() - started} ms`);
  } catch (error) {
    failures++;
    console.error(`  ✗ ${name} failed:`, error);
  }
}
console.log(`\ndemo: ${flows.length - failures}/${flows.length} flows completed`);
process.exit(failures ? 1 : 0);
