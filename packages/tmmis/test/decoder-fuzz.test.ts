import { TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientAnswering, payInput } from './body-client.js';
import { fuzzTally, jsonMutation, mutatedSamples } from '@x/test-kit';

/** Real answers of the emulator in each spelling, the seeds the mutations start from. */
const samples: string[] = [];
beforeAll(async () => {
  for (const spelling of ['document', 'canonical', 'mixed'] as const) {
    for (const envelope of ['pascal', 'camel'] as const) {
      const emulator = new TmmisEmulator({ spelling, envelope });
      const inv = emulator.addInvoice(generateInvoice({ lines: 3, seed: samples.length + 1 }));
      const url = `https://mis.example/api/paidServices/IntegrationInvoice/ByNumber?OGRN=1027700132195&OID=1.2.643.5.1.13.13.12.2.77.7777&invoiceGuid=${inv.invoiceGuid}`;
      const response = await emulator.handle(new Request(url));
      if (response.ok) samples.push(await response.text());
    }
  }
  expect(samples.length).toBeGreaterThan(0);
});

const mutation = jsonMutation(['', null, '0', '1', 'true', '132,69', '01.01.0001', '__proto__', [], {}]);

const bodies = fc.oneof(
  // Structural and text mutations (truncation, insertion) of real answers.
  ...mutatedSamples(samples, mutation),
  // Anything JSON, bare or in an envelope.
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => JSON.stringify({ Success: true, Data: v })),
  fc.string(),
);

describe('ТМ:МИС decoder under fuzz: decodes or throws an SdkError about the answer, quickly', () => {
  it('mutated and random answers to a lookup and to Pay', async () => {
    const tally = fuzzTally('tmmis');
    await fc.assert(
      fc.asyncProperty(bodies, fc.constantFrom(200, 200, 200, 400, 500), async (body, status) => {
        for (const call of [
          (c: ReturnType<typeof clientAnswering>) => c.invoices.byNumber({ number: 'A-1' }),
          (c: ReturnType<typeof clientAnswering>) => c.invoices.pay(payInput),
        ]) {
          await tally.check(call(clientAnswering(() => body, status)));
        }
      }),
      { numRuns: 400 },
    );
    // The fuzz reaches both outcomes: it is not only feeding garbage the first check rejects.
    tally.finish(20);
  });
});
