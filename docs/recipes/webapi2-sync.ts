// Recipe: PartnerWebAPI2 incremental sync from cron. Each run reads what changed since the last
// one (`ChangedFrom`), hands the objects to your store, and persists the cursor only after the
// batch is stored: a crash in between means the batch comes again (at-least-once), never a gap.
//
// Crontab: */10 * * * * CONNECT_USER=… CONNECT_PASSWORD=… node webapi2-sync.js
import { readFile, rename, writeFile } from 'node:fs/promises';
import { PartnerWebApi2Client, type SyncCursor, type SyncOperation } from '@x/partnerapi/webapi2';

/** Where the objects go; `upsert` must be idempotent (a batch may be delivered twice). */
export interface Store {
  upsert(operation: SyncOperation, items: readonly Record<string, unknown>[]): Promise<void>;
}

/** One cron run over the given directories; returns how many objects each one delivered. */
export async function syncRun(
  api: PartnerWebApi2Client,
  store: Store,
  cursorDir: string,
  operations: readonly SyncOperation[] = ['ClientRead', 'ClientUserRead'],
): Promise<Record<string, number>> {
  const delivered: Record<string, number> = {};
  for (const operation of operations) {
    const file = `${cursorDir}/${operation}.cursor.json`;
    // No file yet: `null` makes the first run a full read.
    const cursor = await readFile(file, 'utf8').then(
      (text) => JSON.parse(text) as SyncCursor,
      () => null,
    );
    delivered[operation] = 0;
    for await (const batch of api.sync(operation, cursor)) {
      await store.upsert(operation, batch.items);
      // Only now: a cursor saved before the items are stored would skip them after a crash.
      await writeFile(`${file}.tmp`, JSON.stringify(batch.cursor));
      await rename(`${file}.tmp`, file);
      delivered[operation] += batch.items.length;
    }
  }
  console.log('delivered', delivered);
  return delivered;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const api = new PartnerWebApi2Client({
    user: process.env.CONNECT_USER!,
    password: process.env.CONNECT_PASSWORD!,
    // Cron runs share the account's hourly budget: wait for the next hour rather than fail.
    rateLimit: { mode: 'wait' },
  });
  const store: Store = {
    async upsert(operation, items) {
      for (const item of items) console.log(operation, JSON.stringify(item));
    },
  };
  await syncRun(api, store, '.');
}
