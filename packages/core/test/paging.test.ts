import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  DAY_MS,
  ResponseError,
  Transport,
  consumeFeed,
  paginate,
  splitDateRange,
  streamWindows,
} from '@x/core';
import { useMswServer } from '@x/test-kit';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

const BASE = 'https://paging.test/api';
let repeatCalls = 0;
useMswServer(
  // Three pages of three items, then NoResults (the Умное ЖКХ shape).
  http.get(`${BASE}/three`, ({ request }) => {
    const page = Number(new URL(request.url).searchParams.get('page'));
    if (page > 3) return HttpResponse.json({ Items: [], Page: page, NoResults: true });
    return HttpResponse.json({
      Items: [1, 2, 3].map((i) => ({ id: (page - 1) * 3 + i })),
      Page: page,
      NoResults: false,
    });
  }),
  // A broken server that ignores `page`.
  http.get(`${BASE}/repeat`, () => {
    repeatCalls++;
    return HttpResponse.json({ Items: [{ id: 1 }, { id: 2 }], NoResults: false });
  }),
  // 200 pages of 1,000 items each with some payload, generated on the fly.
  http.get(`${BASE}/big`, ({ request }) => {
    const page = Number(new URL(request.url).searchParams.get('page'));
    if (page > 200) return HttpResponse.json({ Items: [], NoResults: true });
    const Items = Array.from({ length: 1000 }, (_, i) => ({
      id: page * 1000 + i,
      text: `row-${i}-`.padEnd(200, 'x'),
    }));
    return HttpResponse.json({ Items, NoResults: false });
  }),
);

const t = new Transport({ baseUrl: BASE });
type Page = { Items: Array<{ id: number; text?: string }>; NoResults: boolean };
const pager = (path: string) =>
  paginate<{ id: number; text?: string }, number>(
    async (page) => {
      const body = await t.request<Page>({
        operation: path,
        idempotent: true,
        method: 'GET',
        path,
        query: { page },
        decode: (raw) => JSON.parse(raw.text()),
      });
      return { items: body.Items, next: body.NoResults ? undefined : page + 1 };
    },
    1,
    { operation: path },
  );

describe('paginate over HTTP', () => {
  it('walks three pages in order and stops at NoResults', async () => {
    const ids = (await pager('three').toArray()).map((x) => x.id);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const pages: number[][] = [];
    for await (const p of pager('three').pages()) pages.push(p.map((x) => x.id));
    expect(pages).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
  });

  it('toArray({ limit }) stops early', async () => {
    expect((await pager('three').toArray({ limit: 4 })).map((x) => x.id)).toEqual([1, 2, 3, 4]);
  });

  it('trips a clear error when the server repeats the same page', async () => {
    repeatCalls = 0;
    const error = await pager('repeat')
      .toArray()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as Error).message).toMatch(/page 2 repeats page 1/);
    expect(repeatCalls).toBe(2);
  });

  it('keeps memory flat over 200 pages of 1,000 items', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let n = 0;
    let heapAt10 = 0;
    let heapAt200 = 0;
    for await (const page of pager('big').pages()) {
      n++;
      if (n === 10) {
        gc();
        heapAt10 = process.memoryUsage().heapUsed;
      }
      if (n === 200) {
        gc();
        heapAt200 = process.memoryUsage().heapUsed;
      }
      expect(page).toHaveLength(1000);
    }
    expect(n).toBe(200);
    // 190 further pages hold ~190,000 objects with 200-char strings (~50 MB if they were retained).
    expect(heapAt200 - heapAt10).toBeLessThan(15 * 1024 * 1024);
  }, 60_000);
});

describe('date windows', () => {
  it('splits a range into ordered windows that cover it exactly', () => {
    const windows = [...splitDateRange('2024-01-01', '2024-01-10', 3 * DAY_MS)];
    expect(windows).toEqual([
      { from: '2024-01-01', to: '2024-01-04' },
      { from: '2024-01-04', to: '2024-01-07' },
      { from: '2024-01-07', to: '2024-01-10' },
    ]);
    const timed = [...splitDateRange('2024-03-30T22:00:00', '2024-03-31T04:00:00', 2 * 3_600_000)];
    expect(timed.map((w) => w.from)).toEqual([
      '2024-03-30T22:00:00',
      '2024-03-31T00:00:00',
      '2024-03-31T02:00:00',
    ]);
  });

  it('streams windows in order and drops records repeated at window edges', async () => {
    const seen: string[] = [];
    const data: Record<string, Array<{ id: number }>> = {
      '2024-01-01': [{ id: 1 }, { id: 2 }],
      '2024-01-02': [{ id: 2 }, { id: 3 }],
      '2024-01-03': [{ id: 3 }, { id: 4 }],
    };
    const out: number[] = [];
    for await (const item of streamWindows(
      splitDateRange('2024-01-01', '2024-01-04', DAY_MS),
      async (w) => {
        seen.push(w.from);
        return data[w.from] ?? [];
      },
      (x) => x.id,
    )) {
      out.push(item.id);
    }
    expect(seen).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
    expect(out).toEqual([1, 2, 3, 4]);
  });
});

describe('consumeFeed', () => {
  function queue(n: number) {
    const items = Array.from({ length: n }, (_, i) => i + 1);
    const acked: number[] = [];
    return {
      items,
      acked,
      fetch: async () => items.slice(0, 3),
      ack: async (x: number) => {
        acked.push(x);
        items.splice(items.indexOf(x), 1);
      },
    };
  }

  it('acknowledges each record only after its handler resolved, until the queue is empty', async () => {
    const q = queue(7);
    const order: string[] = [];
    const result = await consumeFeed(
      q.fetch,
      async (x) => {
        order.push(`handle ${x}`);
      },
      async (x) => {
        order.push(`ack ${x}`);
        await q.ack(x);
      },
    );
    expect(result).toMatchObject({ handled: 7, acknowledged: 7, stoppedBy: 'empty' });
    expect(order.slice(0, 4)).toEqual(['handle 1', 'ack 1', 'handle 2', 'ack 2']);
  });

  it('stops at a failing handler and leaves that record and later ones unacknowledged', async () => {
    const q = queue(5);
    const result = await consumeFeed(
      q.fetch,
      (x) => {
        if (x === 3) throw new Error('boom');
      },
      q.ack,
    );
    expect(result.stoppedBy).toBe('error');
    expect(q.acked).toEqual([1, 2]);
    expect(q.items).toEqual([3, 4, 5]);
  });

  it('does not spin when every record keeps failing with onError: continue', async () => {
    const q = queue(3);
    const result = await consumeFeed(
      q.fetch,
      () => {
        throw new Error('always');
      },
      q.ack,
      { onError: 'continue' },
    );
    expect(result).toMatchObject({ stoppedBy: 'no-progress', failed: 3, batches: 1 });
  });

  it('stops between records on abort, with every handled record acknowledged', async () => {
    const q = queue(6);
    const controller = new AbortController();
    const result = await consumeFeed(
      q.fetch,
      (x) => {
        if (x === 2) controller.abort();
      },
      q.ack,
      { signal: controller.signal },
    );
    expect(result.stoppedBy).toBe('abort');
    expect(q.acked).toEqual([1, 2]);
  });
});
