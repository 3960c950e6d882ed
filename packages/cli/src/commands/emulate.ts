import { readFileSync } from 'node:fs';
import { ConfigError } from '@x/core';
import { apiOf } from '../apis/index.js';
import { scaledClock } from '../apis/serve.js';
import { EXIT } from '../exit-codes.js';
import type { Output } from '../io.js';
import { resolveSettings } from '../settings.js';

/** Options of `emulate`. */
export interface EmulateCommandOptions {
  /** Port (0: a free one). */
  port: number;
  /** Interface. */
  host: string;
  /** Generated records to seed. */
  seedSize: number;
  /** JSON file with the emulator's own seed data. */
  seedFile?: string;
  /** Clock speed (1 real time, 0 frozen, 60 a minute per second). */
  clockSpeed: number;
  /** Clock start, ISO date-time; default now. */
  clockStart?: string;
  /** Faults, JSON objects. */
  fault: string[];
  /** Умное ЖКХ allow-list. */
  allowedIps?: string;
  /** Config file with credentials to accept. */
  config?: string;
  /** Print no request log lines. */
  quiet?: boolean;
}

function readJsonFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`cannot read seed file ${path}.`);
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ConfigError(`seed file ${path} must hold a JSON object (the emulator's seed data).`);
}

function parseFault(text: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new ConfigError(
    `--fault must be a JSON object, e.g. '{"operation":"Pay","status":503,"times":2}'; got ${text}.`,
  );
}

/** `xsdk emulate <api>`: runs until SIGINT/SIGTERM. */
export async function emulateCommand(
  apiName: string,
  options: EmulateCommandOptions,
  output: Output,
): Promise<number> {
  const api = apiOf(apiName);
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new ConfigError('--port must be an integer from 0 to 65535.');
  if (!Number.isInteger(options.seedSize) || options.seedSize < 0)
    throw new ConfigError('--seed-size must be a whole number ≥ 0.');
  if (!Number.isFinite(options.clockSpeed) || options.clockSpeed < 0)
    throw new ConfigError('--clock-speed must be a number ≥ 0 (1 = real time, 0 = frozen).');
  const start = options.clockStart === undefined ? Date.now() : Date.parse(options.clockStart);
  if (Number.isNaN(start))
    throw new ConfigError('--clock-start must be an ISO date-time, e.g. 2026-01-01T09:00:00Z.');
  // Emulators accept whatever test credentials the environment or config names, else their defaults.
  const { settings } = resolveSettings(api, { config: options.config });
  const running = await api.emulate(
    {
      port: options.port,
      host: options.host,
      seedSize: options.seedSize,
      seed: options.seedFile ? readJsonFile(options.seedFile) : undefined,
      clock: scaledClock(start, options.clockSpeed),
      settings,
      faults: options.fault.map(parseFault),
      allowedIps: options.allowedIps
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
    (r) => {
      if (!options.quiet)
        process.stdout.write(
          `${new Date().toISOString()} ${r.method} ${r.path} ${r.operation} ${r.status === 0 ? 'dropped' : r.status}\n`,
        );
    },
  );
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(options.host);
  if (!loopback)
    output.err(
      `xsdk: warning: listening on ${options.host}: anyone who can reach this machine can use the emulator.`,
    );
  // These are the emulator's test credentials, printed on purpose so a 1C developer can copy them.
  process.stdout.write(`${api.title} emulator listening\n`);
  process.stdout.write(`base URL: ${running.baseUrl}\n`);
  process.stdout.write(`${api.urlEnv}=${running.baseUrl}\n`);
  for (const [k, v] of Object.entries(running.credentials)) process.stdout.write(`${k}=${v}\n`);
  for (const note of running.notes) process.stdout.write(`${note}\n`);
  process.stdout.write('press Ctrl+C to stop\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running.close();
  return EXIT.ok;
}
