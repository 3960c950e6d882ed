import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

// Each `@x/<pkg>/testing` entry is bundled from source with msw left as an import, and the bundle
// runs in a child process from a folder with no node_modules: if anything in the entry imports msw,
// the child fails to load it. The emulator must then serve over HTTP and answer its own fetch.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'x-no-msw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const run = promisify(execFile);

const sourceOf: Record<string, string> = {};
for (const name of ['core', 'tmmis', 'uzhkh', 'partnerapi', 'agbis']) {
  sourceOf[`@x/${name}`] = `packages/${name}/src/index.ts`;
  sourceOf[`@x/${name}/testing`] = `packages/${name}/src/testing/index.ts`;
  sourceOf[`@x/${name}/testing/msw`] = `packages/${name}/src/testing/msw.ts`;
}

async function bundle(entry: string, file: string): Promise<string> {
  const out = join(dir, file);
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'silent',
    external: ['msw', 'msw/*'],
    plugins: [
      {
        name: 'workspace-sources',
        setup(b) {
          b.onResolve({ filter: /^@x\// }, (args) => {
            const path = sourceOf[args.path];
            return path ? { path: join(root, path) } : undefined;
          });
        },
      },
    ],
  });
  return out;
}

async function runIn(script: string): Promise<{ ok: boolean; output: string }> {
  const file = join(dir, `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, script);
  try {
    const { stdout } = await run(process.execPath, [file], { cwd: dir, timeout: 20_000 });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  }
}

const emulators = [
  ['tmmis', 'TmmisEmulator'],
  ['uzhkh', 'UzhkhEmulator'],
  ['partnerapi', 'PartnerApiEmulator'],
  ['agbis', 'AgbisEmulator'],
] as const;

describe('@x/<pkg>/testing works where msw is not installed', () => {
  it('the check itself detects msw: the /testing/msw entry cannot load here', async () => {
    const out = await bundle(`export * from '@x/tmmis/testing/msw';`, 'msw-entry.mjs');
    const result = await runIn(`await import(${JSON.stringify(out)}); console.log('loaded');`);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/Cannot find package 'msw'/);
  });

  it.each(emulators)('@x/%s/testing loads, serves and answers its fetch without msw', async (pkg, name) => {
    const out = await bundle(`export { ${name} as Emulator } from '@x/${pkg}/testing';`, `${pkg}.mjs`);
    const result = await runIn(`
      const { Emulator } = await import(${JSON.stringify(out)});
      const emulator = new Emulator();
      const server = await emulator.serve();
      const overHttp = await fetch(server.baseUrl);
      const inProcess = await emulator.fetch(server.baseUrl);
      await server.close();
      console.log(JSON.stringify({ http: overHttp.status, fetch: inProcess.status, n: emulator.requests.length }));
    `);
    expect(result.output, result.output).toMatch(/"http":\d{3},"fetch":\d{3}/);
    expect(result.ok).toBe(true);
  });
});
