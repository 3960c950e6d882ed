import { ResponseError, SdkError } from '@x/core';
import type { ChangeRecord, UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { describe, expect, it } from 'vitest';
import { clientAnswering, settle } from './body-client.js';
import { approval } from './harness.js';

const account = (extra = '') =>
  `{"Id":"acc-1","AccountNumber":"100001","IsActive":true,"ApartmentID":"obj-1","TypeObject":"Квартира","Balance":12.5,"Persons":[{"Id":"res-1","Surname":"И","Name":"И"${extra}}]${extra}}`;
const EVIL =
  ',"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"prototype":{"polluted":3}';

type Call = (c: UzhkhClient) => Promise<unknown>;
const calls: Array<[string, Call]> = [
  ['feed.requests', (c) => c.feed.requests()],
  ['feed.deletedItems', (c) => c.feed.deletedItems()],
  ['download.accountsPage', (c) => c.download.accountsPage({ page: 1 })],
  ['feed.acknowledge', (c) => c.feed.acknowledge({ guid: 'g-1' })],
  ['setId', (c) => c.setId('--1', 'MTR-1', 'counter')],
  ['registrations.handleRequestToRegister', (c) => c.registrations.handleRequestToRegister(approval('r-1'))],
];

describe('prototype keys in answers', () => {
  it('do not pollute Object.prototype or the decoded records', async () => {
    const body = `[{"Guid":"g-1","Account":${account(EVIL)}${EVIL}},{"Guid":"g-2"${EVIL}}]`;
    const records = (await clientAnswering(() => body).feed.requests()) as ChangeRecord[];
    expect(records.length).toBeGreaterThanOrEqual(1);
    const first = records[0]!;
    expect(first.kind).toBe('account');
    const acc = first.kind === 'account' ? first.Account : undefined;
    for (const obj of [first, acc!, acc!.Persons[0]!]) {
      expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
      expect((obj as { polluted?: unknown }).polluted).toBeUndefined();
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it.each(calls)('%s: a prototype-keyed answer decodes safely or ends in an SdkError', async (_n, call) => {
    for (const body of [
      `{${EVIL.slice(1)}}`,
      `[{${EVIL.slice(1)}}]`,
      `{"Items":[{${EVIL.slice(1)}}],"Page":1}`,
    ]) {
      const r = await settle(call(clientAnswering(() => body)));
      if (r.error) expect(r.error).toBeInstanceOf(SdkError);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('deep nesting', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
  const bodies: Array<[string, string]> = [
    ['as the whole body', deep],
    ['as nested objects', deepObject],
    ['inside a change record', `[{"Guid":"g","Account":${account(`,"x":${deep}`)}}]`],
    ['as a record field', `[{"Guid":"g","Counter":{"Id":${deepObject}}}]`],
    ['as a page', `{"Items":${deep},"Page":1,"NoResults":false}`],
  ];
  it.each(bodies)('100,000 levels %s end in a result or an SdkError on every operation', async (_n, body) => {
    for (const [, call] of calls) {
      const r = await settle(call(clientAnswering(() => body)));
      if (r.error) expect(r.error).toBeInstanceOf(SdkError);
    }
  });
});

describe('numbers beyond the safe integer range', () => {
  it('an account id and a request id sent as bare numbers keep every digit', async () => {
    const big = '12345678901234567891';
    const emulator = new UzhkhEmulator();
    emulator.upsertRequest({ Id: 777 });
    const request = JSON.stringify(emulator.state.queue[0]!.record.Request).replace(
      '"Id":777',
      `"Id":${big}`,
    );
    const body = `[{"Guid":"g-1","Account":${account().replace('"acc-1"', big)}},{"Guid":"g-2","Request":${request}}]`;
    const [a, r] = (await clientAnswering(() => body).feed.requests()) as ChangeRecord[];
    expect(a?.kind === 'account' && a.Account.Id).toBe(big);
    expect(r?.kind === 'request' ? r.Request.Id : r).toBe(big);
  });

  it('a page of accounts keeps a big id, and money stays a number', async () => {
    const body = `{"Items":[${account().replace('"acc-1"', '90071992547409931')}],"Page":1,"NoResults":false}`;
    const page = await clientAnswering(() => body).download.accountsPage({ page: 1 });
    expect(page.Items[0]!.Id).toBe('90071992547409931');
    expect(page.Items[0]!.Balance).toBe(12.5);
  });
});

describe('answers that are not what was promised', () => {
  const html = '<!DOCTYPE html><html><body><h1>Вход</h1><form action="/login"></form></body></html>';

  it('an empty 200 to a queue read is a ResponseError, not an empty queue', async () => {
    for (const call of [(c: UzhkhClient) => c.feed.requests(), (c: UzhkhClient) => c.feed.deletedItems()]) {
      const r = await settle(call(clientAnswering(() => '')));
      expect(r.error).toBeInstanceOf(ResponseError);
    }
  });

  it.each([
    ['an HTML page', html, 'text/html; charset=utf-8'],
    ['an HTML page labelled as JSON', html, 'application/json'],
    ['an empty body', '', 'text/plain'],
    ['a truncated keyword', '"succes', 'application/json'],
    ['another word', '"done"', 'application/json'],
  ])('SetId answered with HTTP 200 and %s is a ResponseError, not a success', async (_n, body, type) => {
    const r = await settle(clientAnswering(() => body, 200, type).setId('--1', 'MTR-1', 'counter'));
    expect(r.error).toBeInstanceOf(ResponseError);
    expect((r.error as Error).message).toMatch(/may or may not be set/);
  });

  it('SetId answered with HTTP 200 and invalid UTF-8 is a ResponseError', async () => {
    const bytes = new Uint8Array([0x22, 0x73, 0xff, 0xfe, 0x22]);
    const r = await settle(clientAnswering(() => bytes).setId('--1', 'MTR-1', 'counter'));
    expect(r.error).toBeInstanceOf(ResponseError);
  });

  it('SetId still accepts success as plain text, a JSON string or a JSON value', async () => {
    for (const body of ['success', '"success"', ' "success"\n', '{"result":"success"}', '\uFEFFsuccess']) {
      expect(await clientAnswering(() => body).setId('--1', 'MTR-1', 'counter')).toEqual({
        outcome: 'success',
        status: 200,
      });
    }
  });

  it('Handle* and To1c/Delete answered with an HTML page and status 200 are a ResponseError', async () => {
    for (const [name, call] of calls.filter(([n]) => /handle|acknowledge/i.test(n))) {
      for (const type of ['text/html', 'application/json']) {
        const r = await settle(call(clientAnswering(() => html, 200, type)));
        expect(r.error, `${name} ${type}`).toBeInstanceOf(ResponseError);
      }
      // Their documented-less success stays accepted: an empty body or any keyword.
      for (const body of ['', '"success"', 'OK']) {
        const ok = await settle(call(clientAnswering(() => body)));
        expect(ok.error, `${name} ${JSON.stringify(body)}`).toBeUndefined();
      }
    }
  });
});
