// Recipe: Умное ЖКХ → 1C. A first full download, then the change feed and the deleted items on a
// schedule; temporary ids replaced by the accounting system's own; one consumer at a time; a small
// state file holding what must survive a restart.
//
// Run against the platform: UZHKH_URL=https://…/your-internal-link/ UZHKH_TOKEN=… node uzhkh-to-1c.js
import { open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { type Account, type Counter, type DeletedItem, UzhkhClient, isTemporaryId } from '@x/uzhkh';

/** The accounting side (1C). Every method must be idempotent: records can arrive twice. */
export interface Accounting {
  /** Creates or updates an account by its platform id. */
  upsertAccount(account: Account): Promise<void>;
  /** Creates or updates a meter; returns the id the accounting system keeps it under. */
  upsertMeter(meter: Counter, platformId: string): Promise<{ id: string }>;
  /** Removes a record the platform deleted. */
  remove(item: DeletedItem): Promise<void>;
}

/** What the job persists between runs (a JSON file): nothing else is needed to resume. */
export interface SyncState {
  /** Set once the first full download completed; until then every run starts it again. */
  fullDownloadDone: boolean;
  /**
   * Temporary platform id (`--5`) → our id. Records queued before a replacement still carry the
   * temporary id (they are snapshots), so the map is kept to resolve them.
   */
  temporaryIds: Record<string, string>;
}

/** What one run did, for the log. */
export interface RunSummary {
  downloaded: number;
  changes: number;
  deleted: number;
  idsReplaced: number;
}

/** Thrown when another run holds the lock: two consumers would handle the same records twice. */
export class AlreadyRunningError extends Error {}

/** One run: full download (until it has completed once), then the change feed and the deleted items. */
export async function syncOnce(
  client: UzhkhClient,
  accounting: Accounting,
  stateFile: string,
  signal?: AbortSignal,
): Promise<RunSummary> {
  // One consumer at a time: an exclusive lock file next to the state file.
  const lock = await open(`${stateFile}.lock`, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST')
      throw new AlreadyRunningError(`${stateFile}.lock exists: another run is active`);
    throw error;
  });
  try {
    const state = await loadState(stateFile);
    const summary: RunSummary = { downloaded: 0, changes: 0, deleted: 0, idsReplaced: 0 };

    if (!state.fullDownloadDone) {
      for await (const account of client.download.accounts({ signal })) {
        await accounting.upsertAccount(account);
        summary.downloaded++;
      }
      for await (const meter of client.download.counters({ signal })) {
        const platformId = String(meter.Id);
        const ours = await accounting.upsertMeter(meter, state.temporaryIds[platformId] ?? platformId);
        summary.downloaded++;
        if (isTemporaryId(platformId) && !state.temporaryIds[platformId]) {
          // A meter created on the platform and never given an id: give it ours (SetId is not
          // retried automatically; 'notFound' after a lost answer means it was already replaced).
          state.temporaryIds[platformId] = ours.id;
          await saveState(stateFile, state);
          const { outcome } = await client.setId(platformId, ours.id, 'counter');
          if (outcome === 'success') summary.idsReplaced++;
        }
      }
      state.fullDownloadDone = true;
      await saveState(stateFile, state);
    }

    const changes = await client.feed.consume(
      async (record) => {
        summary.changes++;
        switch (record.kind) {
          case 'account':
            await accounting.upsertAccount(record.Account);
            return;
          case 'counter': {
            const platformId = String(record.Counter.Id);
            const known = state.temporaryIds[platformId];
            const ours = await accounting.upsertMeter(record.Counter, known ?? platformId);
            if (!isTemporaryId(platformId)) return;
            if (!known) {
              // Remember before acknowledging: the acknowledgement replaces the id on the platform,
              // and records queued earlier will still carry the temporary one.
              state.temporaryIds[platformId] = ours.id;
              await saveState(stateFile, state);
              summary.idsReplaced++;
            }
            return ours.id; // sent as objectId with the acknowledgement (harmless if already replaced)
          }
          default:
            // Other kinds (residents, payments, requests…) are not needed by this accounting system:
            // returning acknowledges them, so they do not block the queue.
            return;
        }
      },
      { signal },
    );
    if (changes.stoppedBy === 'error') throw changes.error;

    const deleted = await client.feed.consumeDeleted(
      async (item) => {
        await accounting.remove(item);
        summary.deleted++;
      },
      { signal },
    );
    if (deleted.stoppedBy === 'error') throw deleted.error;
    return summary;
  } finally {
    await lock.close();
    await rm(`${stateFile}.lock`, { force: true });
  }
}

/** Runs `syncOnce` every `intervalMs` until the signal aborts; a failed run is logged and retried next time. */
export async function runOnSchedule(
  run: () => Promise<RunSummary>,
  intervalMs: number,
  signal: AbortSignal,
): Promise<void> {
  while (!signal.aborted) {
    try {
      console.log('run', await run());
    } catch (error) {
      console.error(String(error));
    }
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, intervalMs);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }
}

async function loadState(file: string): Promise<SyncState> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  return text ? (JSON.parse(text) as SyncState) : { fullDownloadDone: false, temporaryIds: {} };
}

async function saveState(file: string, state: SyncState): Promise<void> {
  // Write then rename: a crash never leaves half a file.
  await writeFile(`${file}.tmp`, JSON.stringify(state, null, 2));
  await rename(`${file}.tmp`, file);
}

/** A stand-in for 1C that prints what it would store (replace with your accounting system's API). */
export function printingAccounting(): Accounting {
  let next = 1;
  return {
    async upsertAccount(account) {
      console.log('account', account.Id, account.AccountNumber);
    },
    async upsertMeter(meter, platformId) {
      const id = isTemporaryId(platformId) ? `MTR-${String(next++).padStart(4, '0')}` : platformId;
      console.log('meter', id, meter.CounterTypeIdentifier);
      return { id };
    },
    async remove(item) {
      console.log('deleted', item.Type, item.Id);
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const client = new UzhkhClient({ baseUrl: process.env.UZHKH_URL!, token: process.env.UZHKH_TOKEN! });
  const stop = new AbortController();
  process.once('SIGINT', () => stop.abort());
  await runOnSchedule(
    () => syncOnce(client, printingAccounting(), 'uzhkh-state.json', stop.signal),
    10 * 60_000,
    stop.signal,
  );
}
