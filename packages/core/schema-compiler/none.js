// Browsers and other runtimes: no schema compiler, every schema uses zod's runtime parser.
export const compile = undefined;
