import { defineOperation } from '@x/core';
import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import type { UzhkhMeta } from './meta.js';
import { REGISTRATION_PERSONAL } from './personal.js';

/** Schema of an answer that carries nothing the SDK reads: the call resolves to `undefined`. */
const done = named<void>()(
  z.pipe(
    z.unknown(),
    z.transform((): void => undefined),
  ),
);

const handleRequestToRegisterInputSchema = z.object({
  /** The request's id on the platform. */
  id: z.string().check(z.minLength(1)),
  /** Approve the request. */
  isApprove: z.boolean(),
  /** Reject the request. */
  isReject: z.boolean(),
  /** Reason of a rejection. */
  cause: z.optional(z.string()),
  /** Notify the resident of the decision (not retried by the SDK for this reason). */
  isSendNotification: z.boolean(),
});

/** What callers pass to `registrations.handleRequestToRegister` (`Synchronization/HandleRequestToRegister`). */
export interface HandleRequestToRegisterInput {
  /** The request's id on the platform (query `id`). */
  id: string;
  /** Approve the request (query `isApprove`). */
  isApprove: boolean;
  /** Reject the request (query `isReject`). */
  isReject: boolean;
  /** Reason of a rejection (query `cause`). */
  cause?: string | undefined;
  /** Notify the resident of the decision (query `isSendNotification`); the SDK never retries the call for this reason. */
  isSendNotification: boolean;
}
/** Schema of {@link HandleRequestToRegisterInput}. */
export const HandleRequestToRegisterInput = named<
  z.output<typeof handleRequestToRegisterInputSchema>,
  HandleRequestToRegisterInput
>()(handleRequestToRegisterInputSchema);

const objectAddingInputSchema = z.object({
  /** The request's id on the platform. */
  id: z.string().check(z.minLength(1)),
  /** Approve the request. */
  isApprove: z.boolean(),
  /** Reject the request. */
  isReject: z.boolean(),
  /** The personal account number for the object. */
  accountNumber: z.optional(z.string()),
  /** Notify the resident of the decision. */
  isSendNotification: z.boolean(),
});

/** What callers pass to `registrations.handleRequestToObjectAdding` (`Synchronization/HandleRequestToObjectAdding`). */
export interface HandleRequestToObjectAddingInput {
  /** The request's id on the platform (query `id`, «id заявки в УЖКХ»). */
  id: string;
  /** The request is approved (query `isApprove`). */
  isApprove: boolean;
  /** The request is rejected (query `isReject`). */
  isReject: boolean;
  /** The personal account number (номер лицевого счёта) for the object (query `accountNumber`). */
  accountNumber?: string | undefined;
  /** Send the resident notifications (query `isSendNotification`); the SDK never retries the call for this reason. */
  isSendNotification: boolean;
}
/** Schema of {@link HandleRequestToObjectAddingInput}. */
export const HandleRequestToObjectAddingInput = named<
  z.output<typeof objectAddingInputSchema>,
  HandleRequestToObjectAddingInput
>()(objectAddingInputSchema);

/**
 * Handling residents' registration requests. Not idempotent: each call may send the resident a
 * notification (isSendNotification), so a lost answer is never retried automatically.
 */
export const registrationOperations = {
  /** `GET Synchronization/HandleRequestToRegister?id&isApprove&isReject&cause&isSendNotification`. */
  handleRequestToRegister: defineOperation({
    wire: 'Synchronization/HandleRequestToRegister',
    idempotent: false,
    verify:
      "check the request's state in the platform (its change record in feed.requests, or the platform's own interface): a repeat may notify the resident a second time",
    personal: REGISTRATION_PERSONAL,
    input: HandleRequestToRegisterInput,
    output: done,
    doc: 'Marks a request to add a personal account (RequestToRegister) as handled, approved or rejected with a cause, and optionally notifies the resident.',
    meta: {
      method: 'GET',
      path: 'Synchronization/HandleRequestToRegister',
      answer: 'none',
    } satisfies UzhkhMeta,
  }),
  /** `GET Synchronization/HandleRequestToObjectAdding?id&isApprove&isReject&accountNumber&isSendNotification`. */
  handleRequestToObjectAdding: defineOperation({
    wire: 'Synchronization/HandleRequestToObjectAdding',
    idempotent: false,
    verify:
      "check the request's state in the platform (its change record in feed.requests, or the platform's own interface): a repeat may notify the resident a second time",
    input: HandleRequestToObjectAddingInput,
    output: done,
    doc: 'Marks a request to add a real-estate object (RequestToObjectAdding) as handled, approved with the account number or rejected, and optionally notifies the resident.',
    meta: {
      method: 'GET',
      path: 'Synchronization/HandleRequestToObjectAdding',
      answer: 'none',
    } satisfies UzhkhMeta,
  }),
};
