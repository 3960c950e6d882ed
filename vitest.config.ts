import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import projects, { packageNames } from './vitest.workspace.ts';

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

// Tests import the packages by name; these aliases point the names at the sources, so tests
// need no build step. The demo and the package checks use the built output instead. More specific
// names come first: an alias matches as a prefix.
const alias = [
  // The private test kit (tools/test-kit) and core's internal entry (not for users) by name too.
  {
    find: '@x/test-kit',
    replacement: fileURLToPath(new URL('./tools/test-kit/src/index.ts', import.meta.url)),
  },
  { find: '@x/core/internal', replacement: src('core/src/internal.ts') },
  { find: '@x/core/zod', replacement: src('core/src/zod.ts') },
  { find: '@x/partnerapi/webapi2', replacement: src('partnerapi/src/webapi2/index.ts') },
  ...packageNames.flatMap((name) => [
    { find: `@x/${name}/testing/msw`, replacement: src(`${name}/src/testing/msw.ts`) },
    { find: `@x/${name}/testing`, replacement: src(`${name}/src/testing/index.ts`) },
    { find: `@x/${name}`, replacement: src(`${name}/src/index.ts`) },
  ]),
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects,
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
