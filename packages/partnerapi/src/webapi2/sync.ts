import {
  type DateWindow,
  DAY_MS,
  type ProgressCallback,
  splitDateRange,
  streamWindows,
  toIsoLocal,
} from '@x/core';
import type { Cell, Row } from '../soap/cells.js';
import type { WebApi2OperationName } from './operations.generated.js';

/** Key columns of the reads that take `ChangedFrom` (incremental sync). */
export const SYNC_KEYS = {
  ClientRead: ['ClientID'],
  DepartmentRead: ['DepartmentID'],
  SpecialistRead: ['SpecialistID'],
  ClientUserRead: ['ClientUserID'],
  UserServiceLineRead: ['ServiceUserID', 'ServiceID'],
} as const satisfies Partial<Record<WebApi2OperationName, readonly string[]>>;

/** An operation the sync helper can follow. */
export type SyncOperation = keyof typeof SYNC_KEYS;

/**
 * What a sync run leaves behind for the next one; persist it as JSON between cron runs.
 * `watermark` is the service-time moment the last run started (second precision); `seen` holds
 * fingerprints (key + content) of what that run delivered, so that the one-second overlap of the
 * next run does not deliver the same version of an object twice.
 */
export interface SyncCursor {
  /** `YYYY-MM-DDTHH:MM:SS` in the service's time zone; `null` before the first run (full read). */
  watermark: string | null;
  /** Fingerprints of the objects the previous run delivered. */
  seen: string[];
}

/** One batch of changed objects and the cursor to persist once they are handled. */
export interface SyncBatch<R = Row> {
  /** The operation read. */
  operation: SyncOperation;
  /** Objects changed since the previous run (new versions only). */
  items: R[];
  /** Persist this after handling `items`; pass it to the next run. */
  cursor: SyncCursor;
}

function fnv(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function cellText(v: Cell | undefined): string {
  if (v instanceof Uint8Array) return `b${Array.from(v).join(',')}`;
  return v === null || v === undefined ? 'n' : `${typeof v}${String(v)}`;
}

/** Fingerprint of one object: its key plus a 64-bit hash of its content (column order independent). */
export function fingerprint(row: Row, keys: readonly string[]): string {
  const key = keys.map((k) => cellText(row[k])).join('|');
  const content = Object.keys(row)
    .sort()
    .map((k) => `${k}=${cellText(row[k])}`)
    .join('\u0000');
  return `${key}#${fnv(content, 0x811c9dc5).toString(36)}${fnv(content, 0x9747b28c).toString(36)}`;
}

/** Subtracts whole seconds from a wall-clock `YYYY-MM-DDTHH:MM:SS`. */
export function minusSeconds(wallClock: string, seconds: number): string {
  const ms = Date.parse(`${wallClock}Z`) - seconds * 1000;
  return new Date(ms).toISOString().slice(0, 19);
}

/** Options of a sync run. */
export interface SyncOptions {
  /** Seconds re-read before the watermark, so a change in the watermark's own second is not lost. Default 1. */
  overlapSeconds?: number | undefined;
  /** Further parameters of the read (e.g. `ClientID` for ClientUserRead). */
  params?: Readonly<Record<string, string>> | undefined;
  /** Cancels the run. */
  signal?: AbortSignal | undefined;
}

/**
 * One incremental sync run: reads objects changed since the cursor's watermark minus the overlap,
 * drops versions the previous run already delivered, and yields them with the next cursor.
 * At-least-once: persist the cursor only after the batch is handled.
 */
export async function* syncRun(
  operation: SyncOperation,
  cursor: SyncCursor | null | undefined,
  read: (params: Record<string, string>, signal?: AbortSignal) => Promise<Row[]>,
  now: () => number,
  timeZone: string,
  options: SyncOptions = {},
): AsyncGenerator<SyncBatch> {
  // Taken before the request: whatever changes while it runs is read again next time.
  const startedAt = toIsoLocal(new Date(Math.floor(now() / 1000) * 1000), timeZone).slice(0, 19);
  const params: Record<string, string> = { ...options.params };
  if (cursor?.watermark) params.ChangedFrom = minusSeconds(cursor.watermark, options.overlapSeconds ?? 1);
  const rows = await read(params, options.signal);
  const keys = SYNC_KEYS[operation];
  const previous = new Set(cursor?.seen ?? []);
  const seen = new Set<string>();
  const items: Row[] = [];
  for (const row of rows) {
    const fp = fingerprint(row, keys);
    if (seen.has(fp)) continue;
    seen.add(fp);
    if (!previous.has(fp)) items.push(row);
  }
  yield { operation, items, cursor: { watermark: startedAt, seen: [...seen] } };
}

/** History operations, the parameters bounding their period and the longest daytime period (days). */
export const HISTORY_WINDOWS = {
  GetHistoryOfServiceCalls: { from: 'PeriodFrom', to: 'PeriodTo', maxDays: 7 },
  GetHistoryOfServiceTreatments: { from: 'OpenedFrom', to: 'OpenedTo', maxDays: 35 },
  GetHistoryOfServiceFileTransfer: { from: 'PeriodFrom', to: 'PeriodTo', maxDays: 90 },
} as const satisfies Partial<Record<WebApi2OperationName, { from: string; to: string; maxDays: number }>>;

/** A history operation with a published daytime period maximum. */
export type HistoryOperation = keyof typeof HISTORY_WINDOWS;

/**
 * Streams a history read over `[from, to)` in consecutive windows no longer than the operation's
 * daytime maximum (or `maxDays` when smaller), one call per window, dropping rows repeated at a
 * window edge.
 */
export function historyWindows(
  operation: HistoryOperation,
  from: string,
  to: string,
  read: (window: DateWindow, signal?: AbortSignal) => Promise<Row[]>,
  maxDays?: number,
  signal?: AbortSignal,
  onProgress?: ProgressCallback,
): AsyncGenerator<Row> {
  const days = Math.min(maxDays ?? Number.POSITIVE_INFINITY, HISTORY_WINDOWS[operation].maxDays);
  const windows = splitDateRange(from, to, days * DAY_MS);
  return streamWindows(windows, read, (row) => fingerprint(row, []), signal, operation, onProgress);
}
