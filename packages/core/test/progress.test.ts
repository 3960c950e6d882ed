import { type Progress, consumeFeed, paginate, splitDateRange, streamWindows } from '@x/core';
import { describe, expect, it } from 'vitest';

/** Counts in successive reports never go down, and `pages` goes up by one each time. */
function expectMonotonic(reports: Progress[]): void {
  for (let i = 1; i < reports.length; i++) {
    expect(reports[i]!.pages).toBe(reports[i - 1]!.pages + 1);
    expect(reports[i]!.items).toBeGreaterThanOrEqual(reports[i - 1]!.items);
  }
}

describe('onProgress', () => {
  it('paginate reports pages and items after each page, ending with the totals', async () => {
    const reports: Progress[] = [];
    const sizes = [3, 3, 2];
    const paginator = paginate<number, number>(
      async (page) => ({
        items: Array.from({ length: sizes[page - 1]! }, (_, i) => page * 10 + i),
        next: page < sizes.length ? page + 1 : undefined,
      }),
      1,
      { onProgress: (p) => reports.push(p) },
    );
    const all = await paginator.toArray();
    expect(all).toHaveLength(8);
    expect(reports).toEqual([
      { pages: 1, items: 3 },
      { pages: 2, items: 6 },
      { pages: 3, items: 8 },
    ]);
    expectMonotonic(reports);
  });

  it('streamWindows reports each window of the total, counting each item once', async () => {
    const reports: Progress[] = [];
    const windows = splitDateRange('2026-01-01', '2026-01-04', 86_400_000);
    // Day 2 repeats the edge record of day 1: it is counted (and yielded) once.
    const byDay: Record<string, string[]> = {
      '2026-01-01': ['a', 'b'],
      '2026-01-02': ['b', 'c'],
      '2026-01-03': ['d'],
    };
    const out: string[] = [];
    for await (const item of streamWindows(
      windows,
      async (w) => byDay[w.from] ?? [],
      (s) => s,
      undefined,
      'test.stream',
      (p) => reports.push(p),
    )) {
      out.push(item);
    }
    expect(out).toEqual(['a', 'b', 'c', 'd']);
    expect(reports).toEqual([
      { pages: 1, items: 2, window: 1, of: 3 },
      { pages: 2, items: 3, window: 2, of: 3 },
      { pages: 3, items: 4, window: 3, of: 3 },
    ]);
    expectMonotonic(reports);
  });

  it('consumeFeed reports batches and records after each batch, the last report matching the result', async () => {
    const reports: Progress[] = [];
    const queue = [1, 2, 3, 4, 5];
    const result = await consumeFeed<number, void>(
      async () => queue.slice(0, 2),
      () => {},
      async (record) => {
        queue.splice(queue.indexOf(record), 1);
      },
      { onProgress: (p) => reports.push(p) },
    );
    expect(result).toMatchObject({ handled: 5, batches: 4, stoppedBy: 'empty' });
    expect(reports).toEqual([
      { pages: 1, items: 2 },
      { pages: 2, items: 4 },
      { pages: 3, items: 5 },
      { pages: 4, items: 5 },
    ]);
    expectMonotonic(reports);
    expect(reports.at(-1)).toEqual({ pages: result.batches, items: result.handled + result.failed });
  });
});
