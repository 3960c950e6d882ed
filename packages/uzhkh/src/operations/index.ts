import { downloadOperations } from './download.js';
import { feedOperations } from './feed.js';
import { idsOperations } from './ids.js';
import { registrationOperations } from './registrations.js';

export { downloadOperations, feedOperations, idsOperations, registrationOperations };
export { PageInput, type PageParams } from './download.js';
export { AcknowledgeInput } from './feed.js';
export { SetIdInput, type SetIdOutcome, SetIdResult } from './ids.js';
export { HandleRequestToObjectAddingInput, HandleRequestToRegisterInput } from './registrations.js';
export type { UzhkhMeta } from './meta.js';

/** Every operation of the API by group, the single source for methods, emulator routing and docs. */
export const operationGroups = {
  feed: feedOperations,
  download: downloadOperations,
  registrations: registrationOperations,
  ids: idsOperations,
} as const;
