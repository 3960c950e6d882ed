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
export {
  AcknowledgeInput,
  HandleRequestToObjectAddingInput,
  HandleRequestToRegisterInput,
  PageInput,
  type PageParams,
  SetIdInput,
  type SetIdOutcome,
  SetIdResult,
  type UzhkhMeta,
  downloadOperations,
  feedOperations,
  idsOperations,
  operationGroups,
  registrationOperations,
} from './operations/index.js';
export * from './schemas/index.js';
