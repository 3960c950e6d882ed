// Headless Chromium for the browser checks (docs/smoke.mjs, scripts/consumer-check.mjs): Debian's
// package driven by playwright-core, with TOOLCHAIN.md's flags that keep it off the network.
import { existsSync } from 'node:fs';

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser checks cannot run here (for the skip log), or `undefined` when they can. */
export function chromiumMissing() {
  return existsSync(CHROMIUM)
    ? undefined
    : `${CHROMIUM} is not installed (apt-get install chromium; .ci/run installs it)`;
}

/**
 * Launches the browser with `options` (playwright-core's, `args` added to the offline flags).
 * playwright-core gives it a fresh temporary profile of its own (the --user-data-dir of
 * TOOLCHAIN.md's flags); the flags keep Chromium from reaching the network.
 */
export async function launchChromium(options = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    ...options,
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });
}
