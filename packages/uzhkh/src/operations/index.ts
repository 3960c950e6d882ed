import { downloadOperations } from './download.js';
import { feedOperations } from './feed.js';
import { idsOperations } from './ids.js';
import { registrationOperations } from './registrations.js';

// Whole sections are re-exported: a named input or result declared next to its operation is
// public without a second list to keep in step.
export * from './download.js';
export * from './feed.js';
export * from './ids.js';
export * from './registrations.js';
export type { UzhkhMeta } from './meta.js';

/** Every operation of the API by group, the single source for methods, emulator routing and docs. */
export const operationGroups = {
  feed: feedOperations,
  download: downloadOperations,
  registrations: registrationOperations,
  ids: idsOperations,
} as const;
