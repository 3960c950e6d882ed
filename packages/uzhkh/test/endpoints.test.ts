import { ApiError, AuthError, HttpError } from '@x/core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const h = useHarness();

describe('To1c endpoints', () => {
  it('To1c/Requests returns the queue as a discriminated union, oldest first', async () => {
    const { emulator, client } = h.fresh();
    emulator.upsertResident({ Id: 'res-1', Email: 'a@b.c' });
    emulator.upsertCounter({
      Value1: 12.5,
      CounterTypeIdentifier: 'ElectricityTotalKwh-3',
      Value2: 3,
      Value3: 1.25,
    });
    emulator.upsertDoc({ Id: '7', TypeName: 'notice' });
    const records = await client.feed.requests();
    expect(records.map((r) => r.kind)).toEqual(['resident', 'counter', 'doc']);
    const [resident, counter, doc] = records;
    if (resident?.kind !== 'resident' || counter?.kind !== 'counter' || doc?.kind !== 'doc')
      throw new Error('kinds');
    expect(resident.Resident.IsOwner).toBeNull();
    expect(resident.Resident.IsEmployer).toBeNull();
    expect(counter.Counter).toMatchObject({ Id: '--1', Value1: 12.5, Value2: 3, Value3: 1.25 });
    expect(counter.Counter.DateTimeForValue).toBe('2026-01-01T09:00:00');
    expect(doc.Doc.TypeName).toBe('notice');
    expect(emulator.requests[0]).toMatchObject({
      operation: 'To1c/Requests',
      method: 'GET',
      query: {},
      headers: { authorization: 'Bearer test-token-0123456789' },
      status: 200,
    });
    // Reading does not consume.
    expect(await client.feed.requests()).toHaveLength(3);
  });

  it('To1c/Delete sends guid (and objectId) and shrinks the queue', async () => {
    const { emulator, client } = h.fresh();
    emulator.upsertCounter({});
    emulator.upsertCounter({ Id: 'ext-2' });
    const [first, second] = await client.feed.requests();
    await client.feed.acknowledge({ guid: first!.Guid, objectId: 'ext-1' });
    await client.feed.acknowledge({ guid: second!.Guid });
    const deletes = emulator.requests.filter((s) => s.operation === 'To1c/Delete');
    expect(deletes.map((s) => s.query)).toEqual([
      { guid: first!.Guid, objectId: 'ext-1' },
      { guid: second!.Guid },
    ]);
    expect(emulator.state.queue).toHaveLength(0);
    expect(emulator.state.find('counter', 'ext-1')).toBeDefined();
    expect(emulator.state.find('counter', '--1')).toBeUndefined();
  });

  it('To1c/Delete is retried after a 5xx (a guid names one record, so repeating is safe)', async () => {
    const { emulator, client } = h.fresh();
    emulator.upsertCounter({ Id: 'c-1' });
    const [record] = await client.feed.requests();
    emulator.failNext({ operation: 'To1c/Delete', status: 502, afterEffect: true });
    await client.feed.acknowledge({ guid: record!.Guid });
    expect(emulator.count('To1c/Delete')).toBe(2);
    expect(emulator.state.queue).toHaveLength(0);
  });

  it('To1c/DeletedItems lists deletions with the temporary or external id', async () => {
    const { emulator, client } = h.fresh();
    const temp = emulator.upsertCounter({});
    emulator.upsertAccount({ Id: 'acc-9' });
    emulator.upsertDoc({ Id: '3', TypeName: 'article' });
    emulator.remove('counter', String(temp.Id));
    emulator.remove('account', 'acc-9');
    emulator.remove('doc', '3', 'article');
    const items = await client.feed.deletedItems();
    expect(items.map((i) => [i.Id, i.Type])).toEqual([
      ['--1', 'counter'],
      ['acc-9', 'account'],
      ['3', 'article'],
    ]);
    await client.feed.acknowledge({ guid: items[0]!.Guid });
    expect(await client.feed.deletedItems()).toHaveLength(2);
    expect(emulator.count('To1c/DeletedItems')).toBe(2);
  });
});

describe('Synchronization endpoints', () => {
  const cases = [
    ['accountsPage', 'DownloadAccounts', 'account'],
    ['flatsPage', 'DownloadFlats', 'object'],
    ['paymentsPage', 'DownloadPayments', 'payment'],
    ['countersPage', 'DownloadCounters', 'counter'],
    ['requestsPage', 'DownloadRequests', 'request'],
    ['docsPage', 'DownloadDocs', 'doc'],
  ] as const;
  for (const [method, wire, kind] of cases) {
    it(`${wire} serves { Items, Page, NoResults } for page N`, async () => {
      const { emulator, client } = h.fresh({ pageSize: 2 });
      for (let i = 1; i <= 3; i++)
        emulator.state.upsert(kind, { Id: kind === 'request' ? i : `x-${i}` }, false);
      const page2 = await client.download[method]({ page: 2 });
      expect(page2.Page).toBe(2);
      expect(page2.NoResults).toBe(false);
      expect(page2.Items.map((i) => String(i.Id))).toEqual([kind === 'request' ? '3' : 'x-3']);
      const page3 = await client.download[method]({ page: 3 });
      expect(page3).toMatchObject({ Items: [], Page: 3, NoResults: true });
      expect(emulator.requests.map((s) => [s.operation, s.query])).toEqual([
        [`Synchronization/${wire}`, { page: '2' }],
        [`Synchronization/${wire}`, { page: '3' }],
      ]);
    });
  }

  it('a page number below 1 is refused before sending; no page means the first', async () => {
    const { emulator, client } = h.fresh();
    await expect(client.download.accountsPage({ page: 0 })).rejects.toThrow(/page/);
    expect(emulator.requests).toHaveLength(0);
    const first = await client.download.accountsPage();
    expect(first.Page).toBe(1);
    expect(emulator.requests[0]!.query).toEqual({});
  });

  it('HandleRequestToRegister sends every parameter with booleans as true/false', async () => {
    const { emulator, client } = h.fresh();
    const reg = emulator.addRequestToRegister({ Id: 'r-1' });
    await client.registrations.handleRequestToRegister({
      id: String(reg.Id),
      isApprove: false,
      isReject: true,
      cause: 'Номер ЛС не найден',
      isSendNotification: true,
    });
    expect(emulator.requests[0]).toMatchObject({
      operation: 'Synchronization/HandleRequestToRegister',
      query: {
        id: 'r-1',
        isApprove: 'false',
        isReject: 'true',
        cause: 'Номер ЛС не найден',
        isSendNotification: 'true',
      },
    });
    expect(emulator.handled).toHaveLength(1);
  });
});

describe('SetId', () => {
  it('success replaces the temporary id', async () => {
    const { emulator, client } = h.fresh();
    emulator.upsertCounter({});
    const result = await client.setId('--1', 'MTR-100', 'counter');
    expect(result).toEqual({ outcome: 'success', status: 200 });
    expect(emulator.requests[0]!.query).toEqual({ uzhkId: '--1', externalId: 'MTR-100', type: 'counter' });
    expect(emulator.state.find('counter', 'MTR-100')).toBeDefined();
  });

  it('notFound and unknownType are outcomes', async () => {
    const { client } = h.fresh();
    expect(await client.setId('--404', 'x', 'counter')).toEqual({ outcome: 'notFound', status: 404 });
    expect(await client.setId('--1', 'x', 'spaceship')).toEqual({ outcome: 'unknownType', status: 404 });
  });

  it('documents are found by their type (article/news/notice)', async () => {
    const { emulator, client } = h.fresh();
    emulator.upsertDoc({ Id: '1', TypeName: 'article' });
    emulator.upsertDoc({ Id: '1', TypeName: 'news' });
    expect((await client.setId('1', 'NEWS-1', 'news')).outcome).toBe('success');
    expect(emulator.state.find('doc', '1', 'article')).toBeDefined();
    expect(emulator.state.find('doc', 'NEWS-1', 'news')).toBeDefined();
  });

  it('noData is an ApiError', async () => {
    const { emulator, client } = h.fresh();
    emulator.failNext({ operation: 'SetId', status: 404, body: '"noData"' });
    const error = await client.setId('--1', 'x', 'counter').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ vendorCode: 'noData', status: 404 });
  });

  it('error (500) is a retryable ApiError, not retried automatically', async () => {
    const { emulator, client } = h.fresh();
    emulator.upsertCounter({});
    emulator.failNext({ operation: 'SetId', status: 500, body: 'error' });
    const error = await client.setId('--1', 'x', 'counter').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ vendorCode: 'error', status: 500, retryable: true });
    expect(emulator.count('SetId')).toBe(1);
  });

  it('notAuthorized (403) is an AuthError naming the token and the IP allow-list', async () => {
    const { client } = h.fresh({ token: 'another-token' });
    const error = await client.setId('--1', 'x', 'counter').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).message).toMatch(/token/);
    expect((error as AuthError).message).toMatch(/IP address.*allow-list/);
    expect((error as AuthError).message).not.toContain('test-token-0123456789');
  });

  it('an unrecognised 404 body is an HttpError', async () => {
    const { emulator, client } = h.fresh();
    emulator.failNext({ operation: 'SetId', status: 404, body: '<html>Not Found</html>' });
    await expect(client.setId('--1', 'x', 'counter')).rejects.toBeInstanceOf(HttpError);
  });

  it('input is validated before sending', async () => {
    const { emulator, client } = h.fresh();
    await expect(client.setId('', 'x', 'counter')).rejects.toThrow(/uzhkId/);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('keyword refusals on the other write endpoints', () => {
  it('HandleRequestToRegister for an unknown id is an ApiError notFound', async () => {
    const { client } = h.fresh();
    const error = await client.registrations
      .handleRequestToRegister({ id: 'nope', isApprove: true, isReject: false, isSendNotification: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ vendorCode: 'notFound', status: 404, retryable: false });
  });

  it('To1c/Delete answering 500 "error" is retried, then raised as a retryable ApiError', async () => {
    const { emulator, client } = h.fresh();
    emulator.failNext({ operation: 'To1c/Delete', status: 500, body: '"error"', times: 5 });
    const error = await client.feed.acknowledge({ guid: 'g-1' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ vendorCode: 'error', retryable: true });
    expect(emulator.count('To1c/Delete')).toBe(3);
  });
});

describe('keyword framing', () => {
  for (const body of ['notFound', '"notFound"', '{"result":"notFound"}', '\uFEFF "notFound" ']) {
    it(`reads SetId's answer from ${JSON.stringify(body)}`, async () => {
      const { emulator, client } = h.fresh();
      emulator.failNext({ operation: 'SetId', status: 404, body });
      expect(await client.setId('--1', 'x', 'counter')).toEqual({ outcome: 'notFound', status: 404 });
    });
  }
});

describe('client.call escape hatch', () => {
  it('routes a known wire name through its schemas', async () => {
    const { emulator, client } = h.fresh();
    emulator.seedAccounts(3);
    const page = (await client.call('Synchronization/DownloadAccounts', { page: 1 })) as { Items: unknown[] };
    expect(page.Items).toHaveLength(3);
    await expect(client.call('SetId', { uzhkId: '--1' })).rejects.toThrow(/externalId/);
    expect(emulator.requests.map((s) => s.query)).toEqual([{ page: '1' }]);
  });

  it('sends an unknown wire name as a GET and returns the JSON', async () => {
    const { emulator, client } = h.fresh();
    const answer = await client.call('Synchronization/DownloadCars', { page: 2 }).catch((e: unknown) => e);
    expect(answer).toBeInstanceOf(HttpError);
    expect(emulator.requests[0]).toMatchObject({ operation: 'unknown', query: { page: '2' } });
  });
});
