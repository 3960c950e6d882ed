// One tsup configuration for every package, so the five builds cannot drift apart.
/** @param {Record<string, string>} entry */
export function packageBuild(entry) {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    outDir: 'dist',
    external: [/^node:/, /^msw/, /^@x\//, /^zod/, 'fast-xml-parser'],
  };
}
