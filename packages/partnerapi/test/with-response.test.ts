import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

describe('withResponse', () => {
  it('partner.read.withResponse returns the typed rows with the status, headers and the SOAP body bytes', async () => {
    const { client } = fresh();
    const { data, response } = await client.partner.read.withResponse();
    expect(data[0]).toMatchObject({ partner_name: 'ООО «Партнёр»' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/xml/);
    expect(new TextDecoder().decode(response.body)).toContain('ООО «Партнёр»');
  });
});
