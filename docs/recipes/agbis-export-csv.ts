// Recipe: AGBIS — last month's orders and payments exported to two CSV files, with a progress
// display. The streams split the month into short windows (a long range times out on the vendor's
// side) and deduplicate records repeated at window edges; the files are written as the records
// arrive, so memory stays flat however long the month was.
//
// Run against a server: AGBIS_HOST=himinfo.org AGBIS_PATH=my-cleaner AGBIS_USER=api AGBIS_PASSWORD=… node agbis-export-csv.js
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { AgbisClient } from '@x/agbis';

/** One CSV column: a header and how to read the cell from a record. */
type Column<T> = [header: string, cell: (row: T) => string | number | boolean | null | undefined];

/** What an export wrote. */
export interface ExportSummary {
  /** The month exported, both ends included, as ISO dates. */
  from: string;
  to: string;
  orders: number;
  payments: number;
}

/**
 * The previous calendar month as seen in `timeZone` (the dry-cleaner's, not the machine's), as ISO
 * dates. Strings are sent as given, so no time zone shifts them again.
 */
export function lastMonth(now: Date, timeZone: string): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).format(now);
  const [year, month] = today.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, month - 2, 1));
  const last = new Date(Date.UTC(year, month - 1, 0)); // day 0 of this month = last day of the previous one
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/**
 * A CSV cell for Excel in a Russian locale: `;` between cells, a decimal comma, dates as
 * `yyyy-mm-dd hh:mm:ss`. Amounts arrive as exact numbers (`"1399165,42"` → 1399165.42) and are
 * written as they are, never rounded.
 */
function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? '1' : '0';
  const text = /^\d{4}-\d\d-\d\dT/.test(value) ? value.replace('T', ' ') : value;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes the rows of an async iterable to a CSV file, waiting for the disk when it falls behind. */
async function writeCsv<T>(
  file: string,
  rows: AsyncIterable<T>,
  columns: Column<T>[],
  onRow: (row: T, count: number) => void,
): Promise<number> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  // A byte-order mark, so Excel reads the file as UTF-8 (Cyrillic names).
  out.write(`\uFEFF${columns.map(([h]) => h).join(';')}\r\n`);
  let count = 0;
  try {
    for await (const row of rows) {
      const line = `${columns.map(([, read]) => cell(read(row))).join(';')}\r\n`;
      if (!out.write(line)) await once(out, 'drain');
      onRow(row, ++count);
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
  return count;
}

/** A one-line progress display: rewritten in place on a terminal, one line per 500 rows otherwise. */
function progress(label: string): (date: string | null | undefined, count: number) => void {
  return (date, count) => {
    const line = `${label}: ${count} (up to ${date?.slice(0, 10) ?? '…'})`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
    else if (count % 500 === 0) console.log(line);
  };
}

/** Exports last month's orders and payments into `<dir>/orders-<month>.csv` and `<dir>/payments-<month>.csv`. */
export async function exportLastMonth(
  agbis: AgbisClient,
  dir: string,
  now = new Date(),
  signal?: AbortSignal,
): Promise<ExportSummary> {
  const { from, to } = lastMonth(now, agbis.timeZone);
  const month = from.slice(0, 7);
  const call = { signal };
  const showOrders = progress('orders');
  const showPayments = progress('payments');

  const orders = await writeCsv(
    `${dir}/orders-${month}.csv`,
    agbis.streams.ordersBetween({ from, to, windowDays: 7, call }),
    [
      ['dor_id', (o) => o.dor_id],
      ['doc_num', (o) => o.doc_num],
      ['doc_date', (o) => o.doc_date],
      ['doc_time', (o) => o.doc_time],
      ['contr_id', (o) => o.contr_id],
      ['status', (o) => o.status_name ?? o.status_id],
      ['total', (o) => o.kredit],
      ['paid', (o) => o.debet],
      ['due', (o) => o.dolg],
    ],
    (o, n) => showOrders(o.doc_date, n),
  );
  const payments = await writeCsv(
    `${dir}/payments-${month}.csv`,
    agbis.streams.orderPaysBetween({ from, to, windowDays: 7, call }),
    [
      ['dor_id', (p) => p.dor_id],
      ['doc_num', (p) => p.doc_num],
      ['pay_date', (p) => p.pay_date],
      ['client', (p) => p.contr_name],
      ['doc_type', (p) => p.doc_type],
      ['paid', (p) => p.pay_debet],
      ['refunded', (p) => p.pay_kredit],
    ],
    (p, n) => showPayments(p.pay_date, n),
  );
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log(`exported ${orders} orders and ${payments} payments of ${from} … ${to}`);
  return { from, to, orders, payments };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const agbis = new AgbisClient({
    host: process.env.AGBIS_HOST!,
    path: process.env.AGBIS_PATH!,
    user: process.env.AGBIS_USER!,
    password: process.env.AGBIS_PASSWORD!,
  });
  try {
    await exportLastMonth(agbis, '.');
  } finally {
    await agbis.close(); // Logout
  }
}
