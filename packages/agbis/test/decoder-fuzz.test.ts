import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { calls, clientAnswering, recordingClient, vendorMutation } from './answering.js';
import { fuzzTally, mutatedSamples } from '@x/test-kit';

/** Real answers of the emulator (client card, order with services, payment, refusals): the seeds mutations start from. */
const samples: string[] = [];
beforeAll(async () => {
  const client = recordingClient((url, text) => {
    if (!url.includes('?Login')) samples.push(text);
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

const bodies = fc.oneof(
  // Structural and text mutations (truncation, insertion) of real answers.
  ...mutatedSamples(
    samples,
    vendorMutation,
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
