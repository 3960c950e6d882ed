import { VERSION } from '@x/core';
import { describe, expect, it } from 'vitest';
import * as pkg from '@x/tmmis';

describe('@x/tmmis package shell', () => {
  it('re-exports the core version it was built against', () => {
    expect(pkg.CORE_VERSION).toBe(VERSION);
  });
});
