import { RequestValidationError } from '@x/core';
import { captureLogger } from '@x/test-kit';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

describe('operation names carry the package', () => {
  it('in log records and in errors, so two clients sharing one logger are told apart', async () => {
    const logger = captureLogger();
    const { client } = fresh({}, { logger });
    await client.region.read();
    expect(logger.records.map((r) => r.record.operation)).toContain('partnerapi.region.read');
    const error = await client.call('client_delete', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).operation).toBe('partnerapi.client.delete');
  });
});
