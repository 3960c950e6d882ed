// CommonJS twin of node.js.
exports.compile = require('@x/core/zod').compile;
