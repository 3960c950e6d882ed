// `@x/core/zod` (src/zod.ts) is what the built packages call zod through; in Node its `node`
// condition loads a build with zod's functions bundled in, so importing a client no longer
// evaluates zod's ~50 locale modules (issue 17, cold import).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as mini from 'zod/mini';
import { buildZodForNode, zodUsesMissing } from '../../../scripts/tsup.shared.mjs';
import * as entry from '../src/zod.js';

const packages = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const out = mkdtempSync(join(tmpdir(), 'x-zod-node-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('@x/core/zod', () => {
  it("re-exports zod/mini's own functions, not copies", () => {
    const ours: Record<string, unknown> = { ...entry };
    const theirs: Record<string, unknown> = { ...mini };
    const names = Object.keys(ours);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(ours[name], name).toBe(theirs[name]);
  });

  it('re-exports every zod function a package calls at run time', () => {
    const files = readdirSync(packages)
      .flatMap((p) => {
        try {
          return sources(join(packages, p, 'src'));
        } catch {
          return [];
        }
      })
      .filter((f) => /from 'zod\/(mini|v4\/core)'/.test(readFileSync(f, 'utf8')));
    expect(files.length).toBeGreaterThan(10);
    const missing = files.flatMap((f) => zodUsesMissing(f).map((n) => `${f}: ${n}`));
    expect(missing).toEqual([]);
  });

  it('bundlers get the plain re-exports (`module` first), Node the bundled build', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const target = pkg.exports['./zod'];
    // Conditions are matched in order: `module` (bundlers only; Node ignores it) must come first.
    expect(Object.keys(target)).toEqual(['module', 'node', 'import', 'require']);
    expect(target.module.default).toBe('./dist/zod.js');
    expect(target.node.import.default).toBe('./dist/zod.node.js');
    expect(target.node.require.default).toBe('./dist/zod.node.cjs');
  });

  it('the Node build bundles those functions without any zod locale, and parses as zod/mini does', async () => {
    await buildZodForNode(out);
    const text = readFileSync(join(out, 'zod.node.js'), 'utf8');
    expect(text).not.toMatch(/from ['"]zod/);
    // zod's locale modules (ru, de, ...) each return `{ localeError: error() }`.
    expect(text).not.toMatch(/localeError: error\(\)|Неверный|Ungültig/);
    const built = (await import(pathToFileURL(join(out, 'zod.node.js')).href)) as typeof entry;
    expect(Object.keys(built).sort()).toEqual(Object.keys(entry).sort());

    const schema = (z: typeof entry) =>
      z.object({
        id: z.pipe(
          z.string(),
          z.transform((s) => Number(s)),
        ),
        kind: z.enum(['a', 'b']),
        tags: z._default(z.array(z.string()), []),
        note: z.optional(z.nullable(z.string().check(z.maxLength(3)))),
      });
    for (const value of [{ id: '7', kind: 'a' }, { id: 7, kind: 'c', note: 'long' }, null]) {
      const a = built.safeParse(schema(built), value);
      const b = mini.safeParse(schema(entry), value);
      expect(a.success).toBe(b.success);
      expect(a.data).toEqual(b.data);
      expect(a.error?.issues).toEqual(b.error?.issues);
      // An app's own zod and the SDK's bundled copy meet both ways: the SDK validates a user's
      // schema (defineOperation), the user nests the SDK's exported schemas in their own.
      const crossIn = built.safeParse(schema(entry), value);
      const crossOut = mini.safeParse(mini.object({ nested: schema(built) }), { nested: value });
      expect(crossIn.data).toEqual(b.data);
      expect(crossIn.error?.issues).toEqual(b.error?.issues);
      expect(crossOut.success).toBe(b.success);
      expect(crossOut.data?.nested).toEqual(b.data);
    }
  }, 30_000);
});
