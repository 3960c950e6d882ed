import { type OrderChangeRecord, OrderBuilder, addon, addonValue } from '@x/agbis';
import { type EmuOrder, blankOrder, blankService } from '@x/agbis/testing';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BASE, START, useHarness } from './harness.js';

const { fresh, server } = useHarness();
const DAY = 86_400_000;

/** An order accepted (and changed) at `at`. */
function order(id: number, at: number): EmuOrder {
  return blankOrder({
    dor_id: String(id),
    contr_id: '10013',
    accepted: at,
    services: [blankService({ dos_id: `${id}1`, tov_id: '10018', price: 1000 })],
    payments: [{ id: `${id}9`, at, type_doc: 1, amount: 100.5, is_fiscal: false }],
  });
}

describe('range streams', () => {
  it('ordersBetween splits 30 days into windows, in order, each order once', async () => {
    const { client, emulator } = fresh();
    const first = Date.UTC(2026, 1, 1, 10, 0, 0);
    await emulator.seed({ orders: Array.from({ length: 30 }, (_, i) => order(5000 + i, first + i * DAY)) });
    const seen = await client.streams
      .ordersBetween({ from: '2026-02-01', to: '2026-03-02', windowDays: 7 })
      .toArray();
    expect(seen.map((o) => o.dor_id)).toEqual(Array.from({ length: 30 }, (_, i) => String(5000 + i)));
    const windows = emulator.requests
      .filter((r) => r.operation === 'OrdersBetweenForAll')
      .map((r) => `${r.params.StartDate}-${r.params.StopDate}`);
    expect(windows).toEqual([
      '01.02.2026-07.02.2026',
      '08.02.2026-14.02.2026',
      '15.02.2026-21.02.2026',
      '22.02.2026-28.02.2026',
      '01.03.2026-02.03.2026',
    ]);
  });

  it('ordersBetween yields an order once when the server returns it for every window (issue 11)', async () => {
    const { client } = fresh();
    // A server whose OrdersBetweenForAll puts one long-lived order into every window's answer,
    // next to an order of that window only; every other command goes to the emulator.
    let windowNo = 0;
    server.use(
      http.all(`${BASE.replace(/\/$/, '')}/*`, ({ request }) => {
        // Sent as a POST to `?OrdersBetweenForAll` with the parameters in the body.
        if (!/^\?OrdersBetweenForAll(=|$)/.test(new URL(request.url).search)) return undefined;
        windowNo++;
        return HttpResponse.json({
          error: 0,
          orders: [
            { dor_id: '777', doc_num: '000777', contr_id: '10013' },
            { dor_id: String(900 + windowNo), doc_num: String(900 + windowNo), contr_id: '10013' },
          ],
        });
      }),
    );
    const seen = await client.streams
      .ordersBetween({ from: '2026-01-01', to: '2026-02-25', windowDays: 7 })
      .toArray();
    expect(windowNo).toBe(8);
    expect(seen.map((o) => o.dor_id)).toEqual([
      '777',
      ...Array.from({ length: 8 }, (_, i) => String(901 + i)),
    ]);
  });

  it('a range too wide for one request answers HTTP 504, which the stream avoids', async () => {
    const { client } = fresh();
    await expect(
      client.orders.between({ StartDate: '2025-01-01', StopDate: '2025-12-31' }, { retry: false }),
    ).rejects.toMatchObject({
      name: 'HttpError',
      status: 504,
      message: expect.stringContaining('narrow the date range'),
    });
    const all = await client.streams
      .ordersBetween({ from: '2025-01-01', to: '2025-12-31', windowDays: 31 })
      .toArray();
    expect(all).toEqual([]);
  });

  it('session expiry in the middle of a 30-window stream renews and loses nothing', async () => {
    // The server's sessions last 5 minutes while the client assumes 10: it meets error 3 mid-stream.
    const { client, emulator, clock } = fresh({ sessionTtlMs: 5 * 60_000 });
    const first = Date.UTC(2026, 0, 1, 12, 0, 0);
    await emulator.seed({
      orders: Array.from({ length: 60 }, (_, i) => order(7000 + i, first + i * 12 * 3_600_000)),
    });
    const ids: string[] = [];
    for await (const o of client.streams.ordersChanged({
      from: '2026-01-01T00:00',
      to: '2026-01-31T00:00',
      windowHours: 24,
    })) {
      ids.push(o.dor_id!);
      clock.advance(30_000);
    }
    expect(ids).toEqual(Array.from({ length: 60 }, (_, i) => String(7000 + i)));
    expect(
      emulator.requests.filter((r) => r.operation === 'OrderByDateTimeForAll' && r.error === 0),
    ).toHaveLength(30);
    expect(emulator.requests.filter((r) => r.error === 3).length).toBeGreaterThan(0);
    expect(emulator.count('RefreshSession')).toBeGreaterThan(0);
    expect(emulator.count('Login')).toBe(1);
  });

  it('records at window edges are yielded once (ByDateTime windows overlap at the minute)', async () => {
    const { client, emulator } = fresh();
    const edge = Date.UTC(2026, 2, 2, 0, 0, 0);
    await emulator.seed({ orders: [order(1, edge - 60_000), order(2, edge), order(3, edge + 60_000)] });
    const ids = (
      await client.streams.ordersChanged({ from: '2026-03-01T00:00', to: '2026-03-03T00:00' }).toArray()
    ).map((o) => o.dor_id);
    expect(ids).toEqual(['1', '2', '3']);
  });

  it('orderPaysBetween, bonusesBetween, docsInWayBetween and clientsChanged stream too', async () => {
    const { client, emulator } = fresh();
    await emulator.seed({
      orders: [order(1, START - 3 * DAY), order(2, START - DAY)],
      docsInWay: [
        {
          id: 'd1',
          doc_date: '2026-03-01',
          doc_num: '1',
          diw_status_id: 1,
          from_sclad_id: '1',
          to_sclad_id: '2',
          dos_ids: [],
        },
        {
          id: 'd2',
          doc_date: '2026-03-09',
          doc_num: '2',
          diw_status_id: 3,
          from_sclad_id: '1',
          to_sclad_id: '2',
          dos_ids: ['11'],
        },
      ],
    });
    await client.clients.addBonus({ contr_id: 10013, amount: 50 });
    await client.payments.pay({ dor_id: 1, amount: 20, type_doc: 4 });
    const range = { from: '2026-03-01', to: '2026-03-10', windowDays: 2 };
    const pays = await client.streams.orderPaysBetween(range).toArray();
    expect(pays.map((p) => [p.dor_id, p.pay_debet])).toEqual([
      ['1', 100.5],
      ['1', 20],
      ['2', 100.5],
    ]);
    const bonuses = await client.streams.bonusesBetween({ ...range, contr_id: 10013 }).toArray();
    expect(bonuses.map((b) => b.kind)).toEqual(['bonus', 'payment']);
    const docs = await client.streams.docsInWayBetween(range).toArray();
    expect(docs.map((d) => d.id)).toEqual(['d1', 'd2']);
    const clients = await client.streams
      .clientsChanged({ from: '2026-03-09T00:00', to: '2026-03-11T00:00', windowHours: 12 })
      .toArray();
    expect(clients.map((c) => c.contr_id)).toEqual(['10013']);
    const reports: { pages: number; items: number; window?: number; of?: number }[] = [];
    const again = await client.streams
      .orderPaysBetween({ ...range, onProgress: (p) => reports.push(p) })
      .toArray();
    expect(again).toHaveLength(3);
    expect(reports.map((p) => [p.window, p.of])).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
    expect(reports.at(-1)).toMatchObject({ pages: 5, items: 3 });
    for (let i = 1; i < reports.length; i++)
      expect(reports[i]!.items).toBeGreaterThanOrEqual(reports[i - 1]!.items);
  });
});

describe('LastChangeOrder feed', () => {
  /** A fresh harness whose order 1 changed twice (status 3, then 4): two entries in the feed. */
  async function twoChanges() {
    const env = fresh();
    await env.emulator.seed({ orders: [order(1, START)] });
    for (const status_id of [3, 4])
      await env.client.orders.changeStatus({ Orders: [{ dor_id: 1, status_id }] });
    return env;
  }

  it("onProgress receives the calls made and changes handled, the last report the run's totals", async () => {
    const { client } = await twoChanges();
    const progress: { pages: number; items: number }[] = [];
    const run = await client.feeds.lastChangeOrder({
      handle: () => {},
      saveCursor: () => {},
      onProgress: (p) => progress.push(p),
    });
    expect(run).toMatchObject({ handled: 2, stoppedBy: 'empty' });
    expect(progress.map((p) => p.pages)).toEqual(Array.from({ length: run.batches }, (_, i) => i + 1));
    expect(progress.at(-1)).toEqual({ pages: run.batches, items: 2 });
  });

  it('yields changes in cur_id order, saves the cursor, and resumes from it', async () => {
    const { client, emulator } = await twoChanges();
    let stored = 0;
    const seen: OrderChangeRecord[] = [];
    const run = await client.feeds.lastChangeOrder({
      cursor: stored,
      handle: (c) => seen.push(c),
      saveCursor: (c) => {
        stored = c;
      },
    });
    expect(seen.map((c) => [c.cur_id, c.status_id])).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(stored).toBe(2);
    expect(run).toMatchObject({ cursor: 2, handled: 2, stoppedBy: 'empty' });
    await client.payments.pay({ dor_id: 1, amount: 1, type_doc: 2 });
    // The server repeats everything (pointer reset): only the new change is handled.
    emulator.state.feedPointer.clear();
    const again = await client.feeds.lastChangeOrder({
      cursor: stored,
      handle: (c) => seen.push(c),
      saveCursor: (c) => {
        stored = c;
      },
    });
    expect(seen.map((c) => c.cur_id)).toEqual([1, 2, 3]);
    expect(again.cursor).toBe(3);
  });

  it('never spins on an account whose LastChangeOrder is always empty', async () => {
    const { client, emulator } = fresh({ lastChangeOrderEmpty: true });
    await emulator.seed({ orders: [order(1, START)] });
    await client.orders.changeStatus({ Orders: [{ dor_id: 1, status_id: 3 }] });
    const run = await client.feeds.lastChangeOrder({ cursor: 0, handle: () => {}, saveCursor: () => {} });
    expect(run).toMatchObject({ handled: 0, batches: 1, stoppedBy: 'empty', cursor: 0 });
    expect(emulator.count('LastChangeOrder')).toBe(1);
  });

  it('a failing handler leaves its change unacknowledged for the next run', async () => {
    const { client } = await twoChanges();
    let stored = 0;
    const run = await client.feeds.lastChangeOrder({
      handle: (c) => {
        if (c.cur_id === 2) throw new Error('db down');
      },
      saveCursor: (c) => {
        stored = c;
      },
    });
    expect(run.stoppedBy).toBe('error');
    expect(stored).toBe(1);
  });
});

describe('order builder and addon values', () => {
  it('formats every value_type as the document shows', () => {
    expect(addonValue.integer(12)).toBe('12');
    expect(addonValue.string('тест 1')).toBe('тест 1');
    expect(addonValue.boolean(true)).toBe('1');
    expect(addonValue.date('2022-03-12')).toBe('12.03.2022');
    expect(addonValue.float(12.3)).toBe('12,3');
    expect(addonValue.priceQuantity(20, 3.3, 2)).toBe('20,3.3,2');
    expect(addonValue.coefficient('текст 1')).toBe('текст 1');
    expect(addonValue.figure(1, [3.3])).toBe('1|3,3|');
    expect(addonValue.figure(2, [1.3, 3], '.')).toBe('2|1.3|3|');
    expect(addonValue.figure(4, [2.3, 4.5])).toBe('4|2,3|4,5|');
    expect(addonValue.reset()).toBe('');
  });

  it('numbers main services and links children', () => {
    const b = new OrderBuilder({ contr_id: 1, sclad_id: 2, sclad_out_id: 3 });
    const one = b.service({ tovar_id: 10018, count: 1, addons: [addon(82, addonValue.boolean(false))] });
    const two = b.service({ tovar_id: 10018, count: 1 });
    b.child(one, { tovar_id: 10016, count: 1 })
      .child(two, { tovar_id: 10016, count: 1 })
      .child(two, { tovar_id: 100305, count: 1 });
    expect(b.build().Services.map((s) => [s.dos_id, s.parent_id])).toEqual([
      ['1', undefined],
      ['2', undefined],
      [undefined, '1'],
      [undefined, '2'],
      [undefined, '2'],
    ]);
    expect(b.build().Services[0]!.addons).toEqual([{ addon_id: '82', values: '0' }]);
  });
});
