import { defineConfig } from 'tsup';
import { packageBuild } from '../../scripts/tsup.shared.mjs';

export default defineConfig(packageBuild({ index: 'src/index.ts' }));
