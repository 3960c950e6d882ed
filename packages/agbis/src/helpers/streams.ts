import {
  type CallOptions,
  type DateInput,
  type DateWindow,
  DAY_MS,
  Paginator,
  type ProgressCallback,
  splitDateRange,
  streamWindows,
  toIsoLocal,
} from '@x/core';
import type * as z from 'zod/mini';
import type { AgbisClient } from '../client.js';
import type { Bonus, BonusPayment } from '../schemas/clients.js';
import type { OrderRecord } from '../schemas/orders.js';
import type { OrderPay } from '../schemas/payments.js';
import type { DocInWay } from '../schemas/services.js';
import type { ChangedClient } from '../schemas/statistics.js';

/** A range of days, both ends included (the *BetweenForAll commands' own meaning). */
export interface DayRange {
  /** First day: ISO date, `Date` (read in the client's `timeZone`) or `dd.mm.yyyy`. */
  from: DateInput;
  /** Last day, included. */
  to: DateInput;
  /** Days per request. Default 7. */
  windowDays?: number;
  /** Per-request options (signal, timeouts). */
  call?: CallOptions;
  /** Called after each window with `window` of `of`, windows fetched and records yielded so far. */
  onProgress?: ProgressCallback | undefined;
}

/** A range of change times `[from, to)` for the *ByDateTimeForAll commands. */
export interface TimeRange {
  /** Start: ISO date-time, `Date` (read in the client's `timeZone`) or `dd.mm.yyyy HH:MM`. */
  from: DateInput;
  /** End. */
  to: DateInput;
  /** Hours per request. Default 24. */
  windowHours?: number;
  /** Per-request options (signal, timeouts). */
  call?: CallOptions;
  /** Called after each window with `window` of `of`, windows fetched and records yielded so far. */
  onProgress?: ProgressCallback | undefined;
}

/** An item of the bonus stream: an accrual or a payment made with bonuses. */
export type BonusEvent =
  | {
      /** An accrual (`bonuses` item). */
      kind: 'bonus';
      /** The accrual, as BonusesBetweenForAll answers it. */
      bonus: z.output<typeof Bonus>;
    }
  | {
      /** A payment with bonuses (`bonus_payments` item). */
      kind: 'payment';
      /** The payment, as BonusesBetweenForAll answers it. */
      payment: z.output<typeof BonusPayment>;
    };

// A `Date` bound is an instant: read it in the client's zone, as the commands' own inputs are.
const isoDay = (d: DateInput, timeZone: string) => toIsoLocal(d, timeZone).slice(0, 10);
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
const prevDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
const isoMinute = (d: DateInput, timeZone: string) => {
  const iso = toIsoLocal(d, timeZone);
  return iso.includes('T') ? iso.slice(0, 16) : `${iso}T00:00`;
};

function dayWindows(range: DayRange, timeZone: string): Iterable<DateWindow> {
  const days = range.windowDays ?? 7;
  if (!(days >= 1)) throw new RangeError('windowDays must be at least 1');
  // Inclusive days become half-open windows, then each window's last day is its StopDate.
  const windows = splitDateRange(
    isoDay(range.from, timeZone),
    nextDay(isoDay(range.to, timeZone)),
    days * DAY_MS,
  );
  return (function* () {
    for (const w of windows) yield { from: w.from, to: prevDay(w.to) };
  })();
}

function timeWindows(range: TimeRange, timeZone: string): Iterable<DateWindow> {
  const hours = range.windowHours ?? 24;
  if (!(hours > 0)) throw new RangeError('windowHours must be positive');
  return splitDateRange(isoMinute(range.from, timeZone), isoMinute(range.to, timeZone), hours * 3_600_000);
}

/** The `StartDate`/`StopDate` of one window, as the range commands take them. */
interface WindowDates {
  StartDate: string;
  StopDate: string;
}

/** `agbis.streams.<name>`: one command over `range`, window by window, each item once. */
function stream<T>(
  name: string,
  range: DayRange | TimeRange,
  windows: Iterable<DateWindow>,
  fetch: (dates: WindowDates) => Promise<T[]>,
  key: (item: T) => string,
): Paginator<T> {
  return new Paginator<T>(async function* () {
    const items = streamWindows(
      windows,
      (w) => fetch({ StartDate: w.from, StopDate: w.to }),
      key,
      range.call?.signal,
      `agbis.streams.${name}`,
      range.onProgress,
    );
    for await (const item of items) {
      yield [item];
    }
  });
}

/**
 * Streams the range commands window by window, in order, so a long period never becomes one
 * request that times out (the document's warning; live servers answer HTTP 504). A record that several
 * consecutive windows return (at window edges, or an order the server lists in every window) is yielded
 * once; the stream remembers only the keys of the last two windows (see core's `streamWindows`).
 * Sessions are renewed between (and during) windows as needed.
 */
export class Streams {
  constructor(private readonly client: AgbisClient) {}

  /** `OrdersBetweenForAll` over a long range; one order per `dor_id`. */
  ordersBetween(range: DayRange): Paginator<z.output<typeof OrderRecord>> {
    return stream(
      'ordersBetween',
      range,
      dayWindows(range, this.client.timeZone),
      async (dates) => (await this.client.orders.between(dates, range.call)).orders,
      (o) => o.dor_id ?? JSON.stringify(o),
    );
  }

  /** `OrderPaysBetweenForAll` over a long range. */
  orderPaysBetween(range: DayRange): Paginator<z.output<typeof OrderPay>> {
    return stream(
      'orderPaysBetween',
      range,
      dayWindows(range, this.client.timeZone),
      async (dates) => (await this.client.payments.between(dates, range.call)).order_pays ?? [],
      (p) => `${p.dor_id}|${p.pay_date}|${p.pay_kassa_id}|${p.doc_type}|${p.pay_debet}|${p.pay_kredit}`,
    );
  }

  /** `BonusesBetweenForAll` over a long range: accruals, then payments, of each window. */
  bonusesBetween(range: DayRange & { contr_id?: string | number }): Paginator<BonusEvent> {
    return stream<BonusEvent>(
      'bonusesBetween',
      range,
      dayWindows(range, this.client.timeZone),
      async (dates) => {
        const answer = await this.client.clients.bonusesBetween(
          { contr_id: range.contr_id, ...dates },
          range.call,
        );
        return [
          ...(answer.bonuses ?? []).map((bonus) => ({ kind: 'bonus' as const, bonus })),
          ...(answer.bonus_payments ?? []).map((payment) => ({ kind: 'payment' as const, payment })),
        ];
      },
      (e) => (e.kind === 'bonus' ? `b${e.bonus.bonus_id}` : `p${e.payment.id}`),
    );
  }

  /** `DocsInWayBetweenForAll` over a long range; one waybill per id. */
  docsInWayBetween(range: DayRange): Paginator<z.output<typeof DocInWay>> {
    return stream(
      'docsInWayBetween',
      range,
      dayWindows(range, this.client.timeZone),
      async (dates) => (await this.client.services.docsInWayBetween(dates, range.call)).docs_in_way ?? [],
      (d) => d.id ?? JSON.stringify(d),
    );
  }

  /** `OrderByDateTimeForAll` over a long range; a change (dor_id + update time) is yielded once. */
  ordersChanged(range: TimeRange): Paginator<z.output<typeof OrderRecord>> {
    return stream(
      'ordersChanged',
      range,
      timeWindows(range, this.client.timeZone),
      async (dates) => (await this.client.statistics.ordersChanged(dates, range.call)).orders,
      (o) => `${o.dor_id}|${o.update}`,
    );
  }

  /** `ClientsByDateTimeForAll` over a long range; a change (contr_id + update time) is yielded once. */
  clientsChanged(range: TimeRange): Paginator<z.output<typeof ChangedClient>> {
    return stream(
      'clientsChanged',
      range,
      timeWindows(range, this.client.timeZone),
      async (dates) => (await this.client.statistics.clientsChanged(dates, range.call)).clients ?? [],
      (c) => `${c.contr_id}|${c.update}`,
    );
  }
}
