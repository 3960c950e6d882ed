import { AgbisEmulator } from '@x/agbis/testing';
import { ManualClock } from '@x/core/testing';
import { describe, expect, it } from 'vitest';

const BASE = 'https://agbis.test/cl/demo/api/';

async function raw(emulator: AgbisEmulator, search: string, init?: RequestInit) {
  const response = await emulator.handle(new Request(`${BASE}${search}`, init));
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

async function login(emulator: AgbisEmulator): Promise<string> {
  const pwd = 'e5e9fa1ba31ecd1ae84f75caaa474f3a663f05f4'; // sha1("secret")
  const answer = await raw(
    emulator,
    `?Login=${encodeURIComponent(`{"User":"api","Pwd":"${pwd}","AsUser":"1"}`)}`,
  );
  return JSON.parse(answer.body).Session_id as string;
}

describe('emulator wire behaviour', () => {
  it('answers JSON labelled text/html with URI-encoded strings and string numbers', async () => {
    const emulator = new AgbisEmulator({ clock: new ManualClock() });
    const answer = await raw(emulator, '?PriceList');
    expect(answer.type).toBe('text/html; charset=UTF-8');
    const item = JSON.parse(answer.body).price_list.find((p: { id: string }) => p.id === '10016');
    expect(item).toMatchObject({
      price: '132,69',
      name: '%D0%A0%D0%B5%D0%BC%D0%BE%D0%BD%D1%82%3A%20%D0%BF%D0%BE%D0%B4%D1%88%D0%B8%D0%B2',
    });
  });

  it('reproduces the documented error codes', async () => {
    const clock = new ManualClock();
    const emulator = new AgbisEmulator({ clock });
    const code = async (search: string, init?: RequestInit) =>
      JSON.parse((await raw(emulator, search, init)).body).error;
    expect(await code('')).toBe(103);
    expect(await code('?NoSuchCommand')).toBe(103);
    expect(await code('?PriceTree')).toBe(104);
    expect(await code('?PriceTree=%7Bnot-json')).toBe(105);
    expect(await code('?ContrTree&SessionID=x')).toBe(0);
    expect(await code('?GetListsOrderTNDForAll')).toBe(2);
    expect(await code('?GetListsOrderTNDForAll&SessionID=unknown')).toBe(106);
    expect(
      await code(
        `?Login=${encodeURIComponent('{"User":"api","Pwd":"0000000000000000000000000000000000000000","AsUser":"1"}')}`,
      ),
    ).toBe(2);
    expect(await code(`?Login=${encodeURIComponent('{"User":"%D0%9F","Pwd":"x","AsUser":"1"}')}`)).toBe(1);
    const sid = await login(emulator);
    expect(await code(`?GetListsOrderTNDForAll&SessionID=${sid}`)).toBe(0);
    expect(await code('?ContragForAll', { method: 'POST', body: '' })).toBe(104);
    expect(await code('?ContragForAll', { method: 'POST', body: '{oops' })).toBe(105);
    clock.advance(10 * 60_000);
    expect(await code(`?GetListsOrderTNDForAll&SessionID=${sid}`)).toBe(3);
    expect(emulator.count('GetListsOrderTNDForAll')).toBe(4);
  });

  it('decodes POST values like the server (+ is a space, %2B a plus)', async () => {
    const emulator = new AgbisEmulator({ clock: new ManualClock() });
    const sid = await login(emulator);
    const body = JSON.stringify({
      ContragForAll: { name: 'a+b', fullname: 'c%2Bd', teleph_cell: '%2B7999' },
      SessionID: sid,
    });
    const answer = JSON.parse(
      (
        await raw(emulator, '?ContragForAll', {
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json; charset=UTF-8' },
        })
      ).body,
    );
    const client = emulator.state.clients.get(answer.contr_id)!;
    expect([client.name, client.fullname, client.teleph_cell]).toEqual(['a b', 'c+d', '+7999']);
  });

  it('seeds users from a password or a hash', async () => {
    const emulator = new AgbisEmulator({
      seed: { users: [{ id: '5', login: 'Пользователь', pwdSha1: 'ABC' }] },
    });
    await emulator.seed({ users: [{ login: 'other', password: 'x' }] });
    expect(emulator.state.users.map((u) => u.login)).toEqual(['Пользователь', 'other']);
    expect(emulator.state.users[1]!.pwdSha1).toBe('11f6ad8ec52a2984abaafd7c3b516503785c2072');
  });
});
