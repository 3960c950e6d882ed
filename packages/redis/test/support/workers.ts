// Worker processes for the many-workers tests: test/workers/worker.ts bundled once (esbuild, the
// packages from their sources) and run with `node`, each a separate process talking to the
// emulators over loopback HTTP and to one Redis.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..', '..');
const root = join(packageDir, '..', '..');

let bundled: Promise<string> | undefined;

/** Bundles the worker (once per test process); `redis` stays external and resolves from this package. */
export function workerScript(): Promise<string> {
  bundled ??= (async () => {
    const outDir = join(packageDir, 'node_modules', '.cache', 'x-redis-tests', String(process.pid));
    mkdirSync(outDir, { recursive: true });
    const outfile = join(outDir, 'worker.mjs');
    await build({
      entryPoints: [join(here, '..', 'workers', 'worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      tsconfig: join(root, 'tsconfig.json'),
      external: ['redis'],
      logLevel: 'silent',
    });
    return outfile;
  })();
  return bundled;
}

/** One line a worker printed. */
export type WorkerEvent = { event: string; [key: string]: unknown };

/** A running worker. */
export interface Worker {
  name: string;
  process: ChildProcess;
  events: WorkerEvent[];
  /** Resolves with the first event matching `test` (already seen or future). */
  waitFor(test: (e: WorkerEvent) => boolean, timeoutMs?: number): Promise<WorkerEvent>;
  /** Asks the worker to finish (a line on stdin) and resolves with its `done` event. */
  finish(timeoutMs?: number): Promise<WorkerEvent>;
  /** SIGKILL, as a crash: no cleanup runs. */
  kill(): Promise<void>;
  stderr(): string;
}

/** Starts a worker with `config` (JSON in argv). */
export async function startWorker(name: string, config: Record<string, unknown>): Promise<Worker> {
  const script = await workerScript();
  const child = spawn(process.execPath, [script, JSON.stringify(config)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const events: WorkerEvent[] = [];
  const waiters: Array<{
    test: (e: WorkerEvent) => boolean;
    resolve: (e: WorkerEvent) => void;
    reject: (e: Error) => void;
  }> = [];
  let err = '';
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  createInterface({ input: child.stdout! }).on('line', (line) => {
    let event: WorkerEvent;
    try {
      event = JSON.parse(line) as WorkerEvent;
    } catch {
      err += `${line}\n`;
      return;
    }
    events.push(event);
    if (event.event === 'crash') {
      for (const w of waiters.splice(0))
        w.reject(new Error(`worker ${name} crashed: ${String(event.message)}`));
    }
    for (const w of [...waiters]) {
      if (w.test(event)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(event);
      }
    }
  });
  const exitPromise = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const worker: Worker = {
    name,
    process: child,
    events,
    stderr: () => err,
    waitFor(test, timeoutMs = 20_000) {
      const seen = events.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`worker ${name}: no matching event in ${timeoutMs} ms; stderr: ${err.slice(-800)}`),
            ),
          timeoutMs,
        );
        waiters.push({
          test,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
          reject: (e) => {
            clearTimeout(timer);
            reject(e);
          },
        });
      });
    },
    async finish(timeoutMs = 20_000) {
      child.stdin?.write('stop\n');
      const done = await worker.waitFor((e) => e.event === 'done', timeoutMs);
      await exitPromise;
      return done;
    },
    async kill() {
      child.kill('SIGKILL');
      await exitPromise;
    },
  };
  return worker;
}
