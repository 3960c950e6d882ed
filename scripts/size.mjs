#!/usr/bin/env node
// Size budgets: bundles each package's built ESM entry the way a browser app would (esbuild,
// minified, browser platform) and gzips it at level 9, once with its dependencies ("all-in") and
// once without ("own"). Fails when a budget in size-budgets.json is exceeded, and when importing
// one client pulls in another client, an emulator, msw or Node-only code; and when importing a
// package in Node loads any of zod's own files (they must come bundled through @x/core/zod: zod's
// entries evaluate its ~50 locale modules, which made a cold import cost more than ky's).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));
const clients = ['tmmis', 'uzhkh', 'partnerapi', 'agbis'];
const deps = ['zod', 'fast-xml-parser', '@x/core'];

async function bundle(contents, external) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    external,
    // The package's own "module"/"import" build, as a bundler would pick it.
    conditions: ['import', 'module', 'browser', 'default'],
  });
  const code = result.outputFiles[0].contents;
  return {
    gz: gzipSync(code, { level: 9 }).length,
    raw: code.length,
    inputs: Object.keys(result.metafile.inputs),
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** The files a fresh Node process loads to `import(name)` (ESM), via a module hook that logs them. */
function nodeModulesLoaded(name) {
  const dir = mkdtempSync(join(tmpdir(), 'x-size-'));
  const log = join(dir, 'modules.log');
  const hook =
    "import { appendFileSync } from 'node:fs';" +
    'export async function load(url, context, next) {' +
    "  if (url.startsWith('file:')) appendFileSync(process.env.X_MODULE_LOG, url + '\\n');" +
    '  return next(url, context); }';
  const code =
    "import { register } from 'node:module';" +
    `register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});` +
    `await import(${JSON.stringify(name)});`;
  try {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: join(root, 'packages', name.split('/')[1]),
      encoding: 'utf8',
      env: { ...process.env, X_MODULE_LOG: log },
    });
    if (r.status !== 0) throw new Error(`import ${name} failed: ${r.stderr.split('\n')[0]}`);
    return readFileSync(log, 'utf8').trim().split('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const rows = [];
const problems = [];

// Entry points measured: each package's main entry, plus client subpath entries (PartnerWebAPI2).
const entries = [
  ...['core', ...clients].map((pkg) => [pkg, `@x/${pkg}`]),
  ['partnerapi', '@x/partnerapi/webapi2'],
];

for (const [pkg, name] of entries) {
  const entry = `export * from '${name}';`;
  const own = await bundle(entry, deps.filter((d) => d !== name).concat(deps.map((d) => `${d}/*`)));
  const all = await bundle(entry, []);
  const budget = budgets[name] ?? {};
  rows.push({ name, own: own.gz, all: all.gz, budget });
  if (budget.own !== undefined && own.gz > budget.own * 1024)
    problems.push(`${name} own code ${kb(own.gz)} > budget ${budget.own} KB`);
  if (budget.all !== undefined && all.gz > budget.all * 1024)
    problems.push(`${name} all-in ${kb(all.gz)} > budget ${budget.all} KB`);
  // Tree-shaking: one client's main entry must not drag in siblings, emulators, msw or node: modules.
  const leaks = all.inputs.filter(
    (p) =>
      /(^|\/)packages\/[^/]+\/dist\/testing\//.test(p) ||
      /node_modules\/(\.pnpm\/)?msw/.test(p) ||
      p.startsWith('node:') ||
      // The PartnerAPI and PartnerWebAPI2 entries share only chunks, never each other's entry file.
      (name === '@x/partnerapi' && p.includes('packages/partnerapi/dist/webapi2/')) ||
      (name === '@x/partnerapi/webapi2' && /packages\/partnerapi\/dist\/index\.js$/.test(p)) ||
      clients.some((c) => c !== pkg && p.includes(`packages/${c}/`)),
  );
  if (leaks.length) problems.push(`${name} pulls in code it must not: ${leaks.slice(0, 5).join(', ')}`);
  const zodFiles = nodeModulesLoaded(name).filter((url) =>
    /\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?zod\//.test(url),
  );
  if (zodFiles.length)
    problems.push(
      `${name} loads ${zodFiles.length} of zod's own files in Node (import zod/mini or zod/v4/core only, so the build routes it through @x/core/zod): ${zodFiles.slice(0, 3).join(', ')}`,
    );
}

const table = [
  '| package | own code (min+gz) | all-in with deps (min+gz) | budget own / all-in |',
  '|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${kb(r.own)} | ${kb(r.all)} | ${r.budget.own ?? '–'} KB / ${r.budget.all ?? '–'} KB |`,
  ),
].join('\n');
console.log(table);
writeFileSync(join(root, 'size-report.md'), `${table}\n`);
if (problems.length) {
  console.log(`\n✗ size budgets:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  '\n✓ all packages within their size budgets; no client pulls in another, an emulator or Node-only code; none loads zod in Node',
);
