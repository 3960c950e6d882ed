// Node (and runtimes that match the "node" condition): zod's schema compiler, taken from
// `@x/core/zod` so that it is the same zod as the schemas' (in Node that entry is the prebuilt
// dist/zod.node.js: no second zod load, no locales). Browser bundles resolve ./none.js instead
// and stay ~9 KB (gzip) smaller.
export { compile } from '@x/core/zod';
