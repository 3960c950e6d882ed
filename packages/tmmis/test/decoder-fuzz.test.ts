import { TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import fc from 'fast-check';
import { beforeAll, expect } from 'vitest';
import { clientAnswering, payInput } from './body-client.js';
import { decoderFuzz, jsonMutation, mutatedSamples } from '@x/test-kit';

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

decoderFuzz(
  'tmmis',
  [
    'ТМ:МИС decoder under fuzz: decodes or throws an SdkError about the answer, quickly',
    'mutated and random answers to a lookup and to Pay',
  ],
  {
    bodies,
    statuses: [200, 200, 200, 400, 500],
    clientAnswering,
    calls: [(c) => c.invoices.byNumber({ number: 'A-1' }), (c) => c.invoices.pay(payInput)],
    numRuns: 400,
    min: 20,
  },
);
