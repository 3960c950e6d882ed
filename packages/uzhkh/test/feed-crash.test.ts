// The change-feed consumer killed at seeded random points and restarted, over a 5,000-record queue:
// at-least-once, nothing acknowledged before its handler finished, nothing lost, and it stops by itself.
import { SdkError } from '@x/core';
import { seededRandom } from '@x/core/testing';
import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { mswHandlers } from '@x/uzhkh/testing/msw';
import { useMswServer } from '@x/test-kit';
import { expect, it } from 'vitest';

const BASE = 'https://crash.uzhkh.test/api/customer-7';
const TOKEN = 'crash-test-token-31415926';
const RECORDS = 5_000;
const KILLS = 20;
const SEED = 0x5eed_2026;

type Point = 'read' | 'start' | 'mid' | 'finish' | 'ack';
type Event = { t: 'start' | 'finish' | 'ack-sent' | 'ack-done'; guid: string; run: number };

const server = useMswServer();

it(`consumer killed ${KILLS} times at random points over ${RECORDS} records: every record handled, none acknowledged early, none lost`, {
  timeout: 60_000,
}, async () => {
  // Seeded, so every run kills at the same points.
  const random = seededRandom(SEED);
  const emulator = new UzhkhEmulator({ token: TOKEN, feedBatchSize: 250 });
  server.resetHandlers(...mswHandlers(emulator, BASE));
  // The seeded queue: several entity kinds, each record a full snapshot with its own Guid.
  const makers = [
    (n: number) => emulator.upsertAccount({ Id: `acc-${n}` }),
    (n: number) => emulator.upsertCounter({ Id: `MTR-${n}`, Value1: n / 10 }),
    (n: number) => emulator.upsertResident({ Id: `res-${n}` }),
    (n: number) => emulator.addPayment({ Id: `pay-${n}`, PaymentSum: n }),
    () => emulator.upsertCounter({}), // a temporary `--` id, replaced on acknowledgement
  ];
  for (let n = 1; n <= RECORDS; n++) makers[Math.floor(random() * makers.length)]!(n);
  const seeded = new Set(emulator.state.queue.map((q) => q.Guid));
  expect(seeded.size).toBe(RECORDS);

  // Kill points: event numbers drawn from the seeded PRNG, spread over the first ~90% of the work
  // (about four events per record: handler start, middle, finish, acknowledgement).
  const points = new Set<number>();
  while (points.size < KILLS) points.add(1 + Math.floor(random() * RECORDS * 3.6));
  const killAt = [...points].sort((a, b) => a - b);

  const events: Event[] = [];
  const kills: Array<{ at: number; point: Point; crash: boolean; run: number }> = [];
  let run = 0;
  let counter = 0;
  let controller = new AbortController();
  /** After a crash nothing leaves the process any more (the fetch fails at once) until the restart. */
  let dead = false;

  const tick = (point: Point) => {
    counter++;
    if (kills.length < KILLS && counter >= killAt[kills.length]! && !controller.signal.aborted) {
      // Killed right after a handler finished: half the time the process dies before acknowledging.
      const crash = point === 'finish' && random() < 0.5;
      kills.push({ at: counter, point, crash, run });
      controller.abort(new Error(`killed at event ${counter} (${point})`));
      if (crash) dead = true;
    }
  };

  const fetchThroughKills = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    if (dead) throw new TypeError('fetch failed (the process is gone)');
    const url = new URL(request.url);
    const ack = url.pathname.endsWith('/To1c/Delete');
    const guid = url.searchParams.get('guid') ?? '';
    if (ack) events.push({ t: 'ack-sent', guid, run });
    tick(ack ? 'ack' : 'read');
    const response = await fetch(request);
    if (ack) events.push({ t: 'ack-done', guid, run });
    return response;
  };

  const client = new UzhkhClient({
    baseUrl: BASE,
    token: TOKEN,
    fetch: fetchThroughKills,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
  });

  const handler = async (record: { Guid: string }, { signal }: { signal?: AbortSignal | undefined }) => {
    events.push({ t: 'start', guid: record.Guid, run });
    tick('start');
    signal?.throwIfAborted();
    await new Promise<void>((resolve) => queueMicrotask(resolve)); // the handler's own work
    tick('mid');
    signal?.throwIfAborted();
    events.push({ t: 'finish', guid: record.Guid, run });
    tick('finish');
  };

  const outcomes: string[] = [];
  const MAX_RUNS = KILLS + 3;
  for (run = 1; run <= MAX_RUNS; run++) {
    controller = new AbortController();
    dead = false;
    try {
      const result = await client.feed.consume(handler, { signal: controller.signal, maxBatches: 100 });
      outcomes.push(result.stoppedBy);
      if (result.stoppedBy === 'empty') break;
      if (result.stoppedBy === 'error') expect(controller.signal.aborted).toBe(true);
    } catch (error) {
      // A read cancelled by the kill, or an acknowledgement that could not leave a dead process.
      expect(error).toBeInstanceOf(SdkError);
      outcomes.push((error as SdkError).name);
    }
  }

  // Bounded: it stopped by itself, on an empty queue, after exactly the planned kills.
  expect(run).toBeLessThanOrEqual(MAX_RUNS);
  expect(outcomes.at(-1)).toBe('empty');
  expect(kills).toHaveLength(KILLS);
  expect(outcomes).toHaveLength(KILLS + 1);

  // Nothing lost: the queue is empty and the handled set is exactly the seeded set.
  expect(emulator.state.queue).toHaveLength(0);
  const finished = events.filter((e) => e.t === 'finish');
  const handled = new Set(finished.map((e) => e.guid));
  expect(handled).toEqual(seeded);

  // None acknowledged before its handler finished: every acknowledgement that was sent follows a
  // finished handler of the same record in the same run, with no later start of it in between.
  const last = new Map<string, Event>();
  let acksSent = 0;
  for (const e of events) {
    if (e.t === 'ack-sent') {
      acksSent++;
      const before = last.get(e.guid);
      expect(before?.t, `ack of ${e.guid}`).toBe('finish');
      expect(before?.run).toBe(e.run);
    }
    if (e.t === 'start' || e.t === 'finish') last.set(e.guid, e);
  }
  // The emulator removed only records it was asked to remove, each once it was acknowledged.
  const acked = new Set(events.filter((e) => e.t === 'ack-done').map((e) => e.guid));
  expect(acked).toEqual(seeded);

  // At-least-once, with few repeats: only a record killed between its handler and its
  // acknowledgement is handled twice, at most one per kill.
  const duplicates = finished.length - handled.size;
  expect(duplicates).toBeLessThanOrEqual(KILLS);
  const byPoint = Object.fromEntries(
    (['read', 'start', 'mid', 'finish', 'ack'] as const).map((p) => [
      p,
      kills.filter((k) => k.point === p).length,
    ]),
  );
  const crashes = kills.filter((k) => k.crash).length;
  expect(duplicates).toBe(crashes);
  // The seed reaches the interesting kinds of kill: inside a handler, after it, and a crash before the ack.
  expect(byPoint.start! + byPoint.mid!).toBeGreaterThan(0);
  expect(crashes).toBeGreaterThan(0);
  console.log(
    `[reliability] uzhkh feed-crash: records=${RECORDS} kills=${KILLS} runs=${outcomes.length} points=${JSON.stringify(byPoint)} crashesBeforeAck=${crashes} handlerRuns=${events.filter((e) => e.t === 'start').length} duplicates=${duplicates} acksSent=${acksSent} reads=${emulator.count('To1c/Requests')} outcomes=${[...new Set(outcomes)].join(',')}`,
  );
});
