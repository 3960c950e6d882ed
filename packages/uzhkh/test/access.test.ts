import { AuthError, type LogRecord } from '@x/core';
import { UzhkhClient } from '@x/uzhkh';
import fc from 'fast-check';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TOKEN, useHarness } from './harness.js';

const h = useHarness();

describe('token and IP allow-list', () => {
  it('a wrong token is a 403 AuthError, sent once', async () => {
    const { emulator, client } = h.fresh({ token: 'the-right-one' });
    const error = await client.feed.requests().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(error).toMatchObject({ status: 403, vendorCode: 'notAuthorized' });
    expect((error as Error).message).toMatch(/access token.*IP address.*allow-list/);
    expect(emulator.count('To1c/Requests')).toBe(1);
  });

  it('an address outside the allow-list is refused; X-Forwarded-For is honoured', async () => {
    const { emulator, client } = h.fresh({ allowedIps: ['10.1.1.1'] });
    await expect(client.download.accountsPage()).rejects.toBeInstanceOf(AuthError);
    emulator.clientIp = '10.1.1.1';
    await expect(client.download.accountsPage()).resolves.toMatchObject({ Page: 1 });
    emulator.clientIp = '127.0.0.1';
    const proxied = new UzhkhClient({
      baseUrl: 'https://demo.uzhkh.test/api/customer-42',
      token: TOKEN,
      headers: { 'x-forwarded-for': '10.1.1.1' },
    });
    await expect(proxied.download.accountsPage()).resolves.toMatchObject({ Page: 1 });
  });

  it('the token never reaches logs, error messages, toJSON or inspect', async () => {
    const lines: string[] = [];
    const logger = {
      debug: (r: LogRecord, m: string) => lines.push(JSON.stringify(r), m),
      warn: (r: LogRecord, m: string) => lines.push(JSON.stringify(r), m),
    };
    const { emulator, client } = h.fresh({}, { logger });
    emulator.upsertCounter({});
    await client.feed.consume(() => '--ext');
    emulator.token = 'rotated';
    const error = await client.feed.requests().catch((e: unknown) => e);
    const dump = [...lines, (error as Error).message, JSON.stringify(error), inspect(error)].join('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(dump).not.toContain(TOKEN);
  });

  it('a token provider is called for every request', async () => {
    const { emulator } = h.fresh();
    let calls = 0;
    const client = new UzhkhClient({
      baseUrl: 'https://demo.uzhkh.test/api/customer-42',
      token: async () => {
        calls++;
        return TOKEN;
      },
    });
    await client.feed.requests();
    await client.feed.deletedItems();
    expect(calls).toBe(2);
    expect(emulator.requests.every((s) => s.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('refuses construction without a token or with a plain http link', () => {
    expect(() => new UzhkhClient({ baseUrl: 'https://x.test/', token: '' })).toThrow(/token/);
    expect(() => new UzhkhClient({ baseUrl: 'http://x.test/', token: 't0ken' })).toThrow(/http/);
  });
});

describe('query encoding', () => {
  it('any text reaches the platform unchanged (cause, guid, ids)', async () => {
    const { emulator, client } = h.fresh();
    emulator.addRequestToRegister({ Id: 'r-1' });
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 0, maxLength: 40 }), async (cause) => {
        emulator.requests.length = 0;
        await client.registrations.handleRequestToRegister({
          id: 'r-1',
          isApprove: false,
          isReject: true,
          cause,
          isSendNotification: false,
        });
        expect(emulator.requests[0]!.query.cause).toBe(cause);
      }),
      { numRuns: 40 },
    );
  });
});
