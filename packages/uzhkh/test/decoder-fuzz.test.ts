import type { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import fc from 'fast-check';
import { beforeAll, expect } from 'vitest';
import { clientAnswering } from './body-client.js';
import { decoderFuzz, jsonMutation, mutatedSamples } from '@x/test-kit';
import { approval } from './harness.js';

const TOKEN = 'fuzz-token';
/** Real answers of the emulator (queue, deleted items, download pages), the seeds the mutations start from. */
const samples: string[] = [];
beforeAll(async () => {
  const emulator = new UzhkhEmulator({ token: TOKEN, feedBatchSize: 20, pageSize: 5 });
  emulator.seedAccounts(6);
  emulator.upsertAccount({ Id: 'acc-1', Balance: -12.75 });
  emulator.upsertCounter({ CounterTypeIdentifier: 'WaterHotM3', Value1: 12.5 });
  emulator.upsertRequest({ Title: 'Течёт кран' });
  emulator.addPayment({ PaymentSum: 1500 });
  emulator.upsertDoc({ Id: '1', TypeName: 'article' });
  emulator.upsertCar({ Id: 'car-1' });
  emulator.upsertObject({});
  emulator.addRequestToRegister({});
  emulator.addRequestToObjectAdding({});
  emulator.upsertResident({});
  emulator.state.upsert('car', { Id: 'car-2' }, false);
  emulator.remove('car', 'car-2');
  for (const path of [
    'To1c/Requests',
    'To1c/DeletedItems',
    'Synchronization/DownloadAccounts?page=1',
    'Synchronization/DownloadCounters?page=1',
    'Synchronization/DownloadRequests?page=1',
    'Synchronization/DownloadFlats?page=1',
  ]) {
    const response = await emulator.handle(
      new Request(`https://u.example/${path}`, { headers: { authorization: `Bearer ${TOKEN}` } }),
    );
    expect(response.status).toBe(200);
    samples.push(await response.text());
  }
});

const mutation = jsonMutation([
  '',
  null,
  '0',
  '--1',
  'true',
  '132,69',
  '0001-01-01T00:00:00',
  '/Date(1700000000000)/',
  '__proto__',
  [],
  {},
]);

const bodies = fc.oneof(
  // Structural and text mutations (truncation, insertion) of real answers.
  ...mutatedSamples(samples, mutation),
  // The keyword answers, bare or framed, and anything JSON.
  fc.constantFrom(
    'success',
    '"success"',
    'notFound',
    '"unknownType"',
    'noData',
    'error',
    'notAuthorized',
    '{"r":"success"}',
  ),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => JSON.stringify({ Items: v, Page: 1, NoResults: false })),
  fc.string(),
);

type Call = (c: UzhkhClient) => Promise<unknown>;
const calls: Call[] = [
  (c) => c.feed.requests(),
  (c) => c.feed.deletedItems(),
  (c) => c.download.accountsPage({ page: 1 }),
  (c) => c.download.countersPage({ page: 1 }),
  (c) => c.download.requestsPage({ page: 1 }),
  (c) => c.download.flatsPage({ page: 1 }),
  (c) => c.setId('--1', 'MTR-1', 'counter'),
  (c) => c.feed.acknowledge({ guid: 'g-1' }),
  (c) => c.registrations.handleRequestToRegister(approval('r-1', false)),
];

decoderFuzz(
  'uzhkh',
  [
    '«Умное ЖКХ» decoders under fuzz: decode or throw an SdkError about the answer, quickly',
    'mutated and random answers to every kind of operation',
  ],
  { bodies, statuses: [200, 200, 200, 404, 500], clientAnswering, calls, numRuns: 300, min: 50 },
);
