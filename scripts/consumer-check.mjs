#!/usr/bin/env node
// The packages as our users get them: packs every package with the pinned pnpm, installs the
// tarballs with plain npm into a fresh app in the OS temp folder (outside the workspace, so
// nothing resolves to the sources), and there runs
//   - the README quick starts against the emulators, as an ESM app and as a CommonJS app (Node),
//   - tsc --noEmit (strict, skipLibCheck false) on every ```ts block of every package README,
//     under module nodenext and under moduleResolution bundler,
//   - the same ESM app on Bun and on Deno (installed from npm by scripts/runtimes.mjs),
//   - a browser bundle of two clients (esbuild) in headless Chromium, calling emulators on
//     127.0.0.1 from another origin.
// One line per check with ✓/✗; exits non-zero when any failed. A runtime or browser that cannot
// be had is reported through scripts/skip-log.mjs (fatal in CI). Run after `pnpm build`.
//
// README code blocks are extracted by scripts/ts-samples.mjs (shared with the docs site's check):
// each ```ts block is compiled on its own, as a module; `<!-- ts-sample: skip -->` and
// `<!-- ts-sample: <declarations> -->` comments before a block adjust that.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumMissing, launchChromium } from './chromium.mjs';
import { ensureRuntime } from './runtimes.mjs';
import { reportSkip } from './skip-log.mjs';
import { extractTsSamples, toMarkdownLines } from './ts-samples.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'scripts', 'consumer');
const pnpmBin = join(root, '.tools/node_modules/pnpm/bin/pnpm.mjs');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packages = readdirSync(join(root, 'packages')).filter((p) =>
  existsSync(join(root, 'packages', p, 'package.json')),
);
const work = mkdtempSync(join(tmpdir(), 'x-consumer-'));
const app = join(work, 'app');
const started = Date.now();

// The temporary app goes away however the check ends.
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
/** Sample file → where it came from, so tsc errors point at the README line. */
const sampleOrigin = new Map();
/** @type {Array<{ name: string, ok: boolean | 'skipped' }>} */
const results = [];

let last = Date.now();
function record(name, ok, detail = '', since = last) {
  const seconds = (Date.now() - since) / 1000;
  last = Date.now();
  results.push({ name, ok });
  name = `${name} (${seconds.toFixed(1)} s)`;
  const mark = ok === 'skipped' ? '–' : ok ? '✓' : '✗';
  console.log(`${mark} ${name}${detail ? `: ${detail}` : ''}`);
}

/** Runs a command; on failure its output is printed (indented) so the cause is visible. */
function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, {
    cwd: opts.cwd ?? app,
    encoding: 'utf8',
    timeout: opts.timeout ?? 120_000,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...opts.env },
    shell: process.platform === 'win32',
  });
  const out = `${res.stdout ?? ''}${res.stderr ?? ''}${res.error ? String(res.error) : ''}`;
  return { ok: res.status === 0, out };
}

/** Like run(), without blocking: the two tsc runs take most of the time and overlap the rest. */
function runAsync(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? app,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...opts.env },
      shell: process.platform === 'win32',
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      out += c;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout ?? 240_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, out: signal ? `${out}\nkilled by ${signal}` : out });
    });
  });
}

function step(name, cmd, args, opts) {
  const res = run(cmd, args, opts);
  record(name, res.ok);
  if (!res.ok) console.log(res.out.trim().replace(/^/gm, '    '));
  return res.ok;
}

function tail(text, n = 25) {
  return text.trim().split('\n').slice(-n).join('\n');
}

// ── metadata in one place ───────────────────────────────────────────────────────────────────
step(
  'package metadata and LICENSE match the root (scripts/package-meta.mjs --check)',
  process.execPath,
  [join(root, 'scripts/package-meta.mjs'), '--check'],
  { cwd: root },
);

// ── pack ────────────────────────────────────────────────────────────────────────────────────
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs, { recursive: true });
let packed = true;
for (const pkg of packages) {
  const res = run(process.execPath, [pnpmBin, 'pack', '--pack-destination', tarballs], {
    cwd: join(root, 'packages', pkg),
  });
  if (!res.ok) {
    packed = false;
    record(`pnpm pack @x/${pkg}`, false);
    console.log(tail(res.out).replace(/^/gm, '    '));
  }
}
const files = readdirSync(tarballs).filter((f) => f.endsWith('.tgz'));
if (packed) {
  // What every tarball must (not) hold: LICENSE, resolved internal ranges, no source maps.
  const problems = [];
  for (const file of files) {
    const list = run('tar', ['-tzf', join(tarballs, file)], { cwd: work }).out.split('\n');
    const manifest = JSON.parse(
      run('tar', ['-xzOf', join(tarballs, file), 'package/package.json'], { cwd: work }).out,
    );
    if (!list.includes('package/LICENSE')) problems.push(`${file}: no LICENSE`);
    if (list.some((f) => f.endsWith('.map'))) problems.push(`${file}: ships source maps`);
    for (const field of ['repository', 'homepage', 'bugs', 'license'])
      if (!manifest[field]) problems.push(`${file}: no ${field}`);
    if (JSON.stringify(manifest.dependencies ?? {}).includes('workspace:'))
      problems.push(`${file}: workspace: range`);
  }
  record(
    `pnpm pack: ${files.length} tarballs with LICENSE and metadata, no source maps`,
    problems.length === 0,
    problems.join('; '),
  );
}

// ── install into a fresh app with plain npm ─────────────────────────────────────────────────
mkdirSync(app, { recursive: true });
writeFileSync(
  join(app, 'package.json'),
  `${JSON.stringify({ name: 'x-consumer-app', private: true, type: 'module' }, null, 2)}\n`,
);
for (const f of ['app.mjs', 'app.cjs', 'scenario.cjs', 'browser-app.mjs'])
  copyFileSync(join(fixtures, f), join(app, f));
const dev = rootPkg.devDependencies;
const installed =
  packed &&
  step(
    'npm install of the tarballs into a fresh app (outside the workspace)',
    npm,
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      '--prefer-offline',
      ...files.map((f) => join(tarballs, f)),
      `msw@${dev.msw}`,
      `@types/node@${dev['@types/node']}`,
    ],
    { timeout: 300_000 },
  );

if (installed) {
  // ── Node: ESM and CommonJS ────────────────────────────────────────────────────────────────
  step('Node ESM app: README quick starts against the emulators', process.execPath, ['app.mjs']);
  step('Node CommonJS app: README quick starts against the emulators', process.execPath, ['app.cjs']);

  // ── TypeScript: every README sample, nodenext and bundler ─────────────────────────────────
  const samples = extractSamples();
  const base = {
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'es2022',
    types: ['node'],
    noUnusedLocals: false,
  };
  const configs = {
    nodenext: { ...base, module: 'nodenext', moduleResolution: 'nodenext' },
    bundler: {
      ...base,
      module: 'esnext',
      moduleResolution: 'bundler',
      lib: ['es2022', 'dom', 'dom.iterable'],
    },
  };
  const typechecks = Object.entries(configs).map(([name, compilerOptions]) => {
    writeFileSync(
      join(app, `tsconfig.${name}.json`),
      JSON.stringify({ compilerOptions, include: ['samples/*.ts'] }, null, 2),
    );
    const done = runAsync(process.execPath, [
      join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      `tsconfig.${name}.json`,
    ]);
    return { name: `tsc --noEmit (strict, ${name}) on ${samples} README samples`, done, since: Date.now() };
  });

  // ── Bun and Deno ──────────────────────────────────────────────────────────────────────────
  for (const name of /** @type {const} */ (['bun', 'deno'])) {
    const rt = ensureRuntime(name);
    if (!rt.bin) {
      reportSkip(`consumer check on ${name}`, rt.reason);
      record(`${name}: ESM app`, 'skipped', rt.reason);
      continue;
    }
    const args = name === 'deno' ? ['run', '--allow-all', '--quiet', 'app.mjs'] : ['app.mjs'];
    step(
      `${name === 'bun' ? 'Bun' : 'Deno'} ESM app: README quick starts against the emulators`,
      rt.bin,
      args,
      {
        env: { DENO_NO_UPDATE_CHECK: '1' },
      },
    );
  }

  // ── Browser ───────────────────────────────────────────────────────────────────────────────
  await browserCheck();

  for (const { name, done, since } of typechecks) {
    const res = await done;
    record(name, res.ok, '', since);
    if (!res.ok) console.log(tail(toReadmeLines(res.out), 40).replace(/^/gm, '    '));
  }
}

rmSync(work, { recursive: true, force: true });
const failed = results.filter((r) => r.ok === false);
console.log(
  `consumer check: ${results.length - failed.length}/${results.length} passed in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(failed.length ? 1 : 0);

/** Rewrites `samples/x-1.ts(12,5)` in tsc output to `packages/x/README.md:<line>:5`. */
function toReadmeLines(out) {
  return toMarkdownLines(out, sampleOrigin);
}

/** Writes every ```ts block of every package README to app/samples/, returns how many. */
function extractSamples() {
  const dir = join(app, 'samples');
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const pkg of packages) {
    const readme = `packages/${pkg}/README.md`;
    for (const sample of extractTsSamples(readFileSync(join(root, readme), 'utf8'), readme)) {
      sampleOrigin.set(`samples/${pkg}-${sample.n}.ts`, {
        markdown: readme,
        fence: sample.fence,
        header: sample.header,
      });
      writeFileSync(join(dir, `${pkg}-${sample.n}.ts`), sample.source);
      count++;
    }
  }
  return count;
}

async function browserCheck() {
  const name = 'Chromium: esbuild bundle of @x/uzhkh and @x/partnerapi calling emulators on 127.0.0.1';
  const why = chromiumMissing();
  if (why) {
    reportSkip('consumer check in a browser', why);
    record(name, 'skipped', why);
    return;
  }
  const esbuild = await import('esbuild');
  const bundle = join(app, 'bundle.js');
  try {
    await esbuild.build({
      entryPoints: [join(app, 'browser-app.mjs')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      outfile: bundle,
      logLevel: 'silent',
    });
  } catch (error) {
    record(name, false, `esbuild: ${error.message}`);
    return;
  }
  // The emulators, from the installed tarballs; their serve() must answer a browser's CORS.
  const requireApp = createRequire(join(app, 'package.json'));
  const { UzhkhEmulator } = requireApp('@x/uzhkh/testing');
  const { PartnerApiEmulator } = requireApp('@x/partnerapi/testing');
  const uzhkhEmulator = new UzhkhEmulator({ token: 't0ken', allowedIps: ['127.0.0.1', '::1'] });
  uzhkhEmulator.seedAccounts(3);
  const uzhkh = await uzhkhEmulator.serve();
  const partnerapi = await new PartnerApiEmulator({ users: { partner: 'secret' } }).serve();
  const page = createServer((req, res) => {
    if (req.url === '/bundle.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(readFileSync(bundle));
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><meta charset="utf-8"><script type="module" src="/bundle.js"></script>');
    }
  });
  await new Promise((resolve) => page.listen(0, '127.0.0.1', resolve));
  const pageUrl = `http://127.0.0.1:${page.address().port}/`;
  let browser;
  try {
    browser = await launchChromium({ timeout: 60_000 });
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.addInitScript(
      (config) => {
        window.__config = config;
      },
      { uzhkh: uzhkh.url, partnerapi: partnerapi.url },
    );
    await tab.goto(pageUrl);
    await tab.waitForFunction(() => window.__result !== undefined, undefined, { timeout: 30_000 });
    const result = await tab.evaluate(() => window.__result);
    const ok = !!result.ok && errors.length === 0;
    record(name, ok, result.ok ?? result.error ?? errors.join('; '));
  } catch (error) {
    record(name, false, String(error?.message ?? error).split('\n')[0]);
  } finally {
    await browser?.close();
    await new Promise((resolve) => page.close(resolve));
    await uzhkh.close();
    await partnerapi.close();
  }
}
