import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built bin. */
export const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** What a finished CLI run left. */
export interface Run {
  /** Exit code. */
  code: number | null;
  /** Everything on stdout. */
  stdout: string;
  /** Everything on stderr. */
  stderr: string;
}

/** Environment without any XSDK_ variable of the developer's shell. */
function cleanEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('XSDK_')) out[k] = v;
  return { ...out, FORCE_COLOR: '0', ...env };
}

/** Runs `xsdk args…` to completion. */
export function xsdk(args: string[], env: Record<string, string> = {}, cwd?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: cleanEnv(env),
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A running `xsdk emulate` in its own process. */
export interface Emulator {
  /** Base URL it printed. */
  baseUrl: string;
  /** The `XSDK_…=value` lines it printed (URL and credentials). */
  env: Record<string, string>;
  /** Everything it printed so far. */
  output(): string;
  /** Stops it (SIGTERM) and waits for the exit. */
  stop(): Promise<number | null>;
}

/** Starts `xsdk emulate <api> …` and waits until it prints its base URL. */
export function emulate(
  api: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<Emulator> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'emulate', api, '--port', '0', ...args], {
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.once('exit', (code) => reject(new Error(`emulate ${api} exited ${code}: ${err}`)));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      if (!out.includes('press Ctrl+C to stop')) return;
      child.removeAllListeners('exit');
      const vars = Object.fromEntries(
        [...out.matchAll(/^(XSDK_[A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]),
      );
      resolve({
        baseUrl: /^base URL: (.*)$/m.exec(out)?.[1] ?? '',
        env: vars,
        output: () => out,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done(child.exitCode);
            child.once('exit', (code) => done(code));
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of cells. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
