// One tsup configuration for every package, so the five builds cannot drift apart.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Core's `@x/core/zod` entry: the one module every package's zod calls go through once built. */
const ZOD_ENTRY = join(root, 'packages/core/src/zod.ts');
const ZOD_IMPORT = /^zod\/(mini|v4\/core)$/;

/** The names `@x/core/zod` re-exports, read from its source (one list, kept there). */
function zodEntryNames() {
  const text = readFileSync(ZOD_ENTRY, 'utf8');
  const list = /export\s*\{([^}]*)\}\s*from\s*'zod\/mini'/.exec(text);
  if (!list) throw new Error(`${ZOD_ENTRY}: no "export { ... } from 'zod/mini'" list`);
  return new Set(
    list[1]
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
  );
}

/**
 * Names of zod/mini's run-time exports that the sources use only as types (`z.ZodMiniType`,
 * `z.output<...>`, `z.core.$loose`): their uses need not be re-exported.
 */
const TYPE_ONLY = (name) => /^(Zod|\$)/.test(name) || ['core', 'input', 'output'].includes(name);

/**
 * The zod functions `file` uses at run time (through a namespace or named import of `zod/mini` or
 * `zod/v4/core`) that `@x/core/zod` does not re-export: the namespace import would yield
 * `undefined` for them once built.
 * @param {string} file
 * @returns {string[]}
 */
export function zodUsesMissing(file) {
  const names = zodEntryNames();
  const runtime = new Set(Object.keys(createRequire(ZOD_ENTRY)('zod/mini')));
  const text = readFileSync(file, 'utf8');
  const used = new Set();
  for (const m of text.matchAll(/import\s+\*\s+as\s+(\w+)\s+from\s+'zod\/(?:mini|v4\/core)'/g))
    for (const u of text.matchAll(new RegExp(`\\b${m[1]}\\.([\\w$]+)`, 'g'))) used.add(u[1]);
  for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s+'zod\/(?:mini|v4\/core)'/g))
    for (const n of m[1].split(',')) if (n.trim()) used.add(n.trim().split(/\s+as\s+/)[0]);
  return [...used].filter((n) => runtime.has(n) && !TYPE_ONLY(n) && !names.has(n));
}

/**
 * Points every run-time `zod/mini` / `zod/v4/core` import of a package's sources at `@x/core/zod`
 * (see packages/core/src/zod.ts for why), and fails the build when a file uses a zod function
 * that entry does not re-export.
 */
function zodThroughCore() {
  const checked = new Set();
  return {
    name: 'zod-through-core',
    setup(esbuild) {
      esbuild.onResolve({ filter: ZOD_IMPORT }, (args) => {
        // The entry itself re-exports zod/mini: that import stays as written.
        if (args.importer === ZOD_ENTRY) return { path: args.path, external: true };
        if (!checked.has(args.importer)) {
          checked.add(args.importer);
          const missing = zodUsesMissing(args.importer);
          if (missing.includes('z'))
            throw new Error(`${args.importer}: import zod as a namespace (import * as z from 'zod/mini')`);
          if (missing.length)
            throw new Error(
              `${args.importer} uses zod's ${missing.join(', ')}: add ${missing.length > 1 ? 'them' : 'it'} to packages/core/src/zod.ts`,
            );
        }
        return { path: '@x/core/zod', external: true };
      });
    },
  };
}

/**
 * dist/zod.node.{js,cjs}: `@x/core/zod` with the functions it names bundled in (tree-shaken, so
 * without zod's locales), for the entry's `node` export condition.
 * @param {string} [outDir]
 */
export async function buildZodForNode(outDir = join(root, 'packages/core/dist')) {
  for (const [format, ext] of [
    ['esm', 'js'],
    ['cjs', 'cjs'],
  ])
    await build({
      entryPoints: [ZOD_ENTRY],
      outfile: join(outDir, `zod.node.${ext}`),
      bundle: true,
      format,
      platform: 'neutral',
      target: 'es2022',
      treeShaking: true,
      logLevel: 'warning',
    });
}

/** @param {Record<string, string>} entry */
export function packageBuild(entry) {
  const isCore = Object.values(entry).some((file) => join(root, 'packages/core', file) === ZOD_ENTRY);
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    // No source maps: esbuild embeds the whole source in them (the maps were 2–3× the code), and the
    // output is unminified ES2022 with names kept, so stack traces already point at readable code.
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    outDir: 'dist',
    external: [/^node:/, /^msw/, /^@x\//, /^zod/, 'fast-xml-parser'],
    // Left to zodThroughCore (tsup's own externals would claim them first).
    noExternal: [ZOD_IMPORT],
    esbuildPlugins: [zodThroughCore()],
    ...(isCore ? { onSuccess: () => buildZodForNode() } : {}),
  };
}
