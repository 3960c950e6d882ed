import { ResponseError } from '@x/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const h = useHarness();

describe('download paginators', () => {
  it('downloads 1,050 accounts in 6 pages, asking page 7 to learn NoResults', async () => {
    const { emulator, client } = h.fresh();
    emulator.seedAccounts(1050);
    const sizes: number[] = [];
    for await (const page of client.download.accounts().pages()) sizes.push(page.length);
    expect(sizes).toEqual([200, 200, 200, 200, 200, 50]);
    expect(emulator.requests.map((s) => s.query.page)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    const all = await client.download.accounts().toArray();
    expect(all).toHaveLength(1050);
    expect(new Set(all.map((a) => a.Id)).size).toBe(1050);
    expect(all[1049]).toMatchObject({ Id: 'acc-1050', AccountNumber: '101050', Balance: 1443.75 });
    expect(all[0]!.Persons[0]).toMatchObject({ Id: 'res-1', IsOwner: true, IsEmployer: false });
  });

  it('onProgress receives growing page and item counts, ending with the totals', async () => {
    const { emulator, client } = h.fresh();
    emulator.seedAccounts(450);
    const reports: { pages: number; items: number }[] = [];
    const all = await client.download.accounts({ onProgress: (p) => reports.push(p) }).toArray();
    expect(all).toHaveLength(450);
    expect(reports).toEqual([
      { pages: 1, items: 200 },
      { pages: 2, items: 400 },
      { pages: 3, items: 450 },
      { pages: 4, items: 450 },
    ]);
  });

  it('toArray({ limit }) stops fetching pages early', async () => {
    const { emulator, client } = h.fresh();
    emulator.seedAccounts(450);
    expect(await client.download.accounts().toArray({ limit: 250 })).toHaveLength(250);
    expect(emulator.count('Synchronization/DownloadAccounts')).toBe(2);
  });

  it('trips the repeated-page guard when the server ignores the page parameter', async () => {
    const { emulator, client } = h.fresh();
    emulator.seedAccounts(300);
    emulator.ignorePaging = true;
    const error = await client.download
      .accounts()
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toMatch(/repeats/);
    expect(emulator.count('Synchronization/DownloadAccounts')).toBe(2);
  });

  it('every download has an iterator', async () => {
    const { emulator, client } = h.fresh();
    emulator.seed({
      objects: [{ Id: 'o1' }],
      payments: [{ Id: 'p1', Sum: 1500.55 }],
      counters: [{ Id: 'c1' }],
      requests: [{ Id: 5, Title: 'Лифт' }],
      docs: [
        { Id: '1', TypeName: 'article' },
        { Id: '1', TypeName: 'news' },
      ],
    });
    expect((await client.download.flats().toArray()).map((o) => o.Id)).toEqual(['o1']);
    expect((await client.download.payments().toArray())[0]!.Sum).toBe(1500.55);
    expect((await client.download.counters().toArray())[0]!.Id).toBe('c1');
    expect((await client.download.requests().toArray())[0]).toMatchObject({ Id: 5, Title: 'Лифт' });
    expect((await client.download.docs().toArray()).map((d) => d.TypeName)).toEqual(['article', 'news']);
    expect(emulator.state.queue).toHaveLength(0);
  });

  it('a retried page after a 503 is fetched again (downloads are idempotent)', async () => {
    const { emulator, client } = h.fresh();
    emulator.seedAccounts(10);
    emulator.failNext({ operation: 'Synchronization/DownloadAccounts', status: 503 });
    expect(await client.download.accounts().toArray()).toHaveLength(10);
    expect(emulator.count('Synchronization/DownloadAccounts')).toBe(3);
  });

  it('any item count and page size: every item once, in order, ceil(n/size) pages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 }), async (n, size) => {
        const { emulator, client } = h.fresh({ pageSize: size });
        emulator.seedAccounts(n);
        const sizes: number[] = [];
        const ids: string[] = [];
        for await (const page of client.download.accounts().pages()) {
          sizes.push(page.length);
          ids.push(...page.map((a) => a.Id));
        }
        expect(sizes).toHaveLength(Math.ceil(n / size));
        expect(ids).toEqual(Array.from({ length: n }, (_, i) => `acc-${i + 1}`));
        expect(emulator.count('Synchronization/DownloadAccounts')).toBe(sizes.length + 1);
      }),
      { numRuns: 15 },
    );
  });
});
