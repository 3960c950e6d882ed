import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

describe('withResponse', () => {
  it('reference.priceList.withResponse returns the typed result and the response of the command, not of the login', async () => {
    const { client } = fresh();
    const { data, response } = await client.reference.priceList.withResponse();
    expect(data.price_list?.[0]?.name).toBe('Бермуды');
    expect(response.status).toBe(200);
    // AGBIS labels its JSON text/html: the header is handed back as the server sent it.
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(new TextDecoder().decode(response.body)).toContain('"price_list"');
  });
});
