/** The tsup options every package builds with (see tsup.shared.mjs). */
export declare function packageBuild(entry: Record<string, string>): Record<string, unknown>;
/** zod functions `file` calls at run time that `@x/core/zod` does not re-export. */
export declare function zodUsesMissing(file: string): string[];
/** Writes `zod.node.js` and `zod.node.cjs` (zod's functions bundled in) to `outDir`. */
export declare function buildZodForNode(outDir?: string): Promise<void>;
