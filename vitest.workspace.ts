// The test projects, one per package. vitest 4 no longer reads this file by itself: vitest.config.ts imports
// it as `test.projects`, and scripts/ci.mjs checks that every project listed here ran tests.
import type { TestProjectInlineConfiguration } from 'vitest/config';

/** Package folders under packages/, one vitest project each. */
export const packageNames = ['core', 'tmmis', 'uzhkh', 'partnerapi', 'agbis', 'cli', 'redis'] as const;

const projects: TestProjectInlineConfiguration[] = packageNames.map((name) => ({
  extends: true,
  test: {
    name,
    root: `packages/${name}`,
    include: ['test/**/*.test.ts'],
    // The CLI's tests run its built bin; the setup builds what is missing or stale.
    ...(name === 'cli' ? { globalSetup: ['test/global-setup.ts'] } : {}),
  },
}));

export default projects;
