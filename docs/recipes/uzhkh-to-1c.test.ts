// Runs the Умное ЖКХ → 1C recipe against the emulator over loopback HTTP and checks what it did
// on the platform's side (queue, deleted items, ids) and in its state file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { type Accounting, AlreadyRunningError, printingAccounting, syncOnce } from './uzhkh-to-1c.ts';

let dir: string;
let close: () => Promise<void>;
let emulator: UzhkhEmulator;
let client: UzhkhClient;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'recipe-uzhkh-'));
  emulator = new UzhkhEmulator({ token: 't0ken', pageSize: 3 });
  const served = await emulator.serve();
  close = served.close;
  client = new UzhkhClient({ baseUrl: served.baseUrl, token: 't0ken', allowHttp: true });
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await close();
  rmSync(dir, { recursive: true, force: true });
});

function recordingAccounting() {
  const inner = printingAccounting();
  const calls: string[] = [];
  const accounting: Accounting = {
    async upsertAccount(a) {
      calls.push(`account ${a.Id}`);
      await inner.upsertAccount(a);
    },
    async upsertMeter(m, id) {
      const ours = await inner.upsertMeter(m, id);
      calls.push(`meter ${id} → ${ours.id}`);
      return ours;
    },
    async remove(item) {
      calls.push(`remove ${item.Type} ${item.Id}`);
      await inner.remove(item);
    },
  };
  return { accounting, calls };
}

it('downloads everything once, then follows the feed: temporary ids replaced, deletions applied, state persisted', async () => {
  emulator.seedAccounts(7);
  const state = join(dir, 'state.json');
  const { accounting, calls } = recordingAccounting();

  const first = await syncOnce(client, accounting, state);
  expect(first.downloaded).toBe(7);
  expect(JSON.parse(readFileSync(state, 'utf8'))).toEqual({ fullDownloadDone: true, temporaryIds: {} });

  // On the platform: a new meter (temporary id), a reading for it, an account removed.
  const meter = emulator.upsertCounter({ CounterTypeIdentifier: 'WaterHotM3' });
  emulator.sendReading(String(meter.Id), { Value1: 12.5 });
  const gone = String(emulator.state.list('account')[0]!.Id);
  emulator.remove('account', gone);
  calls.length = 0;

  const second = await syncOnce(client, accounting, state);
  expect(second).toEqual({ downloaded: 0, changes: 2, deleted: 1, idsReplaced: 1 });
  // The second record still carried the temporary id: it was resolved through the persisted map.
  expect(calls).toEqual([
    `meter ${meter.Id} → MTR-0001`,
    'meter MTR-0001 → MTR-0001',
    `remove account ${gone}`,
  ]);
  expect(emulator.state.queue).toHaveLength(0);
  expect(emulator.state.deleted).toHaveLength(0);
  expect(emulator.state.find('counter', 'MTR-0001')).toBeDefined();
  expect(emulator.state.find('counter', String(meter.Id))).toBeUndefined();
  expect(JSON.parse(readFileSync(state, 'utf8')).temporaryIds).toEqual({ [String(meter.Id)]: 'MTR-0001' });
  expect(emulator.counts()['Synchronization/DownloadAccounts']).toBe(4); // 3 pages + NoResults, first run only
});

it('gives a meter that arrives with a temporary id in the full download its own id through SetId', async () => {
  emulator.seed({ counters: [{ Id: '--40', CounterTypeIdentifier: 'WaterColdM3', FlatId: '1' }] });
  const { accounting } = recordingAccounting();
  const summary = await syncOnce(client, accounting, join(dir, 'state.json'));
  expect(summary.idsReplaced).toBe(1);
  expect(emulator.state.find('counter', 'MTR-0001')).toBeDefined();
});

it('refuses a second consumer while one runs, and leaves nothing acknowledged by it', async () => {
  const state = join(dir, 'state.json');
  writeFileSync(`${state}.lock`, '');
  emulator.upsertCounter({ CounterTypeIdentifier: 'WaterHotM3' });
  await expect(syncOnce(client, recordingAccounting().accounting, state)).rejects.toBeInstanceOf(
    AlreadyRunningError,
  );
  expect(emulator.state.queue).toHaveLength(1);
});
