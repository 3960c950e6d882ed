// CommonJS twin of node.js.
exports.compile = require('zod/v4/core').compile;
