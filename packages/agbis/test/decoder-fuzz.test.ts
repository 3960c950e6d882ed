import { AgbisClient } from '@x/agbis';
import { AgbisEmulator } from '@x/agbis/testing';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { calls, clientAnswering } from './answering.js';
import { fuzzTally, jsonMutation, mutatedSamples } from '@x/test-kit';

/** Real answers of the emulator (client card, order with services, payment, refusals): the seeds mutations start from. */
const samples: string[] = [];
beforeAll(async () => {
  const emulator = new AgbisEmulator({
    seed: {
      clients: [{ contr_id: '10013', name: 'Тест Тестович', teleph_cell: '+79990009900', discount: 12.5 }],
    },
  });
  const client = new AgbisClient({
    baseUrl: 'https://agbis.test/cl/demo/api/',
    user: 'api',
    password: 'secret',
    fetch: async (input, init) => {
      const response = await emulator.fetch(input, init);
      if (!input.includes('?Login')) samples.push(await response.clone().text());
      return response;
    },
  });
  const { dor_id } = await client.orders.save({
    Order: { contr_id: 10013, sclad_id: 1, sclad_out_id: 1 },
    Services: [
      { tovar_id: 10018, count: 1 },
      { tovar_id: 10016, count: 2 },
    ],
  });
  await client.payments.pay({ dor_id, amount: 100 });
  await client.clients.info({ contr_id: 10013 });
  await client.orders.info({ dor_id });
  await client.clients.info({ contr_id: 1 }).catch(() => undefined);
  await client.payments.pay({ dor_id: 999, amount: 1 }).catch(() => undefined);
  expect(samples.length).toBeGreaterThan(4);
});

// Values the vendor really sends, and hostile ones.
const mutation = jsonMutation(
  [
    '',
    null,
    '0',
    '1',
    '3',
    '106',
    '132,69',
    '1 399 165,42',
    '24.01.2018+17:00:00',
    '%',
    '%E0%A4%A',
    '+',
    '__proto__',
    [],
    {},
  ],
  [fc.integer({ min: -200, max: 200 })],
);

const bodies = fc.oneof(
  // Structural and text mutations (truncation, insertion) of real answers.
  ...mutatedSamples(
    samples,
    mutation,
    fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(',', ',]', '[,', '\n"x":1', '}', '%')),
  ),
  // Anything JSON, bare or in the envelope; JSONP; random text.
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => JSON.stringify({ error: 0, order: v, contr_id: v })),
  fc.jsonValue().map((v) => `cb(${JSON.stringify(v)});`),
  fc.string(),
);

describe('AGBIS decoder under fuzz: decodes or throws an SdkError about the answer, quickly', () => {
  it('mutated and random answers to a client card, an order and PayForAll', async () => {
    const tally = fuzzTally('agbis');
    await fc.assert(
      fc.asyncProperty(bodies, fc.constantFrom(200, 200, 200, 200, 500), async (body, status) => {
        for (const call of Object.values(calls)) {
          await tally.check(call(clientAnswering(() => body, status)));
        }
      }),
      { numRuns: 300 },
    );
    tally.finish(20);
  });
});
