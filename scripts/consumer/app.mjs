// ESM consumer app (Node, Bun and Deno): imports the packed packages' ESM builds.
import * as core from '@x/core';
import * as coreTesting from '@x/core/testing';
import * as tmmis from '@x/tmmis';
import * as tmmisTesting from '@x/tmmis/testing';
import * as uzhkh from '@x/uzhkh';
import * as uzhkhTesting from '@x/uzhkh/testing';
import * as partnerapi from '@x/partnerapi';
import * as partnerapiTesting from '@x/partnerapi/testing';
import * as agbis from '@x/agbis';
import * as agbisTesting from '@x/agbis/testing';
import process from 'node:process';
import run from './scenario.cjs';

const mods = {
  core,
  coreTesting,
  tmmis,
  tmmisTesting,
  uzhkh,
  uzhkhTesting,
  partnerapi,
  partnerapiTesting,
  agbis,
  agbisTesting,
};
await run(mods, (line) => console.log(`  ${line}`));
console.log('esm app: ok');
// Deno 2.9 keeps the process alive after the emulators closed (seen here; Node and Bun exit), so
// the app ends itself once everything passed.
process.exit(0);
