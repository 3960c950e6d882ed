import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ensureRuntime } from '../../../scripts/runtimes.mjs';
import { reportSkip } from '../../../scripts/skip-log.mjs';
import { probeConnections } from './runtimes/network-probe.js';

/** What network-probe.ts prints for one case. */
interface Probe {
  connectionError: boolean;
  requestMayHaveBeenSent: boolean;
  message: string;
}

const probeFile = fileURLToPath(new URL('./runtimes/network-probe.ts', import.meta.url));

function expectClassified(result: { refused: Probe; closed: Probe }) {
  // Refused: nothing was connected, so even a write may be retried safely.
  expect(result.refused).toMatchObject({ connectionError: true, requestMayHaveBeenSent: false });
  expect(result.refused.message).toContain('ECONNREFUSED');
  expect(result.refused.message).toContain('connection refused');
  expect(result.refused.message).toContain('docs/guide/networking.md');
  // Closed after reading the request: the server may have acted on it.
  expect(result.closed).toMatchObject({ connectionError: true, requestMayHaveBeenSent: true });
}

describe('connection failures are classified the same on every runtime', () => {
  it('node: a refused port is "not sent", a socket closed after the request "may have been sent"', async () => {
    // A probe that connected answers `{ ok: true }`, which the classification check refuses.
    expectClassified((await probeConnections()) as { refused: Probe; closed: Probe });
  });

  const runtimes: Array<{ name: 'bun' | 'deno'; args: string[] }> = [
    { name: 'bun', args: [probeFile] },
    // Sloppy imports let Deno resolve the sources' `./x.js` specifiers to `./x.ts`, as TypeScript does.
    { name: 'deno', args: ['run', '--allow-all', '--unstable-sloppy-imports', probeFile] },
  ];
  for (const runtime of runtimes) {
    it(`${runtime.name}: the same classification through the runtime's own fetch`, {
      timeout: 240_000,
    }, (ctx) => {
      const found = ensureRuntime(runtime.name);
      if (!found.bin) {
        reportSkip(`core network classification on ${runtime.name}`, found.reason ?? 'not available');
        ctx.skip();
        return;
      }
      const run = spawnSync(found.bin, runtime.args, {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(run.status, run.stderr).toBe(0);
      const line = run.stdout.trim().split('\n').pop() ?? '';
      expectClassified(JSON.parse(line));
    });
  }
});
