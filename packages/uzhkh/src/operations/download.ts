import { type NamedSchema, defineOperation } from '@x/core';
import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { Account } from '../schemas/account.js';
import { Counter } from '../schemas/counter.js';
import { Doc } from '../schemas/doc.js';
import { type DownloadPage, downloadPage } from '../schemas/page.js';
import { Payment } from '../schemas/payment.js';
import { RealEstateObject } from '../schemas/real-estate-object.js';
import { Request } from '../schemas/request.js';
import type { UzhkhMeta } from './meta.js';
import { ACCOUNT_PERSONAL, REQUEST_PERSONAL } from './personal.js';

/**
 * Input of every download page. Pages count from 1; the server also treats a missing page or a
 * page ≤ 0 as the first, but the SDK always sends the number explicitly.
 */
const pageInputSchema = z.optional(
  z.object({
    /** Page number, from 1. Default 1. */
    page: z.optional(
      z.int({ error: 'a whole number, 1 or more' }).check(z.gte(1, 'pages count from 1: 1 or more')),
    ),
  }),
);

/** Which page of a full download to fetch. */
export interface PageParams {
  /** Page number (query `page`), a whole number from 1. Default 1. */
  page?: number | undefined;
}
/** What callers pass to a download page method: the page, or nothing for the first. */
export type PageInput = PageParams | undefined;
/** Schema of {@link PageInput}. */
export const PageInput = named<z.output<typeof pageInputSchema>, PageInput>()(pageInputSchema);

const page = <T>(path: string, item: NamedSchema<T>, what: string, personal?: readonly string[]) =>
  defineOperation({
    wire: `Synchronization/${path}`,
    idempotent: true,
    personal,
    input: PageInput,
    output: named<DownloadPage<T>>()(downloadPage(item)),
    doc: `One page (about 200 items) of ${what}: { Items, Page, NoResults }. NoResults is true on the first page past the end.`,
    meta: { method: 'GET', path: `Synchronization/${path}`, answer: 'json' } satisfies UzhkhMeta,
  });

/** The six full downloads, one page per call. */
export const downloadOperations = {
  /** `GET Synchronization/DownloadAccounts?page=N`: all personal accounts. */
  accountsPage: page('DownloadAccounts', Account, 'all personal accounts (лицевые счета)', ACCOUNT_PERSONAL),
  /** `GET Synchronization/DownloadFlats?page=N`: all real-estate objects. */
  flatsPage: page('DownloadFlats', RealEstateObject, 'all real-estate objects (объекты недвижимости)'),
  /** `GET Synchronization/DownloadPayments?page=N`: all payments. */
  paymentsPage: page('DownloadPayments', Payment, 'all payments (оплаты)'),
  /** `GET Synchronization/DownloadCounters?page=N`: all personal meters. */
  countersPage: page('DownloadCounters', Counter, 'all personal meters (приборы учёта)'),
  /** `GET Synchronization/DownloadRequests?page=N`: all requests. */
  requestsPage: page('DownloadRequests', Request, 'all requests (заявки)', REQUEST_PERSONAL),
  /** `GET Synchronization/DownloadDocs?page=N`: all documents. */
  docsPage: page('DownloadDocs', Doc, 'all documents (статьи, новости, уведомления)'),
};
