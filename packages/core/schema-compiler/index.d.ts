import type { compile as zodCompile } from 'zod/v4/core';

/** zod's `compile()` where the runtime resolves the "node" condition; `undefined` elsewhere. */
export declare const compile: typeof zodCompile | undefined;
