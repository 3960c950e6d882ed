import type { HandlersOf } from '@x/core/testing';
import type { downloadOperations } from '../../operations/download.js';
import type { EntityKind } from '../entities.js';
import { type Handler, json } from './common.js';

/** One page of a download: missing, 0 or negative pages are the first page, as documented. */
const page =
  (kind: EntityKind): Handler =>
  ({ q, emulator }) => {
    const asked = Number.parseInt(q.page ?? '', 10);
    const n = emulator.ignorePaging || !(asked >= 1) ? 1 : asked;
    const items = emulator.state.list(kind).slice((n - 1) * emulator.pageSize, n * emulator.pageSize);
    return json({ Items: items, Page: n, NoResults: items.length === 0 });
  };

/** Paged downloads: one handler per entry of `downloadOperations`, under the same key. */
export const downloadHandlers = {
  accountsPage: page('account'),
  flatsPage: page('object'),
  paymentsPage: page('payment'),
  countersPage: page('counter'),
  requestsPage: page('request'),
  docsPage: page('doc'),
} satisfies HandlersOf<typeof downloadOperations, Handler>;
