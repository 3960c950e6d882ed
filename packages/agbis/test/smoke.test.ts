import { describe, expect, it } from 'vitest';
import { makeEnv, useMsw } from './support.js';

const server = useMsw();

describe('smoke', () => {
  it('logs in lazily and reads the price list and a client', async () => {
    const { client, emulator } = makeEnv(server);
    const prices = await client.reference.priceList();
    expect(prices.price_list?.[0]?.name).toBe('Бермуды');
    const info = await client.clients.info({ contr_id: 10013 });
    expect(info.name).toBe('Агбис Тест Тестович');
    expect(emulator.count('Login')).toBe(1);
  });
});
