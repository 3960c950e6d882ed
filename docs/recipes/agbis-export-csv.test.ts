// Runs the AGBIS CSV export recipe against the emulator over loopback HTTP: orders of three
// months, last month's exported, amounts with kopecks and names needing quotes written exactly.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgbisClient } from '@x/agbis';
import { type AgbisEmulatorServer, startAgbisEmulator } from '@x/agbis/testing';
import { ManualClock } from '@x/core/testing';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { exportLastMonth, lastMonth } from './agbis-export-csv.ts';

let dir: string;
let running: AgbisEmulatorServer;
let clock: ManualClock;
let agbis: AgbisClient;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'recipe-agbis-'));
  clock = new ManualClock(Date.UTC(2026, 0, 20, 9, 0, 0));
  running = await startAgbisEmulator({
    clock,
    seed: { clients: [{ contr_id: '10013', name: 'ООО "Чистота; и порядок"' }] },
  });
  agbis = new AgbisClient({
    baseUrl: running.baseUrl,
    allowHttp: true,
    user: 'api',
    password: 'secret',
    now: () => clock.now(),
  });
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  await agbis.close();
  await running.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An order accepted at `at` (UTC ms) with one payment of `amount`. */
async function orderWithPayment(at: number, amount: number): Promise<string> {
  clock.set(at);
  const { dor_id } = await agbis.orders.save({
    Order: { contr_id: 10013, sclad_id: 1, sclad_out_id: 1 },
    Services: [{ tovar_id: 10018, count: 1 }],
  });
  await agbis.payments.pay({ dor_id, amount, type_doc: 1 });
  return dor_id;
}

it('computes last month in the business time zone, not the machine’s', () => {
  // 1 March 00:30 in Moscow is still 28 February in UTC.
  expect(lastMonth(new Date(Date.UTC(2026, 1, 28, 21, 30)), 'Europe/Moscow')).toEqual({
    from: '2026-02-01',
    to: '2026-02-28',
  });
  expect(lastMonth(new Date(Date.UTC(2026, 0, 15)), 'Europe/Moscow')).toEqual({
    from: '2025-12-01',
    to: '2025-12-31',
  });
});

it('exports only last month’s orders and payments, amounts exact, cells quoted where needed', async () => {
  await orderWithPayment(Date.UTC(2026, 0, 31, 12), 100); // January: not exported
  const feb = [
    await orderWithPayment(Date.UTC(2026, 1, 1, 7), 1234.56),
    await orderWithPayment(Date.UTC(2026, 1, 14, 10), 0.1),
    await orderWithPayment(Date.UTC(2026, 1, 28, 15), 99999.99),
  ];
  await orderWithPayment(Date.UTC(2026, 2, 2, 9), 7); // March: not exported

  const summary = await exportLastMonth(agbis, dir, new Date(Date.UTC(2026, 2, 5, 9)));
  expect(summary).toEqual({ from: '2026-02-01', to: '2026-02-28', orders: 3, payments: 3 });
  // Four weekly windows per stream over 28 days: the month never goes out as one request.
  expect(running.emulator.count('OrdersBetweenForAll')).toBe(4);

  const orders = readFileSync(join(dir, 'orders-2026-02.csv'), 'utf8').split('\r\n');
  expect(orders[0]).toBe('\uFEFFdor_id;doc_num;doc_date;doc_time;contr_id;status;total;paid;due');
  expect(orders.slice(1, -1).map((l) => l.split(';')[0])).toEqual(feb);
  expect(orders[1]).toMatch(/;2026-02-01;\d\d:\d\d:\d\d;10013;/);

  const payments = readFileSync(join(dir, 'payments-2026-02.csv'), 'utf8').split('\r\n');
  expect(payments).toHaveLength(5); // header, three rows, the empty string after the last \r\n
  expect(payments.slice(1, -1).map((l) => l.split(';').at(-2))).toEqual(['1234,56', '0,1', '99999,99']);
  expect(payments[1]).toContain(';"ООО ""Чистота; и порядок""";');
});
