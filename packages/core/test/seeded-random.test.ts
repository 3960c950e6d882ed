// seededRandom (@x/core/testing): the PRNG that ТМ:МИС's generated invoices and emulator ids come
// from, and that tests use to fail at reproducible random points. Pinned to mulberry32's numbers,
// so data seeded in users' tests stays the same from one release to the next.
import { seededRandom } from '@x/core/testing';
import { describe, expect, it } from 'vitest';

describe('seededRandom', () => {
  it('gives the same numbers in [0, 1) for the same seed, and others for another seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = [a(), a(), a()];
    expect(first).toEqual([b(), b(), b()]);
    expect(first).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    expect(seededRandom(43)()).not.toBe(first[0]);
    const r = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
