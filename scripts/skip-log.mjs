// One place where checks and tests record what they skipped and why. `scripts/ci.mjs` sets
// X_SKIP_LOG to a file, prints every recorded skip in its summary, and fails the run when CI=true
// (in CI nothing may be skipped: .ci/run installs every service and runtime the tests need).
import { appendFileSync } from 'node:fs';

/**
 * Records that `what` was skipped because of `why`, and says so on stderr.
 * @param {string} what e.g. "Redis tests"
 * @param {string} why e.g. "redis-server is not installed (apt-get install redis-server)"
 */
export function reportSkip(what, why) {
  const line = `SKIPPED: ${what}: ${why}`;
  console.warn(line);
  const file = process.env.X_SKIP_LOG;
  if (file) appendFileSync(file, `${JSON.stringify({ what, why })}\n`);
}
