// Runs the PartnerWebAPI2 sync recipe against the emulator over loopback HTTP: a full first run,
// then only what changed, with the cursor persisted after each batch.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '@x/core/testing';
import { PartnerWebApi2Client, type SyncOperation } from '@x/partnerapi/webapi2';
import { PartnerWebApi2Emulator } from '@x/partnerapi/testing';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { type Store, syncRun } from './webapi2-sync.ts';

let dir: string;
let clock: ManualClock;
let emulator: PartnerWebApi2Emulator;
let served: Awaited<ReturnType<PartnerWebApi2Emulator['serve']>>;
let api: PartnerWebApi2Client;
const stored: Array<{ operation: SyncOperation; item: Record<string, unknown> }> = [];
const store: Store = {
  async upsert(operation, items) {
    for (const item of items) stored.push({ operation, item });
  },
};

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'recipe-webapi2-'));
  clock = new ManualClock(Date.UTC(2026, 0, 12, 9, 0, 0));
  emulator = new PartnerWebApi2Emulator({ clock });
  served = await emulator.serve();
  api = new PartnerWebApi2Client({
    endpoint: served.url,
    user: 'partner',
    password: 'secret',
    allowHttp: true,
    now: () => clock.now(),
  });
  stored.length = 0;
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await served.close();
  rmSync(dir, { recursive: true, force: true });
});

it('reads everything first, then only the changes, persisting the cursor', async () => {
  const first = await syncRun(api, store, dir);
  expect(first.ClientRead).toBe(emulator.state.clients.length);
  expect(first.ClientUserRead).toBe(emulator.state.clientUsers.length);
  const cursor = JSON.parse(readFileSync(join(dir, 'ClientRead.cursor.json'), 'utf8'));
  expect(cursor.watermark).toBe('2026-01-12T12:00:00'); // the run's start, Moscow time

  clock.advance(10 * 60_000);
  const quiet = await syncRun(api, store, dir);
  expect(quiet).toEqual({ ClientRead: 0, ClientUserRead: 0 }); // the one-second overlap re-delivers nothing

  clock.advance(60_000);
  const { ClientID } = (await api.clients.add({ Name: 'ООО «Новый»' })) as { ClientID: string };
  clock.advance(10 * 60_000);
  stored.length = 0;
  const next = await syncRun(api, store, dir);
  expect(next).toEqual({ ClientRead: 1, ClientUserRead: 0 });
  expect(stored).toEqual([
    { operation: 'ClientRead', item: expect.objectContaining({ ClientID, Name: 'ООО «Новый»' }) },
  ]);
  expect(emulator.count('ClientRead')).toBe(3);
});

it('keeps the old cursor when storing a batch fails, so the next run delivers it again', async () => {
  await syncRun(api, store, dir, ['ClientRead']);
  const saved = readFileSync(join(dir, 'ClientRead.cursor.json'), 'utf8');
  clock.advance(60_000);
  await api.clients.add({ Name: 'ООО «Новый»' });
  clock.advance(60_000);
  const failing: Store = {
    async upsert() {
      throw new Error('database down');
    },
  };
  await expect(syncRun(api, failing, dir, ['ClientRead'])).rejects.toThrow('database down');
  expect(readFileSync(join(dir, 'ClientRead.cursor.json'), 'utf8')).toBe(saved);
  stored.length = 0;
  expect(await syncRun(api, store, dir, ['ClientRead'])).toEqual({ ClientRead: 1 });
});
