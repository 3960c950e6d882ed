import { ConfigError } from '@x/core';
import { PartnerApiClient } from '@x/partnerapi';
import { describe, expect, it } from 'vitest';

const good = { user: 'u', password: 'pw-123456789' };

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('PartnerApiClient checks its options at construction', () => {
  it('rejects a misspelt retry key, a negative timeout and a wrong-typed size with the option named', () => {
    const message = messageOf(
      () =>
        new PartnerApiClient({
          ...good,
          retry: { attempts: 2 } as never,
          timeoutMs: -1,
          maxResponseBytes: 'big' as never,
        }),
    );
    expect(message).toContain('PartnerApiClient options');
    expect(message).toContain('retry.attempts is not an option');
    expect(message).toContain('timeoutMs must be a number of milliseconds > 0, got -1');
    expect(message).toContain('maxResponseBytes must be a whole number of bytes');
  });

  it('rejects a misspelt option of its own', () => {
    expect(messageOf(() => new PartnerApiClient({ ...good, soapversion: '1.2' } as never))).toContain(
      'soapversion is not an option',
    );
  });

  it('accepts its documented options', () => {
    expect(() => new PartnerApiClient({ ...good, timeoutMs: 5000, retry: { maxAttempts: 2 } })).not.toThrow();
  });
});
