/**
 * Typed client of the «Умное ЖКХ» export-to-accounting API: the change feed with a safe
 * at-least-once consumer, paged full downloads, registration-request handling and SetId.
 * @packageDocumentation
 */
export { type DownloadApi, type FeedApi, UzhkhClient, type UzhkhClientOptions } from './client.js';
export type { DownloadOptions } from './download.js';
export type {
  ChangeHandler,
  ChangeHandlerResult,
  ConsumeOptions,
  ConsumeResult,
  DeletedItemHandler,
  FeedLeaseOptions,
} from './feed.js';
export { TEMPORARY_ID_PREFIX, isTemporaryId } from './ids.js';
// The tables with the named inputs and results declared next to them (see operations/index.ts).
export * from './operations/index.js';
export * from './schemas/index.js';
