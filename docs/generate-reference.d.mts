/**
 * Writes the per-client operation reference (see generate-reference.mjs) into `docsDir/reference`,
 * or `outDir` when given; `programs` are TypeScript programs to read the named types from (the docs
 * build passes TypeDoc's). Resolves to the number of methods documented.
 */
export declare function generateReference(
  root: string,
  docsDir: string,
  options?: { programs?: readonly unknown[]; outDir?: string },
): Promise<number>;
