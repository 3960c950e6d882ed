import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/tsup.shared.mjs';

const build = packageBuild({
  index: 'src/index.ts',
  internal: 'src/internal.ts',
  zod: 'src/zod.ts',
  'testing/index': 'src/testing/index.ts',
  'testing/msw': 'src/testing/msw.ts',
});

// `#schema-compiler` is resolved where the package runs (package.json "imports": zod's compiler
// under the "node" condition, nothing in browsers), so it must stay an import in the output.
export default defineConfig({ ...build, external: [...build.external, '#schema-compiler'] });
