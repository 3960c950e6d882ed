// Runs a small script in fresh Node processes, one per TZ value: "the machine's zone does not
// matter" is tested most faithfully by a process started in that zone, as a server would be
// (changing process.env.TZ inside a vitest worker would also leak into other test files). The
// script imports the packages by name (@x/...) and is bundled from the sources with esbuild, so
// no build step is needed.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const packages = ['core', 'tmmis', 'uzhkh', 'partnerapi', 'agbis'];

/** What the child printed (its last stdout line, as JSON), with the zone offset it saw. */
export interface ZoneRun<T> {
  /** `new Date(2024, 0, 1).getTimezoneOffset()` in the child: proves TZ took effect. */
  offsetMinutes: number;
  /** The script's result. */
  result: T;
}

/**
 * Bundles `script` (an ES module whose default export is an async function returning JSON) and
 * runs it once per `TZ` value. Returns each run's result keyed by the TZ value.
 */
export async function runInTimeZones<T>(
  script: string,
  zones: readonly string[],
): Promise<Record<string, ZoneRun<T>>> {
  const dir = await mkdtemp(join(tmpdir(), 'x-tz-'));
  try {
    const entry = `import run from 'user-script';\nconst result = await run();\nprocess.stdout.write('\\n' + JSON.stringify({ offsetMinutes: new Date(2024, 0, 1).getTimezoneOffset(), result }));\n`;
    const out = join(dir, 'run.mjs');
    await build({
      stdin: { contents: entry, resolveDir: root, loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: out,
      logLevel: 'silent',
      plugins: [
        {
          name: 'sources',
          setup(b) {
            b.onResolve({ filter: /^user-script$/ }, () => ({ path: 'user-script', namespace: 'user' }));
            b.onLoad({ filter: /.*/, namespace: 'user' }, () => ({
              contents: script,
              loader: 'ts',
              resolveDir: root,
            }));
            b.onResolve({ filter: /^@x\// }, (args) => {
              const [, name, sub] = /^@x\/([^/]+)(?:\/(.+))?$/.exec(args.path) ?? [];
              if (!name || !packages.includes(name)) return undefined;
              // Subpaths map as the packages' exports do: `internal`, `zod` and `testing/msw` are files.
              const file = !sub
                ? 'index.ts'
                : sub === 'internal' || sub === 'zod' || sub.endsWith('/msw')
                  ? `${sub}.ts`
                  : `${sub}/index.ts`;
              return { path: join(root, 'packages', name, 'src', file) };
            });
          },
        },
      ],
    });
    const runs: Record<string, ZoneRun<T>> = {};
    for (const zone of zones) {
      const stdout = await new Promise<string>((resolve, reject) => {
        execFile(
          process.execPath,
          [out],
          { env: { ...process.env, TZ: zone }, timeout: 60_000 },
          (error, so, se) => (error ? reject(new Error(`${zone}: ${error.message}\n${se}`)) : resolve(so)),
        );
      });
      runs[zone] = JSON.parse(stdout.trim().split('\n').pop()!) as ZoneRun<T>;
    }
    return runs;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `describe(title)`: `script` run on a machine in UTC and one in Vladivostok (each child proves
 * its zone took effect) returns `expected` in both. The script's dates come from one instant, so
 * any dependence on the machine's zone shows as a difference.
 */
export function sameInBothZones(
  title: string,
  itTitle: string,
  script: string,
  expected: Record<string, string>,
): void {
  describe(title, () => {
    it(itTitle, async () => {
      const runs = await runInTimeZones<Record<string, string>>(script, ['UTC', 'Asia/Vladivostok']);
      // The children really ran in those zones.
      expect(runs.UTC!.offsetMinutes).toBe(0);
      expect(runs['Asia/Vladivostok']!.offsetMinutes).toBe(-600);
      for (const run of Object.values(runs)) expect(run.result).toEqual(expected);
    });
  });
}

/**
 * Script text (for {@link runInTimeZones}) that starts a loopback server answering every request
 * with `status` and `body`, recording request bodies in `bodies`, inside an async function. The
 * script must `import { createServer } from 'node:http'`.
 */
export function recordingServerScript(status: number, contentType: string, body: string): string {
  return `
  const bodies = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(body);
      res.writeHead(${status}, { 'content-type': '${contentType}' });
      res.end('${body}');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));`;
}

/**
 * The start of a {@link runInTimeZones} script for a client that talks to the recording server of
 * {@link recordingServerScript}: imports `client` from `pkg`, opens `run()`, starts the server
 * (answering `status`, `contentType`, `body`) and sets `origin` to its `http://127.0.0.1:<port>`.
 * The caller writes the rest of `run()`, closes the server and ends the function.
 */
export function recordingClientScript(
  pkg: string,
  client: string,
  status: number,
  contentType: string,
  body: string,
): string {
  return `
import { createServer } from 'node:http';
import { ${client} } from '${pkg}';

export default async function run() {
  ${recordingServerScript(status, contentType, body)}
  const origin = 'http://127.0.0.1:' + server.address().port;`;
}
