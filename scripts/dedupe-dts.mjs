#!/usr/bin/env node
// Runs after tsup in every package (`pnpm build`): tsup writes each declaration twice, as `.d.ts`
// for `import` and `.d.cts` for `require`, with the same content (357 KB for AGBIS). Each ESM
// entry `.d.ts` becomes a one-line `export * from './x.cjs'`, so the declarations ship once, in
// the `.d.cts` files, and the declaration chunks only the `.d.ts` files used are removed.
//
// Why it is safe: ESM may import CommonJS, so TypeScript reads the stub as an ES module (attw's
// format check stays green) whose exports are exactly the CommonJS declarations. ESM and CJS
// users then see one declaration of every class, as zod does (its `types` point to `.d.cts`).
// The packages export no default export, which `export *` would not carry.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const dist = join(process.cwd(), 'dist');
const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8'));

/** The `.d.ts` files the exports map names: these stay (as stubs); every other twin goes. */
const entries = new Set();
(function collect(node) {
  if (typeof node === 'string') {
    if (node.endsWith('.d.ts')) entries.add(join(process.cwd(), node));
  } else if (node && typeof node === 'object') for (const v of Object.values(node)) collect(v);
})(pkg.exports);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

// A stub makes ESM users see the CommonJS declarations of our dependencies too. That is harmless
// for @x packages (deduplicated the same way) and zod (one set of types for both), but msw ships
// separate ESM and CJS declarations whose classes are not assignable to each other: an entry
// that imports anything else (the `/testing` entries import msw) keeps both files.
// `@x/<pkg>/testing…` entries re-export msw types from core's own `/testing/msw`, so they stay too.
const SINGLE_TYPES = /^(@x\/(?![^/]+\/testing)|zod(\/|$))/;
const specifiers = (text) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);

const declarations = walk(dist).filter((f) => f.endsWith('.d.ts'));
const twinOf = (file) => file.replace(/\.d\.ts$/, '.d.cts');
let saved = 0;
const kept = [];
for (const file of declarations.filter((f) => entries.has(f))) {
  let cts;
  try {
    cts = readFileSync(twinOf(file), 'utf8');
  } catch {
    kept.push(file);
    continue; // no CommonJS twin: leave it alone
  }
  const bare = specifiers(cts).filter((s) => !s.startsWith('.'));
  if (bare.some((s) => !SINGLE_TYPES.test(s)) || /^export (default|=) /m.test(cts)) {
    kept.push(file); // see above; `export *` would also drop a default export
    continue;
  }
  const stub = `export * from './${basename(twinOf(file)).replace(/\.d\.cts$/, '.cjs')}';\n`;
  saved += statSync(file).size - stub.length;
  writeFileSync(file, stub);
}
// Declaration chunks (`logging-<hash>.d.ts`) are needed only while a kept ESM file imports them.
const needed = new Set(
  kept.flatMap((f) =>
    specifiers(readFileSync(f, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .map((s) => join(dirname(f), s.replace(/\.js$/, '.d.ts'))),
  ),
);
for (const file of declarations.filter((f) => !entries.has(f) && !needed.has(f))) {
  if (!existsSync(twinOf(file))) continue;
  saved += statSync(file).size;
  rmSync(file);
}
if (entries.size === 0) throw new Error('no .d.ts entries in the exports map');
console.log(
  `dedupe-dts: ${pkg.name} declarations ship once where safe (${(saved / 1024).toFixed(0)} KB saved)`,
);
