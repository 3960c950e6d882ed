import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/tsup.shared.mjs';

export default defineConfig(
  packageBuild({
    index: 'src/index.ts',
    internal: 'src/internal.ts',
    zod: 'src/zod.ts',
    'testing/index': 'src/testing/index.ts',
    'testing/msw': 'src/testing/msw.ts',
  }),
);
