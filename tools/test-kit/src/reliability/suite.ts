import type { ClientAdapter } from './adapter.js';
import { faultSuite } from './faults.js';
import { loadSuite } from './load.js';
import { secretSuite } from './secrets.js';

export type { AdapterEnv, ClientAdapter, SuiteClientOptions } from './adapter.js';

/** The cross-cutting suite for one client: faults, secrets, load. */
export function reliabilitySuite(adapter: ClientAdapter): void {
  faultSuite(adapter);
  secretSuite(adapter);
  loadSuite(adapter);
}
