import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import projects, { packageNames } from '../../../vitest.workspace.ts';

const root = join(__dirname, '..', '..', '..');

describe('vitest workspace', () => {
  it('declares one project per package, each with test files, and the docs project', () => {
    expect([...packageNames].sort()).toEqual(readdirSync(join(root, 'packages')).sort());
    expect(projects.map((p) => p.test?.name)).toEqual([...packageNames, 'docs']);
    for (const name of packageNames) {
      const dir = join(root, 'packages', name, 'test');
      expect(existsSync(dir), dir).toBe(true);
      expect(
        readdirSync(dir).some((f) => f.endsWith('.test.ts')),
        name,
      ).toBe(true);
    }
  });
});
