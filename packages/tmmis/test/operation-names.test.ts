import { RequestValidationError } from '@x/core';
import { captureLogger } from '@x/test-kit';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

describe('operation names carry the package', () => {
  it('in log records and in errors, so two clients sharing one logger are told apart', async () => {
    const logger = captureLogger();
    const { client } = fresh({}, { logger });
    await client.invoices.byNumber({ number: 'СЧ-404' });
    expect(logger.records.map((r) => r.record.operation)).toContain('tmmis.invoices.byNumber');
    const error = await client.invoices.receive({} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).operation).toBe('tmmis.invoices.receive');
  });
});

describe('call()', () => {
  it('reaches a table operation by its wire name, validated and decoded like its method', async () => {
    const { client } = fresh();
    expect(await client.call('ByNumber', { number: 'СЧ-404' })).toMatchObject({ invoices: [] });
    await expect(client.call('Nope', {})).rejects.toThrow(/"Nope" is not a ТМ:МИС operation/);
  });
});
