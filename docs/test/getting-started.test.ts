// The Getting started page's emulator example, run as written: the block is taken from the page,
// so the page cannot show an example that no longer runs.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';

const page = readFileSync(new URL('../guide/getting-started.md', import.meta.url), 'utf8');
const dir = join(import.meta.dirname, '.generated');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs the emulator example of "Try it without the vendor" and prints true', async () => {
  const section = page.slice(page.indexOf('## Try it without the vendor'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block, 'the section has a TypeScript block').toBeDefined();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'getting-started-emulator.ts');
  writeFileSync(file, `${block}\nexport {};\n`);
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await import(/* @vite-ignore */ file);
    expect(log.mock.calls).toEqual([[true]]);
  } finally {
    log.mockRestore();
  }
});
