// Node (and runtimes that match the "node" condition): zod's schema compiler, already loaded with
// zod/v4/core. Browser bundles resolve ./none.js instead and stay ~9 KB (gzip) smaller.
export { compile } from 'zod/v4/core';
