// CommonJS consumer app: requires the packed packages' CommonJS builds.
const run = require('./scenario.cjs');

const mods = {
  core: require('@x/core'),
  coreTesting: require('@x/core/testing'),
  tmmis: require('@x/tmmis'),
  tmmisTesting: require('@x/tmmis/testing'),
  uzhkh: require('@x/uzhkh'),
  uzhkhTesting: require('@x/uzhkh/testing'),
  partnerapi: require('@x/partnerapi'),
  partnerapiTesting: require('@x/partnerapi/testing'),
  agbis: require('@x/agbis'),
  agbisTesting: require('@x/agbis/testing'),
};
run(mods, (line) => console.log(`  ${line}`)).then(
  () => console.log('cjs app: ok'),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
