#!/usr/bin/env node
// Browser smoke test of the built site (docs/.vitepress/dist): serves it on 127.0.0.1 and, in
// headless Chromium driven by playwright-core, opens the home page, every guide, every client page,
// the recipes and the generated pages; checks that each renders its heading with no console error,
// that the local search finds `SaveOrderForAll`, `client_read` and `лицевой счёт`, and saves a
// screenshot of each page under docs/.screenshots/ (gitignored). Run after `node docs/build.mjs`
// (scripts/ci.mjs does). Without Chromium at /usr/bin/chromium it records a skip (fatal in CI).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportSkip } from '../scripts/skip-log.mjs';

const docsDir = dirname(fileURLToPath(import.meta.url));
const dist = join(docsDir, '.vitepress', 'dist');
const shots = join(docsDir, '.screenshots');
const CHROMIUM = '/usr/bin/chromium';
const started = Date.now();

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`docs smoke: ${dist} has no index.html; run node docs/build.mjs first.`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  reportSkip(
    'docs browser smoke test',
    `${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it)`,
  );
  process.exit(0);
}

/** Page paths of the Markdown files in a folder of docs/ (clean URLs, as VitePress serves them). */
function pagesIn(folder) {
  return readdirSync(join(docsDir, folder))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => (f === 'index.md' ? `/${folder}/` : `/${folder}/${f.replace(/\.md$/, '')}`));
}

const pages = [
  { path: '/', kind: 'home' },
  ...pagesIn('guide').map((path) => ({ path, kind: 'guide' })),
  ...pagesIn('clients').map((path) => ({ path, kind: 'client' })),
  { path: '/recipes/', kind: 'recipes' },
  // A recipe page: the program is included from docs/recipes/, so its code must be on the page.
  { path: '/recipes/tmmis-cash-desk', kind: 'recipe', contains: 'export async function takePayment' },
  { path: '/reliability', kind: 'reliability' },
  { path: '/changelog', kind: 'changelog', contains: '@x/core' },
  { path: '/performance', kind: 'performance', contains: 'Targets' },
  { path: '/api/', kind: 'api' },
];
const SEARCHES = ['SaveOrderForAll', 'client_read', 'лицевой счёт'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Paths the server answered 404 (the browser's own requests, such as a favicon, included). */
const notFound = [];

/** A static server for the built site with VitePress's clean URLs (`/guide/x` → guide/x.html). */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const safe = normalize(path).replace(/^(\.\.[/\\])+/, '');
    const candidates = [join(dist, safe), join(dist, `${safe}.html`), join(dist, safe, 'index.html')];
    const file = candidates.find((c) => c.startsWith(dist) && existsSync(c) && statSync(c).isFile());
    if (!file) {
      notFound.push(path);
      res.writeHead(404, { 'content-type': 'text/html' }).end(readFileSync(join(dist, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const { chromium } = await import('playwright-core');
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });
// playwright-core gives the browser a fresh temporary profile of its own (the --user-data-dir of
// TOOLCHAIN.md's flags); the other flags keep Chromium from reaching the network.
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const failures = [];
let checks = 0;
const check = (ok, what) => {
  checks++;
  console.log(`${ok ? '✓' : '✗'} ${what}`);
  if (!ok) failures.push(what);
};

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  let errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });

  for (const { path, kind, contains } of pages) {
    errors = [];
    notFound.length = 0;
    const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
    const heading = (
      await page
        .locator('h1')
        .first()
        .textContent({ timeout: 5_000 })
        .catch(() => '')
    )?.trim();
    const text = contains ? await ((await page.locator('main, .VPContent').first().textContent()) ?? '') : '';
    const file = join(shots, `${kind}${path.replace(/\/$/, '/index').replace(/\//g, '_')}.png`);
    await page.screenshot({ path: file });
    const problems = [
      response?.status() === 200 ? '' : `HTTP ${response?.status()}`,
      heading ? '' : 'no h1',
      contains && !text.includes(contains) ? `no "${contains}"` : '',
      errors.length
        ? `console: ${errors.join(' | ')}${notFound.length ? ` (404: ${notFound.join(', ')})` : ''}`
        : '',
    ].filter(Boolean);
    check(
      problems.length === 0,
      `${path}: "${heading ?? ''}"${problems.length ? ` (${problems.join('; ')})` : ''}`,
    );
  }

  // The local search: open it, type, expect results.
  for (const query of SEARCHES) {
    await page.goto(`${origin}/guide/getting-started`, { waitUntil: 'networkidle' });
    await page.locator('.VPNavBarSearch button').first().click();
    const input = page.locator('#localsearch-input');
    await input.fill(query);
    const results = page.locator('.VPLocalSearchBox .result');
    const count = await results
      .first()
      .waitFor({ timeout: 5_000 })
      .then(() => results.count())
      .catch(() => 0);
    const first = count
      ? ((await results.first().textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 80)
      : '';
    await page.screenshot({ path: join(shots, `search_${SEARCHES.indexOf(query) + 1}.png`) });
    check(count > 0, `search "${query}": ${count} result(s)${first ? `, first: ${first}` : ''}`);
    await page.keyboard.press('Escape');
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  `docs smoke: ${checks - failures.length}/${checks} passed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in docs/.screenshots/`,
);
process.exit(failures.length ? 1 : 0);
