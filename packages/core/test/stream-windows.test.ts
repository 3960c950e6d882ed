// Issue 11 item 2: a window stream yields each record once over the whole stream, with memory that
// stays at the keys of two windows.
import { type DateWindow, streamWindows } from '@x/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

async function collect<T>(
  windows: DateWindow[],
  data: (w: DateWindow, i: number) => T[],
  key: (item: T) => string | number,
): Promise<T[]> {
  const out: T[] = [];
  let i = 0;
  for await (const item of streamWindows(windows, async (w) => data(w, i++), key)) out.push(item);
  return out;
}

const win = (n: number): DateWindow => ({ from: String(n), to: String(n + 1) });

describe('streamWindows yields each key once', () => {
  it('a record that every window returns is yielded once (8 windows)', async () => {
    const windows = Array.from({ length: 8 }, (_, i) => win(i));
    const out = await collect(
      windows,
      (_w, i) => [{ id: 'same' }, { id: `own-${i}` }],
      (x) => x.id,
    );
    expect(out.map((x) => x.id)).toEqual(['same', ...windows.map((_, i) => `own-${i}`)]);
  });

  it('any overlap of ordered windows over records with a time span: each key once, in first-seen order (fast-check)', async () => {
    // A record lives on [start, end] of a timeline; windows are ordered (both ends never go back)
    // and overlap by random amounts; a window returns every record that meets it, in random order
    // and sometimes twice, as a vendor's range query does.
    const record = fc
      .record({ start: fc.integer({ min: 0, max: 200 }), span: fc.integer({ min: 0, max: 80 }) })
      .map(({ start, span }) => ({ start, end: start + span }));
    const steps = fc.array(
      fc.record({ advance: fc.integer({ min: 1, max: 40 }), width: fc.integer({ min: 0, max: 60 }) }),
      { minLength: 1, maxLength: 25 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { maxLength: 60 }),
        steps,
        fc.array(fc.nat(), { minLength: 1, maxLength: 50 }),
        async (records, windowSteps, noise) => {
          const bounds: Array<[number, number]> = [];
          let start = 0;
          let end = 0;
          for (const { advance, width } of windowSteps) {
            start += advance;
            end = Math.max(end, start + width);
            bounds.push([start, end]);
          }
          const keyed = records.map((r, id) => ({ ...r, id }));
          const windows = bounds.map(([s, e]) => ({ from: String(s), to: String(e) }));
          const served: number[][] = [];
          const out = await collect(
            windows,
            (_w, i) => {
              const [s, e] = bounds[i]!;
              const hits = keyed.filter((r) => r.start <= e && r.end >= s);
              // Random order within the window, and some records twice.
              const shuffled = hits
                .map((r, j) => ({ r, sort: noise[(i + j) % noise.length]! }))
                .sort((a, b) => a.sort - b.sort)
                .map((x) => x.r);
              const doubled = [
                ...shuffled,
                ...shuffled.filter((_, j) => (noise[j % noise.length]! & 1) === 1),
              ];
              served.push(doubled.map((r) => r.id));
              return doubled;
            },
            (r) => r.id,
          );
          const ids = out.map((r) => r.id);
          const firstSeen = [...new Set(served.flat())];
          expect(ids).toEqual(firstSeen);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('forgets a key once a window lacks it, so memory stays at two windows', async () => {
    // Windows 1 and 3 return the record, window 2 does not: the record moved in time between
    // requests, and the stream does not keep every key it ever saw.
    const out = await collect(
      [win(1), win(2), win(3)],
      (_w, i) => (i === 1 ? [{ id: 'b' }] : [{ id: 'a' }]),
      (x) => x.id,
    );
    expect(out.map((x) => x.id)).toEqual(['a', 'b', 'a']);
  });
});
