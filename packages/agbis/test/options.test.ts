import { ConfigError } from '@x/core';
import { AgbisClient } from '@x/agbis';
import { describe, expect, it } from 'vitest';

const good = { baseUrl: 'https://h.test/cl/x/api/', user: 'api', password: 'pw-123456789' };

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('AgbisClient checks its options at construction', () => {
  it('rejects a misspelt retry key, a negative timeout and a wrong-typed size with the option named', () => {
    const message = messageOf(
      () =>
        new AgbisClient({
          ...good,
          retry: { attempts: 2 } as never,
          timeoutMs: -1,
          maxResponseBytes: 'big' as never,
        }),
    );
    expect(message).toContain('AgbisClient options');
    expect(message).toContain('retry.attempts is not an option');
    expect(message).toContain('timeoutMs must be a number of milliseconds > 0, got -1');
    expect(message).toContain('maxResponseBytes must be a whole number of bytes');
  });

  it('rejects a misspelt option of its own', () => {
    expect(messageOf(() => new AgbisClient({ ...good, pasword: 'x' } as never))).toContain(
      'pasword is not an option',
    );
  });

  it('accepts its documented options', () => {
    expect(() => new AgbisClient({ ...good, timeoutMs: 5000, retry: { maxAttempts: 2 } })).not.toThrow();
  });
});
