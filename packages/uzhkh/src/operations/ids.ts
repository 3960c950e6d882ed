import { type ApiError, type AuthError, defineOperation } from '@x/core';
import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { SET_ID_TYPES, type SetIdType } from '../schemas/enums.js';
import type { UzhkhMeta } from './meta.js';

/**
 * What `SetId` answered, when it is an answer rather than a failure:
 * - `success` (200): the external id is set;
 * - `notFound` (404): no record has that platform id (deleted meanwhile, or its id was already
 *   replaced — a repeat of a call that succeeded answers this too);
 * - `unknownType` (404): the platform does not know the type.
 * `noData` (404) is an {@link ApiError}, `notAuthorized` (403) an {@link AuthError}, `error` (500)
 * a retryable {@link ApiError}.
 */
export type SetIdOutcome = 'success' | 'notFound' | 'unknownType';

/** Result of {@link idsOperations.setId}: the platform's answer and the HTTP status it came with. */
export interface SetIdResult {
  /** The platform's answer (`success`, `notFound` or `unknownType`); anything else is thrown. */
  outcome: SetIdOutcome;
  /** HTTP status the platform sent with it. */
  status: number;
}

const setIdInputSchema = z.object({
  /** The record's id on the platform (often a temporary `--` id). */
  uzhkId: z.string().check(z.minLength(1)),
  /** The accounting system's id for it. */
  externalId: z.string().check(z.minLength(1)),
  /** Record type: counter, resident, payment, account, request, object, article, news, notice. */
  type: z.pipe(
    z.string().check(z.minLength(1)),
    z.transform((v) => v as SetIdType),
  ),
});

/** What callers pass to `ids.setId` (`SetId`). */
export interface SetIdInput {
  /** The record's id on the platform (query `uzhkId`), often a temporary `--` id. */
  uzhkId: string;
  /** The accounting system's id for it (query `externalId`). */
  externalId: string;
  /**
   * Record type (query `type`): counter, resident, payment, account, request, object, article,
   * news, notice; other strings are sent as given (the platform then answers `unknownType`).
   */
  type: string;
}
/** Schema of {@link SetIdInput}. */
export const SetIdInput = named<z.output<typeof setIdInputSchema>, SetIdInput>()(setIdInputSchema);

/** Schema of {@link SetIdResult}. */
export const SetIdResult = named<SetIdResult>()(
  z.object({
    outcome: z.enum(['success', 'notFound', 'unknownType']),
    status: z.number(),
  }),
);

/** Assigning external ids. */
export const idsOperations = {
  /**
   * `GET SetId?uzhkId&externalId&type`. Not retried automatically: after a lost answer a repeat
   * answers `notFound` (the platform id was already replaced), which would hide the success.
   */
  setId: defineOperation({
    wire: 'SetId',
    idempotent: false,
    verify:
      'read the record back (download pages or the feed) and look for the external id: a repeat after a success answers notFound, because the platform id was already replaced',
    input: SetIdInput,
    output: SetIdResult,
    doc: `Assigns an external id to a platform record (types: ${SET_ID_TYPES.join(', ')}). Answers success, notFound or unknownType; noData, notAuthorized and error are raised as errors.`,
    meta: { method: 'GET', path: 'SetId', answer: 'setId' } satisfies UzhkhMeta,
  }),
};
