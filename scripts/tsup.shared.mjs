// One tsup configuration for every package, so the five builds cannot drift apart.
/** @param {Record<string, string>} entry */
export function packageBuild(entry) {
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
  };
}
