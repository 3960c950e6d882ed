import { LOG_ENV_VAR, Transport, registerSecret } from '@x/core';
import { envLogger } from '@x/core/internal';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureLogger, startServer } from '@x/test-kit';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  delete process.env[LOG_ENV_VAR];
  vi.restoreAllMocks();
  while (closers.length) await closers.pop()!();
});

async function callOnce(logger?: ReturnType<typeof captureLogger>) {
  const server = await startServer(() => Response.json({ ok: true }));
  closers.push(server.close);
  const t = new Transport({
    baseUrl: server.url,
    allowHttp: true,
    retry: false,
    headers: { 'x-api-key': 'env-log-secret-91827' },
    logger,
  });
  return t.request({
    operation: 'probe.read',
    idempotent: true,
    method: 'GET',
    path: 'x?token=env-log-secret-91827',
    decode: (raw) => raw.text(),
  });
}

describe(`${LOG_ENV_VAR}: console debug logs without a logger`, () => {
  it('X_SDK_LOG=debug prints one redacted record per attempt to stderr when no logger was passed', async () => {
    registerSecret('env-log-secret-91827');
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    process.env.X_SDK_LOG = 'debug';
    await callOnce();
    expect(printed).toHaveBeenCalledTimes(1);
    const [line, record] = printed.mock.calls[0]!;
    expect(line).toBe('[x-sdk debug] probe.read: 200');
    expect(record).toMatchObject({ event: 'attempt', operation: 'probe.read', status: 200, outcome: 'ok' });
    expect(JSON.stringify(printed.mock.calls)).not.toContain('env-log-secret-91827');
  });

  it('without the variable nothing is printed', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    await callOnce();
    expect(printed).not.toHaveBeenCalled();
  });

  it('a level above debug hides the per-attempt records', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    process.env.X_SDK_LOG = 'warn';
    await callOnce();
    expect(printed).not.toHaveBeenCalled();
  });

  it('a logger that was passed wins over the variable', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    process.env.X_SDK_LOG = 'debug';
    const logger = captureLogger();
    await callOnce(logger);
    expect(printed).not.toHaveBeenCalled();
    expect(logger.records).toHaveLength(1);
  });

  it('an unknown value is reported once and logs nothing', () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => {});
    process.env.X_SDK_LOG = 'verbose';
    expect(envLogger()).toBeUndefined();
    expect(envLogger()).toBeUndefined();
    expect(warned).toHaveBeenCalledTimes(1);
    expect(String(warned.mock.calls[0]![0])).toContain('debug, info, warn, error or off');
  });

  it('where there is no process (browsers) there is no default logger', () => {
    process.env.X_SDK_LOG = 'debug';
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'process')!;
    Object.defineProperty(globalThis, 'process', { value: undefined, configurable: true, writable: true });
    let logger: unknown;
    try {
      logger = envLogger();
    } finally {
      Object.defineProperty(globalThis, 'process', saved);
    }
    expect(logger).toBeUndefined();
  });
});
