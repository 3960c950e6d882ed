import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const h = useHarness();

describe('withResponse', () => {
  it('download.accountsPage.withResponse returns the typed page with the status, headers and body bytes', async () => {
    const { emulator, client } = h.fresh();
    emulator.seedAccounts(3);
    const { data, response } = await client.download.accountsPage.withResponse({ page: 1 });
    expect(data.Items.map((a) => a.Id)).toEqual(['acc-1', 'acc-2', 'acc-3']);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/json/);
    const body = JSON.parse(new TextDecoder().decode(response.body)) as { Items: { Id: string }[] };
    expect(body.Items.map((a) => a.Id)).toEqual(['acc-1', 'acc-2', 'acc-3']);
  });
});
