import {
  type BaseClientOptions,
  type CallOptions,
  ConfigError,
  type Operation,
  type OperationMethods,
  type Paginator,
  RequestValidationError,
  type Schema,
  type TokenSource,
  Transport,
  bearerAuth,
  defineOperation,
} from '@x/core';
import {
  type Invoker,
  attachOutcome,
  bindOperations,
  checkClientOptions,
  optionRule,
  personalDataPolicy,
  runOperation,
} from '@x/core/internal';
import * as z from 'zod/mini';
import { type DownloadOptions, downloadAll } from './download.js';
import {
  type ChangeHandler,
  type ConsumeOptions,
  type ConsumeResult,
  type DeletedItemHandler,
  consumeChanges,
  consumeDeletedItems,
} from './feed.js';
import {
  downloadOperations,
  feedOperations,
  idsOperations,
  operationGroups,
  registrationOperations,
} from './operations/index.js';
import type { UzhkhMeta } from './operations/meta.js';
import type { SetIdResult } from './operations/ids.js';
import type { Account } from './schemas/account.js';
import type { Counter } from './schemas/counter.js';
import type { Doc } from './schemas/doc.js';
import type { SetIdType } from './schemas/enums.js';
import type { Payment } from './schemas/payment.js';
import type { RealEstateObject } from './schemas/real-estate-object.js';
import type { Request } from './schemas/request.js';
import { type WireContext, invoke as sendOperation } from './wire.js';

/** Options of {@link UzhkhClient}. */
export interface UzhkhClientOptions extends BaseClientOptions {
  /**
   * The customer's internal link («ВнутренняяСсылка») issued by «Умное ЖКХ» support, e.g.
   * `https://example.uzhkh.ru/some/prefix/`. Endpoint paths (`To1c/Requests`, `SetId`, ...) are
   * resolved under it.
   */
  baseUrl: string;
  /** The access token issued by support, sent as `Authorization: Bearer <token>`; or a provider. */
  token: TokenSource;
}

/** Change feed methods and consumers. */
export type FeedApi = OperationMethods<typeof feedOperations> & {
  /**
   * Drains the change queue (`To1c/Requests` + `To1c/Delete`) at-least-once: each record is
   * acknowledged only after `handler` resolved; return the external id for a record with a
   * temporary `--` id and it is sent as `objectId`. Loops until the queue is empty, the signal
   * aborts, a handler throws (unless `onError: 'continue'`), a read brings nothing acknowledgeable
   * or `maxBatches` is reached; `stoppedBy` in the result says which.
   */
  consume(handler: ChangeHandler, options?: ConsumeOptions): Promise<ConsumeResult>;
  /** Drains `To1c/DeletedItems` the same way, acknowledging each item with `To1c/Delete`. */
  consumeDeleted(handler: DeletedItemHandler, options?: ConsumeOptions): Promise<ConsumeResult>;
};

/** Full downloads: one page per call, or every item through a {@link Paginator}. */
export type DownloadApi = OperationMethods<typeof downloadOperations> & {
  /** Every personal account (`Synchronization/DownloadAccounts`), page after page until NoResults. */
  accounts(options?: DownloadOptions): Paginator<Account>;
  /** Every real-estate object (`Synchronization/DownloadFlats`). */
  flats(options?: DownloadOptions): Paginator<RealEstateObject>;
  /** Every payment (`Synchronization/DownloadPayments`). */
  payments(options?: DownloadOptions): Paginator<Payment>;
  /** Every personal meter (`Synchronization/DownloadCounters`). */
  counters(options?: DownloadOptions): Paginator<Counter>;
  /** Every request (`Synchronization/DownloadRequests`). */
  requests(options?: DownloadOptions): Paginator<Request>;
  /** Every document (`Synchronization/DownloadDocs`). */
  docs(options?: DownloadOptions): Paginator<Doc>;
};

/**
 * Client of the «Умное ЖКХ» export-to-accounting API (выгрузка во внешние учётные системы):
 * the change feed, the full downloads, registration-request handling and external-id assignment.
 */
export class UzhkhClient {
  /** The change feed: one method per entry of {@link feedOperations}, and the consumers built on them. */
  readonly feed: FeedApi;
  /** Full downloads: one page method per entry of {@link downloadOperations}, and their paginators. */
  readonly download: DownloadApi;
  /** Registration-request handling: one method per entry of {@link registrationOperations}. */
  readonly registrations: OperationMethods<typeof registrationOperations>;
  /** External ids: one method per entry of {@link idsOperations}. */
  readonly ids: OperationMethods<typeof idsOperations>;
  // Private in every client: a user sends through the methods or call(), which validate, name the
  // operation and record a write's outcome; the raw transport would skip all three.
  private readonly transport: Transport;
  /** How a table entry becomes a request: the same shape in every client (see bindOperations). */
  private readonly invoke: Invoker;

  constructor(options: UzhkhClientOptions) {
    const r = optionRule;
    checkClientOptions(options, 'UzhkhClient', { baseUrl: r.text, token: r.either(r.text, r.fn) });
    if (!options || typeof options !== 'object')
      throw new ConfigError('UzhkhClient needs an options object.');
    if (!options.token) {
      throw new ConfigError(
        'UzhkhClient needs the access token issued by «Умное ЖКХ» support (option token).',
      );
    }
    const { baseUrl, token, validation, logPersonalData, ...transportOptions } = options;
    this.transport = new Transport({ ...transportOptions, baseUrl, auth: bearerAuth(token) });
    const personal = personalDataPolicy(
      [feedOperations, downloadOperations, registrationOperations, idsOperations],
      logPersonalData,
    );
    const ctx: WireContext = { transport: this.transport, validation, logger: options.logger, personal };
    this.invoke = (op, name, input, call) => sendOperation(ctx, op, name, input, call);
    const feed = bindOperations('uzhkh.feed', feedOperations, this.invoke);
    this.feed = {
      ...feed,
      consume: (handler, opts) => consumeChanges(feed, handler, opts, options.logger),
      consumeDeleted: (handler, opts) => consumeDeletedItems(feed, handler, opts),
    };
    const pages = bindOperations('uzhkh.download', downloadOperations, this.invoke);
    this.download = {
      ...pages,
      accounts: (o) => downloadAll(pages.accountsPage, 'uzhkh.download.accounts', o),
      flats: (o) => downloadAll(pages.flatsPage, 'uzhkh.download.flats', o),
      payments: (o) => downloadAll(pages.paymentsPage, 'uzhkh.download.payments', o),
      counters: (o) => downloadAll(pages.countersPage, 'uzhkh.download.counters', o),
      requests: (o) => downloadAll(pages.requestsPage, 'uzhkh.download.requests', o),
      docs: (o) => downloadAll(pages.docsPage, 'uzhkh.download.docs', o),
    };
    this.registrations = bindOperations('uzhkh.registrations', registrationOperations, this.invoke);
    this.ids = bindOperations('uzhkh.ids', idsOperations, this.invoke);
  }

  /**
   * Escape hatch: calls any endpoint by its wire path (`To1c/Requests`, `Synchronization/DownloadFlats`,
   * or one the table lacks) with query parameters, as a GET. A known operation is validated and
   * decoded by its schemas; an unknown one returns the parsed JSON and is treated as not idempotent.
   */
  call(
    wire: string,
    params: Record<string, string | number | boolean | undefined> = {},
    options?: CallOptions,
  ): Promise<unknown> {
    if (typeof wire !== 'string' || !/^\/*[\w-]+(\/[\w-]+)*$/.test(wire)) {
      const issue = {
        path: 'wire',
        message: 'must be a path below the internal link, such as To1c/Requests',
      };
      return Promise.reject(new RequestValidationError([issue], { operation: 'uzhkh.call' }));
    }
    const known = WIRE_INDEX.get(wire.replace(/^\/+/, '').toLowerCase());
    if (known) {
      const name = `uzhkh.call.${known.wire}`;
      return runOperation(this.invoke, known, name, params, options);
    }
    const adHoc = defineOperation({
      wire,
      idempotent: false,
      input: z.unknown(),
      output: z.unknown(),
      doc: 'An endpoint the operation table does not know.',
      meta: { method: 'GET', path: wire.replace(/^\/+/, ''), answer: 'json' } satisfies UzhkhMeta,
    });
    return this.invoke(adHoc, `uzhkh.call.${wire}`, params, options).catch((error: unknown) => {
      throw attachOutcome(error, adHoc, options?.signal?.aborted === true);
    });
  }

  /**
   * Assigns an external id to a platform record (`GET SetId?uzhkId&externalId&type`) and returns
   * the platform's answer: `success`, `notFound` or `unknownType`. `notAuthorized` throws an
   * AuthError, `noData` and `error` throw an ApiError.
   */
  setId(uzhkId: string, externalId: string, type: SetIdType, options?: CallOptions): Promise<SetIdResult> {
    return this.ids.setId({ uzhkId, externalId, type }, options);
  }
}

const WIRE_INDEX = new Map<string, Operation<Schema, Schema, unknown>>(
  Object.values(operationGroups).flatMap((group) =>
    Object.values(group).map((op): [string, Operation<Schema, Schema, unknown>] => [
      op.wire.toLowerCase(),
      op,
    ]),
  ),
);
