import { type CallOptions, ConfigError, Transport, type TransportOptions } from '@x/core';
import { checkClientOptions, optionRule } from '@x/core/internal';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '@x/test-kit';

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const base = { baseUrl: 'https://vendor.test/' };

describe('client options are checked at construction', () => {
  it('retry: { attempts: 2 } names retry.attempts and the accepted keys', () => {
    const error = configError(() => new Transport({ ...base, retry: { attempts: 2 } as never }));
    expect(error.message).toContain('retry.attempts is not an option');
    expect(error.message).toContain('maxAttempts');
  });

  it('timeoutMs: -1 and maxResponseBytes: "big" name the option and the accepted form', () => {
    expect(configError(() => new Transport({ ...base, timeoutMs: -1 })).message).toContain(
      'timeoutMs must be a number of milliseconds > 0, got -1',
    );
    expect(configError(() => new Transport({ ...base, maxResponseBytes: 'big' as never })).message).toContain(
      'maxResponseBytes must be a whole number of bytes ≥ 1, got a string',
    );
    expect(configError(() => new Transport({ ...base, retry: { maxAttempts: 0 } })).message).toContain(
      'retry.maxAttempts must be a whole number of attempts ≥ 1, got 0',
    );
  });

  it('a client rejects unknown keys, listing what it accepts, and never echoes a string value', () => {
    const error = configError(() =>
      checkClientOptions({ timeout: 5, user: 12, password: 'hunter2-secret' }, 'DemoClient', {
        user: optionRule.text,
        pasword: optionRule.text,
      }),
    );
    expect(error.message).toContain('DemoClient options: timeout is not an option (accepted: fetch,');
    expect(error.message).toContain('user must be a non-empty string, got 12');
    expect(error.message).toContain('password is not an option');
    expect(error.message).not.toContain('hunter2');
  });
});

describe('call options are checked before sending', () => {
  it('timeoutMs: -1, retry: { attempts: 2 } and unknown keys are ConfigErrors and nothing is sent', async () => {
    const server = await startServer(() => Response.json({}));
    closers.push(server.close);
    const t = new Transport({ baseUrl: server.url, allowHttp: true });
    const spec = {
      operation: 'probe.read',
      idempotent: true,
      method: 'GET' as const,
      path: 'x',
      decode: () => 1,
    };
    for (const call of [
      { timeoutMs: -1 },
      { retry: { attempts: 2 } },
      { signl: new AbortController().signal },
    ]) {
      const error = await t.request(spec, call as CallOptions).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain('call options of probe.read');
    }
    expect(server.count()).toBe(0);
    await expect(t.request(spec, { timeoutMs: 1000, retry: false })).resolves.toBe(1);
  });
});

describe('the types reject what TypeScript can', () => {
  it('misspelt keys and wrong types do not compile', () => {
    const wrong: TransportOptions[] = [
      // @ts-expect-error retry has no `attempts` (it is maxAttempts)
      { ...base, retry: { attempts: 2 } },
      // @ts-expect-error maxResponseBytes is a number
      { ...base, maxResponseBytes: 'big' },
      // @ts-expect-error there is no `timeout` option (it is timeoutMs)
      { ...base, timeout: 5 },
    ];
    // @ts-expect-error there is no `signl` call option
    const call: CallOptions = { signl: undefined };
    expect(wrong).toHaveLength(3);
    expect(call).toBeDefined();
  });
});
