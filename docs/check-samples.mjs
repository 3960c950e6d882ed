#!/usr/bin/env node
// Type-checks every ```ts block of the documentation (docs/**/*.md, not the generated reference)
// against the package sources, with the repository's compiler settings: a page cannot show code
// that does not compile. Blocks are extracted by scripts/ts-samples.mjs (the same rules as the
// package READMEs: `<!-- ts-sample: skip -->`, `<!-- ts-sample: <declarations> -->`). Errors are
// reported at the Markdown line. Run by docs/build.mjs; on its own: `node docs/check-samples.mjs`.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTsSamples, toMarkdownLines } from '../scripts/ts-samples.mjs';

const docsDir = dirname(fileURLToPath(import.meta.url));
const root = join(docsDir, '..');
/** Generated or not pages: the TypeDoc output, VitePress's own folders. */
const SKIP_DIRS = new Set(['api', 'node_modules', '.vitepress', '.screenshots']);

/** Every Markdown page of the site. */
function pages(dir = docsDir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...pages(join(dir, entry.name)));
    } else if (entry.name.endsWith('.md')) out.push(join(dir, entry.name));
  }
  return out.sort();
}

/**
 * `undici` is not a dependency of the repository; the networking guide's samples import it. They
 * are checked against `undici-types` (the same declarations, published by the undici project and
 * already installed with @types/node).
 */
function undiciTypes() {
  try {
    // The real path: pnpm installs undici-types next to @types/node, not inside its link.
    const fromTypesNode = createRequire(realpathSync(join(root, 'node_modules/@types/node/package.json')));
    return dirname(fromTypesNode.resolve('undici-types/package.json'));
  } catch {
    return undefined;
  }
}

/**
 * Peer dependencies a guide shows (e.g. `redis` for @x/redis) are installed for the package that
 * uses them, not at the root: the samples resolve them from there.
 */
function fromPackage(name, pkgDir) {
  try {
    const require = createRequire(join(root, pkgDir, 'package.json'));
    const pkgFile = require.resolve(`${name}/package.json`);
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    const types = pkg.types ?? pkg.typings ?? 'index.d.ts';
    return { [name]: [join(dirname(pkgFile), types)] };
  } catch {
    return {};
  }
}

/** Checks the samples; returns `{ ok, count, seconds }` and prints tsc's errors at their Markdown lines. */
export function checkDocSamples() {
  const started = Date.now();
  const work = join(root, 'node_modules', '.cache', 'docs-samples');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const origins = new Map();
  let count = 0;
  for (const page of pages()) {
    const markdown = relative(root, page);
    const slug = relative(docsDir, page)
      .replace(/\.md$/, '')
      .replace(/[^\w-]+/g, '_');
    for (const sample of extractTsSamples(readFileSync(page, 'utf8'), markdown)) {
      const file = `${slug}-${sample.n}.ts`;
      writeFileSync(join(work, file), sample.source);
      origins.set(file, { markdown, fence: sample.fence, header: sample.header });
      count++;
    }
  }
  const rootConfig = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8'));
  const undici = undiciTypes();
  const paths = {
    ...rootConfig.compilerOptions.paths,
    ...(undici ? { undici: [join(undici, 'index.d.ts')] } : {}),
    ...fromPackage('redis', 'packages/redis'),
  };
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify(
      {
        extends: relative(work, join(root, 'tsconfig.json')),
        compilerOptions: { noEmit: true, noUnusedLocals: false, paths },
        include: ['*.ts'],
      },
      null,
      2,
    ),
  );
  const res = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', work], {
    encoding: 'utf8',
  });
  const output = toMarkdownLines(`${res.stdout ?? ''}${res.stderr ?? ''}`, origins).trim();
  if (output) console.error(output);
  return { ok: res.status === 0, count, seconds: (Date.now() - started) / 1000 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(root, 'node_modules/typescript'))) throw new Error('run pnpm install first');
  const { ok, count, seconds } = checkDocSamples();
  console.log(
    `docs: ${count} TypeScript samples ${ok ? 'type-check' : 'FAIL the type check'} (${seconds.toFixed(1)} s)`,
  );
  process.exit(ok ? 0 : 1);
}
