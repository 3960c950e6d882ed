// CommonJS twin of none.js.
exports.compile = undefined;
