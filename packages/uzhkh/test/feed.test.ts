import { type ChangeRecord, changeEntityId, isTemporaryId } from '@x/uzhkh';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const h = useHarness();

function seedFive(emulator: ReturnType<typeof h.fresh>['emulator']) {
  for (let i = 1; i <= 5; i++) emulator.upsertAccount({ Id: `acc-${i}` });
}

describe('feed.consume', () => {
  it('acknowledges each record after its handler; a throw on record 3 leaves 3+ queued; a rerun resumes at 3', async () => {
    const { emulator, client } = h.fresh();
    seedFive(emulator);
    const seen: string[] = [];
    const first = await client.feed.consume(async (record) => {
      const id = String(changeEntityId(record));
      if (id === 'acc-3') throw new Error('ledger locked');
      seen.push(id);
    });
    expect(first).toMatchObject({ handled: 2, acknowledged: 2, failed: 1, stoppedBy: 'error' });
    expect((first.error as Error).message).toBe('ledger locked');
    expect(seen).toEqual(['acc-1', 'acc-2']);
    expect(emulator.count('To1c/Delete')).toBe(2);
    expect(emulator.state.queue.map((q) => q.entityId)).toEqual(['acc-3', 'acc-4', 'acc-5']);

    const second = await client.feed.consume(async (record) => {
      seen.push(String(changeEntityId(record)));
    });
    expect(second).toMatchObject({ handled: 3, acknowledged: 3, stoppedBy: 'empty' });
    expect(seen).toEqual(['acc-1', 'acc-2', 'acc-3', 'acc-4', 'acc-5']);
    expect(emulator.state.queue).toHaveLength(0);
  });

  it("onProgress receives growing counts after each queue read, the last one the run's totals", async () => {
    const { emulator, client } = h.fresh();
    seedFive(emulator);
    const reports: { pages: number; items: number }[] = [];
    const result = await client.feed.consume(async () => {}, { onProgress: (p) => reports.push(p) });
    expect(result).toMatchObject({ handled: 5, stoppedBy: 'empty' });
    expect(reports.length).toBe(result.batches);
    for (let i = 1; i < reports.length; i++) {
      expect(reports[i]!.pages).toBe(reports[i - 1]!.pages + 1);
      expect(reports[i]!.items).toBeGreaterThanOrEqual(reports[i - 1]!.items);
    }
    expect(reports.at(-1)).toEqual({ pages: result.batches, items: 5 });
  });

  it('onError: continue skips the failing record, leaving only it queued', async () => {
    const { emulator, client } = h.fresh();
    seedFive(emulator);
    const result = await client.feed.consume(
      async (record) => {
        if (changeEntityId(record) === 'acc-3') throw new Error('bad');
      },
      { onError: 'continue' },
    );
    expect(result.acknowledged).toBe(4);
    expect(result.stoppedBy).toBe('no-progress');
    expect(emulator.state.queue.map((q) => q.entityId)).toEqual(['acc-3']);
  });

  it('sends objectId for a record with a temporary id, and the platform replaces the id', async () => {
    const { emulator, client } = h.fresh();
    emulator.upsertCounter({ CounterTypeIdentifier: 'WaterHotM3' });
    emulator.upsertCounter({ Id: 'MTR-7' });
    const result = await client.feed.consume(async (record: ChangeRecord) => {
      if (record.kind === 'counter' && isTemporaryId(record.Counter.Id)) return 'MTR-8';
      // An id for a record that already has an external id is not sent.
      return 'ignored';
    });
    expect(result.acknowledged).toBe(2);
    const deletes = emulator.requests.filter((s) => s.operation === 'To1c/Delete').map((s) => s.query);
    expect(deletes[0]).toMatchObject({ objectId: 'MTR-8' });
    expect(deletes[1]).not.toHaveProperty('objectId');
    expect(emulator.state.find('counter', 'MTR-8')?.CounterTypeIdentifier).toBe('WaterHotM3');
    expect(emulator.state.find('counter', '--1')).toBeUndefined();
    // The next change of that meter carries the external id.
    emulator.sendReading('MTR-8', { Value1: 42 });
    const [next] = await client.feed.requests();
    expect(next?.kind === 'counter' && next.Counter).toMatchObject({ Id: 'MTR-8', Value1: 42 });
  });

  it('abort mid-batch: the record whose handler finished is acknowledged, none is half-acknowledged', async () => {
    const { emulator, client } = h.fresh();
    seedFive(emulator);
    const controller = new AbortController();
    const handled: string[] = [];
    const result = await client.feed.consume(
      async (record) => {
        handled.push(String(changeEntityId(record)));
        if (handled.length === 2) controller.abort();
      },
      { signal: controller.signal },
    );
    expect(result).toMatchObject({ handled: 2, acknowledged: 2, stoppedBy: 'abort' });
    expect(handled).toEqual(['acc-1', 'acc-2']);
    expect(emulator.count('To1c/Delete')).toBe(2);
    expect(emulator.state.queue.map((q) => q.entityId)).toEqual(['acc-3', 'acc-4', 'acc-5']);
  });

  it('loops over batches until the queue is empty', async () => {
    const { emulator, client } = h.fresh({ feedBatchSize: 2 });
    seedFive(emulator);
    const result = await client.feed.consume(() => undefined);
    expect(result).toMatchObject({ acknowledged: 5, batches: 4, stoppedBy: 'empty' });
    expect(emulator.count('To1c/Requests')).toBe(4);
  });

  it('a failed acknowledgement throws and the record is delivered again (at-least-once)', async () => {
    const { emulator, client } = h.fresh();
    seedFive(emulator);
    emulator.failNext({ operation: 'To1c/Delete', status: 500, times: 3 });
    await expect(client.feed.consume(() => undefined)).rejects.toThrow(/HTTP 500/);
    expect(emulator.state.queue).toHaveLength(5);
    const again: string[] = [];
    await client.feed.consume((r) => {
      again.push(String(changeEntityId(r)));
    });
    expect(again[0]).toBe('acc-1');
  });

  it('delivers an odd record as kind "invalid" instead of failing the batch', async () => {
    const { emulator, client } = h.fresh();
    emulator.upsertCounter({ Id: 'c-1', Value1: 'abc' });
    emulator.upsertCounter({ Id: 'c-2' });
    const kinds: string[] = [];
    await client.feed.consume((r) => {
      kinds.push(r.kind);
    });
    expect(kinds).toEqual(['invalid', 'counter']);
  });
});

describe('feed.consumeDeleted', () => {
  it('acknowledges deleted items after the handler, stops on a throw', async () => {
    const { emulator, client } = h.fresh();
    for (const id of ['a', 'b', 'c']) {
      emulator.state.upsert('car', { Id: id }, false);
      emulator.remove('car', id);
    }
    const ids: string[] = [];
    const first = await client.feed.consumeDeleted((item) => {
      if (item.Id === 'b') throw new Error('no');
      ids.push(`${item.Type}:${item.Id}`);
    });
    expect(first).toMatchObject({ acknowledged: 1, stoppedBy: 'error' });
    expect(emulator.state.deleted.map((d) => d.Id)).toEqual(['b', 'c']);
    const second = await client.feed.consumeDeleted((item) => {
      ids.push(`${item.Type}:${item.Id}`);
    });
    expect(second).toMatchObject({ acknowledged: 2, stoppedBy: 'empty' });
    expect(ids).toEqual(['car:a', 'car:b', 'car:c']);
  });
});
