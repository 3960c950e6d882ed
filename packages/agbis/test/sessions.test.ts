import { redact } from '@x/core';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();
const MIN = 60_000;

describe('sessions', () => {
  it('logs in once, lazily, and reuses the session', async () => {
    const { client, emulator } = fresh();
    expect(emulator.count('Login')).toBe(0);
    await Promise.all([
      client.reference.orderLists(),
      client.reference.discountSchemes(),
      client.statistics.lastChangeOrder(),
    ]);
    await client.clients.info({ contr_id: 10013 });
    expect(emulator.count('Login')).toBe(1);
    expect(client.sessions.stats).toEqual({ logins: 1, refreshes: 0, failedRefreshes: 0 });
  });

  it('refreshes proactively before the 10 minutes run out', async () => {
    const { client, emulator, clock } = fresh();
    await client.reference.orderLists();
    clock.advance(9 * MIN + 30_000);
    await client.reference.orderLists();
    expect(emulator.count('RefreshSession')).toBe(1);
    expect(emulator.requests.filter((r) => r.error === 3)).toHaveLength(0);
  });

  it('50 concurrent calls after expiry share exactly one RefreshSession', async () => {
    const { client, emulator, clock } = fresh();
    await client.clients.info({ contr_id: 10013 });
    clock.advance(11 * MIN);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.clients.info({ contr_id: 10013 })),
    );
    expect(results.every((r) => r.contr_id === '10013')).toBe(true);
    expect(emulator.count('RefreshSession')).toBe(1);
    expect(emulator.count('Login')).toBe(1);
    expect(emulator.count('ContrInfoForAll')).toBe(51);
  });

  it('on error 3 (server-side expiry) refreshes once and repeats the call once', async () => {
    const { client, emulator } = fresh();
    await client.reference.orderLists();
    emulator.expireSessions();
    const lists = await client.reference.orderLists();
    expect(lists.order_times.length).toBeGreaterThan(0);
    expect(emulator.requests.map((r) => `${r.operation}:${r.error}`)).toEqual([
      'Login:0',
      'GetListsOrderTNDForAll:0',
      'GetListsOrderTNDForAll:3',
      'RefreshSession:0',
      'GetListsOrderTNDForAll:0',
    ]);
  });

  it('on error 106 with a dead refresh id, logs in again', async () => {
    const { client, emulator } = fresh();
    await client.reference.orderLists();
    emulator.state.sessions.clear();
    emulator.state.refreshIds.clear();
    await client.reference.orderLists();
    expect(emulator.requests.map((r) => `${r.operation}:${r.error}`)).toEqual([
      'Login:0',
      'GetListsOrderTNDForAll:0',
      'GetListsOrderTNDForAll:106',
      'RefreshSession:1',
      'Login:0',
      'GetListsOrderTNDForAll:0',
    ]);
    expect(client.sessions.stats).toMatchObject({ logins: 2, failedRefreshes: 1 });
  });

  it('an expired answer to a write is repeated once: the server did not execute it', async () => {
    const { client, emulator } = fresh();
    await client.reference.orderLists();
    emulator.expireSessions();
    await client.clients.addBonus({ contr_id: 10013, amount: 5 });
    expect(emulator.state.bonuses).toHaveLength(1);
    expect(emulator.count('AddBonusForAll')).toBe(2);
  });

  it('close() logs out; the next call logs in again', async () => {
    const { client, emulator } = fresh();
    await client.reference.orderLists();
    await client.close();
    await client.close();
    expect(emulator.count('Logout')).toBe(1);
    expect(emulator.state.sessions.size).toBe(0);
    await client.reference.orderLists();
    expect(emulator.count('Login')).toBe(2);
  });

  it('close() with a session the server already dropped still succeeds', async () => {
    const { client, emulator } = fresh();
    await client.reference.orderLists();
    emulator.expireSessions();
    await expect(client.close()).resolves.toBeUndefined();
    expect(emulator.requests.at(-1)).toMatchObject({ operation: 'Logout', error: 3 });
  });

  it('secrets never reach logs, errors, toJSON or inspect', async () => {
    const lines: string[] = [];
    const logger = {
      debug: (...a: unknown[]) => lines.push(JSON.stringify(a)),
      info: (...a: unknown[]) => lines.push(JSON.stringify(a)),
      warn: (...a: unknown[]) => lines.push(JSON.stringify(a)),
      error: (...a: unknown[]) => lines.push(JSON.stringify(a)),
    };
    const { client, emulator } = fresh({}, { password: 'secret-Пароль', logger });
    await emulator.seed({ users: [{ login: 'api', password: 'secret-Пароль' }] });
    await client.reference.orderLists();
    emulator.expireSessions();
    await client.reference.orderLists();
    const error = await client.clients.info({ contr_id: 1 }).catch((e: unknown) => e);
    const session = client.sessions.peek()!;
    const hash = JSON.parse(decodeURIComponent(emulator.requests[0]!.search.slice('?Login='.length)))
      .Pwd as string;
    const texts = [lines.join('\n'), String(error), JSON.stringify(error), inspect(error)];
    expect(lines.length).toBeGreaterThan(3);
    for (const text of texts) {
      for (const secret of ['secret-Пароль', hash, session.id, session.refreshId!]) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(encodeURIComponent(secret));
      }
    }
    expect(redact(`x ${session.refreshId} y`)).not.toContain(session.refreshId);
  });
});
