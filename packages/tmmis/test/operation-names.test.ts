import { operationNameChecks } from '@x/test-kit';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

operationNameChecks(['tmmis.invoices.byNumber', 'tmmis.invoices.receive'], {
  logged: (logger) => fresh({}, { logger }).client.invoices.byNumber({ number: 'СЧ-404' }),
  refused: () => fresh().client.invoices.receive({} as never),
});

describe('call()', () => {
  it('reaches a table operation by its wire name, validated and decoded like its method', async () => {
    const { client } = fresh();
    expect(await client.call('ByNumber', { number: 'СЧ-404' })).toMatchObject({ invoices: [] });
    await expect(client.call('Nope', {})).rejects.toThrow(/"Nope" is not a ТМ:МИС operation/);
  });
});
