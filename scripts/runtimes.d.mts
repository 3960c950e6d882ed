/** Versions of the other runtimes the checks install (see runtimes.mjs). */
export declare const RUNTIMES: { bun: string; deno: string };
/** `{ bin }` of an installed runtime (installing it when missing), or `{ reason }` it is unavailable. */
export declare function ensureRuntime(name: 'bun' | 'deno'): { bin?: string; reason?: string };
