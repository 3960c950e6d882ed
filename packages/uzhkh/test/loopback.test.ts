import { AuthError, ConnectionError } from '@x/core';
import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { closeAfterEach } from '@x/test-kit';
import { describe, expect, it } from 'vitest';

const TOKEN = 'loopback-token-42';
const closing = closeAfterEach();

describe('loopback server', () => {
  it('serves the same emulator over real HTTP', async () => {
    const emulator = new UzhkhEmulator({ token: TOKEN });
    const server = closing(await emulator.serve());
    const client = new UzhkhClient({ baseUrl: `${server.url}/prefix/`, token: TOKEN, allowHttp: true });
    emulator.upsertCounter({});
    emulator.upsertAccount({ Id: 'acc-1' });
    const result = await client.feed.consume((r) => (r.kind === 'counter' ? 'MTR-1' : undefined));
    expect(result).toMatchObject({ acknowledged: 2, stoppedBy: 'empty' });
    expect(emulator.state.find('counter', 'MTR-1')).toBeDefined();
    emulator.allowedIps = ['192.0.2.10'];
    await expect(client.feed.requests()).rejects.toBeInstanceOf(AuthError);
    expect(server.server.requests).toBe(5);
  });
});

describe('faults over real HTTP', () => {
  it('a lost answer to To1c/Delete is retried and the record is gone once', async () => {
    const emulator = new UzhkhEmulator({ token: TOKEN });
    const server = closing(await emulator.serve());
    const client = new UzhkhClient({
      baseUrl: server.url,
      token: TOKEN,
      allowHttp: true,
      retry: { baseDelayMs: 1, maxDelayMs: 2 },
    });
    emulator.upsertAccount({ Id: 'acc-1' });
    emulator.failNext({ operation: 'To1c/Delete', status: 504, body: 'gateway', afterEffect: true });
    const result = await client.feed.consume(() => undefined);
    expect(result).toMatchObject({ acknowledged: 1, stoppedBy: 'empty' });
    expect(emulator.count('To1c/Delete')).toBe(2);
  });

  it('a closed server is a ConnectionError', async () => {
    const emulator = new UzhkhEmulator({ token: TOKEN });
    const server = await emulator.serve();
    await server.close();
    const client = new UzhkhClient({ baseUrl: server.url, token: TOKEN, allowHttp: true, retry: false });
    await expect(client.feed.requests()).rejects.toBeInstanceOf(ConnectionError);
  });
});
