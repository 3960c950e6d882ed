import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

describe('smoke', () => {
  it('logs in lazily and reads the price list and a client', async () => {
    const { client, emulator } = fresh();
    const prices = await client.reference.priceList();
    expect(prices.price_list?.[0]?.name).toBe('Бермуды');
    const info = await client.clients.info({ contr_id: 10013 });
    expect(info.name).toBe('Агбис Тест Тестович');
    expect(emulator.count('Login')).toBe(1);
  });
});
