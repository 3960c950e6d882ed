import { defineConfig } from 'tsup';

// The CLI is one Node-only ESM executable. The SDK packages stay external dependencies (they are
// installed next to it), so the bin runs the same code users import.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: false,
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
  external: [/^node:/, /^@x\//, 'commander', 'cli-progress'],
});
