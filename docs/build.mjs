#!/usr/bin/env node
// Builds the docs site: TypeDoc turns every package's public entry points into Markdown under
// docs/api/ (gitignored), then VitePress builds the site into docs/.vitepress/dist/.
//
// Documentation rules, applied in two validation passes over one TypeDoc project:
// - @x/core: an exported symbol without TSDoc fails the build (notDocumented, treated as an error).
// - client packages: exports (and members of exported classes and interfaces) without TSDoc,
//   unexported referenced types and broken {@link}s fail the build too, checked by our own walk
//   (TypeDoc's would list every property of every inferred zod type).
// Packages are discovered from packages/*/package.json, so a new package or a new export appears
// in the reference with no configuration change.
//
// Before that, every ```ts block of docs/**/*.md is type-checked (docs/check-samples.mjs); after it,
// the Changelog and Performance pages (docs/generate-pages.mjs) and the per-client operation
// reference (docs/generate-reference.mjs) are generated.
//
// `node docs/build.mjs --api-only` stops after the reference (used by `npm run docs:dev`).
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, Converter, ReferenceType, Reflection, ReflectionKind, Type } from 'typedoc';
import { checkDocSamples } from './check-samples.mjs';
import { generatePages } from './generate-pages.mjs';
import { generateReference } from './generate-reference.mjs';

const docsDir = dirname(fileURLToPath(import.meta.url));
const root = join(docsDir, '..');
const apiDir = join(docsDir, 'api');
const STRICT_PACKAGES = ['@x/core'];
const started = Date.now();

/**
 * Every package with its public entry points and the module name each gets in the reference.
 * `@x/core/internal` (src/internal.ts) is left out on purpose: it is not for users.
 */
function discoverEntryPoints() {
  const entries = [];
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const pkgFile = join(root, 'packages', dir, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const { name } = JSON.parse(readFileSync(pkgFile, 'utf8'));
    for (const [sub, suffix] of [
      ['src/index.ts', ''],
      ['src/webapi2/index.ts', '/webapi2'],
      ['src/testing/index.ts', '/testing'],
      ['src/testing/msw.ts', '/testing/msw'],
    ]) {
      const file = join(root, 'packages', dir, sub);
      if (existsSync(file)) entries.push({ file, module: `${name}${suffix}`, pkg: name });
    }
  }
  return entries;
}

const entries = discoverEntryPoints();
const packageNames = [...new Set(entries.map((e) => e.pkg))];
const clientPackages = packageNames.filter((p) => !STRICT_PACKAGES.includes(p));

// Every ```ts block of the guides type-checks against the packages (docs/check-samples.mjs).
if (!process.argv.includes('--api-only')) {
  const samples = checkDocSamples();
  if (!samples.ok) fail(`${samples.count} TypeScript samples of the docs do not type-check (listed above)`);
  console.log(`docs: ${samples.count} TypeScript samples type-check (${samples.seconds.toFixed(1)} s)`);
}

rmSync(apiDir, { recursive: true, force: true });

const app = await Application.bootstrapWithPlugins({
  entryPoints: entries.map((e) => e.file),
  entryPointStrategy: 'resolve',
  tsconfig: join(docsDir, 'tsconfig.typedoc.json'),
  plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
  out: apiDir,
  docsRoot: docsDir,
  readme: 'none',
  name: 'API reference',
  // tsc checks types in its own CI step; here it would only repeat the work.
  skipErrorChecking: true,
  excludeInternal: true,
  excludePrivate: true,
  excludeProtected: true,
  excludeExternals: true,
  disableSources: true,
  sort: ['kind', 'alphabetical'],
  logLevel: 'Warn',
  // Validation runs below, by hand, in two passes.
  validation: { notExported: false, notDocumented: false, invalidLink: false, rewrittenLink: false },
  // Markdown output tuned for VitePress.
  outputFileStrategy: 'members',
  membersWithOwnFile: ['Class'],
  parametersFormat: 'table',
  interfacePropertiesFormat: 'table',
  classPropertiesFormat: 'table',
  typeDeclarationFormat: 'table',
  useCodeBlocks: false,
  // Comments are Markdown for Vue: a bare <Tag> or {{ x }} in a comment would break the page.
  sanitizeComments: true,
  expandObjects: false,
  sidebar: { autoConfiguration: true, format: 'vitepress', pretty: true, collapsed: true },
});

// Module names come from the package names (`@x/core`, `@x/core/testing`), not the file paths.
const moduleByFile = new Map(entries.map((e) => [e.file, e.module]));
app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
  if (!reflection.kindOf(ReflectionKind.Module)) return;
  const symbol = context.getSymbolFromReflection(reflection);
  const file = symbol?.declarations?.[0]?.getSourceFile().fileName;
  const name = file && moduleByFile.get(file);
  if (name) reflection.name = name;
});

// The operation reference reads field types and meanings from the same TypeScript program.
let programs = [];
app.converter.on(Converter.EVENT_END, (context) => {
  programs = context.programs;
});

const project = await app.convert();
if (!project || app.logger.hasErrors()) fail('TypeDoc could not convert the packages');

const missing = [];
const realWarn = app.logger.warn.bind(app.logger);

// Pass 1, strict: @x/core must document every exported symbol.
app.options.setValue('validation', { notDocumented: true });
app.options.setValue('packagesRequiringDocumentation', STRICT_PACKAGES);
app.logger.warn = (text, ...rest) => {
  missing.push(text);
  realWarn(text, ...rest);
};
app.validate(project);
app.logger.warn = realWarn;
if (missing.length) {
  fail(
    `${missing.length} exported symbol(s) of ${STRICT_PACKAGES.join(', ')} have no TSDoc comment (listed above); document them`,
  );
}

// Pass 2: unexported referenced types and broken {@link}s; reported, except in @x/core, where a
// broken link fails like a missing comment.
const linkWarnings = [];
app.options.setValue('validation', { notExported: true, invalidLink: true });
app.logger.warn = (text, ...rest) => {
  linkWarnings.push(String(text));
  realWarn(text, ...rest);
};
app.validate(project);
app.logger.warn = realWarn;
const strictLinks = linkWarnings.filter((w) => STRICT_PACKAGES.some((p) => w.includes(`comment for ${p}`)));
if (strictLinks.length)
  fail(`${strictLinks.length} broken {@link}(s) in ${STRICT_PACKAGES.join(', ')} (listed above)`);

// Report only: client exports and their members without TSDoc. TypeDoc's own check would also
// list every property of every inferred zod type (thousands of lines), so this walks only what
// a reader sees as a symbol: top-level exports and members of exported classes and interfaces.
const undocumented = reportUndocumented(project, clientPackages);
if (app.logger.hasErrors()) fail('TypeDoc validation failed');
if (undocumented)
  fail(`${undocumented} client symbol(s) have no TSDoc comment (listed above); document them`);
if (linkWarnings.length)
  fail(`${linkWarnings.length} broken or unexported reference(s) in comments (listed above)`);

shortenExternalTypes(project);
await app.generateOutputs(project);
if (app.logger.hasErrors()) fail('TypeDoc could not write the API reference');
const typedocSeconds = (Date.now() - started) / 1000;
console.log(
  `docs: API reference of ${packageNames.length} packages (${entries.length} entry points) in ${typedocSeconds.toFixed(1)} s` +
    '; every exported symbol documented, no broken links',
);

// The changelog and performance pages, from .changeset/ and bench/results/latest.json.
generatePages(root, docsDir);
// The per-client operation reference, from the operation tables (docs/generate-reference.mjs).
const methods = await generateReference(root, docsDir, { programs });
console.log(`docs: operation reference of ${methods} methods written to docs/reference/`);

if (process.argv.includes('--api-only')) process.exit(0);

const { build } = await import('vitepress');
try {
  await build(docsDir);
} catch (error) {
  console.error(error);
  fail('VitePress build failed');
}
console.log(
  `docs: site built into ${relative(root, join(docsDir, '.vitepress/dist'))} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

/**
 * An exported zod schema's type spells out every field as nested zod generics (tens of lines per
 * schema, hundreds of KB per page) that no reader can use, so external generic types longer than
 * a line lose their type arguments in the reference: `ZodMiniObject<{ ... }, $loose>` is shown as
 * `ZodMiniObject`. The TypeScript types themselves are untouched. Runs after validation.
 */
function shortenExternalTypes(project) {
  const LONGEST = 100;
  const seen = new Set();
  const visit = (value) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (
      value instanceof ReferenceType &&
      value.package &&
      !value.package.startsWith('@x/') &&
      value.typeArguments?.length &&
      value.toString().length > LONGEST
    ) {
      value.typeArguments = undefined;
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'parent' || key === 'project') continue;
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item instanceof Type || item instanceof Reflection) visit(item);
      }
    }
  };
  visit(project);
}

/** True when a reflection or one of its signatures carries a comment. */
function documented(reflection) {
  if (reflection.hasComment()) return true;
  // A re-export of a symbol another module already documents.
  if (reflection.kindOf(ReflectionKind.Reference)) return documented(reflection.getTargetReflectionDeep());
  const signatures = [
    ...(reflection.signatures ?? []),
    reflection.getSignature,
    reflection.setSignature,
    ...(reflection.type?.declaration?.signatures ?? []),
  ];
  return signatures.some((sig) => sig?.hasComment());
}

/** Prints client exports (and members of exported classes/interfaces) lacking TSDoc; returns the count. */
function reportUndocumented(project, packages) {
  const SHOWN = 25;
  let total = 0;
  for (const module of project.children ?? []) {
    if (!packages.some((p) => module.name === p || module.name.startsWith(`${p}/`))) continue;
    const names = [];
    for (const symbol of module.children ?? []) {
      if (!documented(symbol)) names.push(symbol.name);
      if (!symbol.kindOf(ReflectionKind.ClassOrInterface)) continue;
      for (const member of symbol.children ?? []) {
        if (member.inheritedFrom || member.kindOf(ReflectionKind.Constructor)) continue;
        if (!documented(member)) names.push(`${symbol.name}.${member.name}`);
      }
    }
    if (!names.length) continue;
    total += names.length;
    const more = names.length > SHOWN ? ` … and ${names.length - SHOWN} more` : '';
    console.warn(`docs: ${module.name}: no TSDoc on ${names.slice(0, SHOWN).join(', ')}${more}`);
  }
  return total;
}

function fail(message) {
  console.error(`docs build failed: ${message}.`);
  process.exit(1);
}
