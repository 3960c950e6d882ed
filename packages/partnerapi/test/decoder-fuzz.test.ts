import { PartnerApiClient } from '@x/partnerapi';
import { DEFAULT_IDS as I, PartnerApiEmulator } from '@x/partnerapi/testing';
import fc from 'fast-check';
import { fuzzTally } from '@x/test-kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { answering } from './harness.js';

type Call = (c: PartnerApiClient) => Promise<unknown>;
const calls: Call[] = [
  (c) => c.region.read(),
  (c) => c.client.read({}),
  (c) => c.client.add({ client_name: 'ООО «Ромашка»', region_id: I.moscow }),
  (c) => c.partnerUser.setBirthday({ partner_user_id: I.specialist, birthday: '1985-03-08' }),
  (c) =>
    c.statistics.chatHistoryRead({
      client_user_id: 'cu-1',
      service_id: 'line-1',
      period_from: '2025-12-01T00:00:00',
      period_to: '2025-12-31T23:59:59',
    }),
];

/** Real answers of the emulator (ValueTables, named rows, flags, base64, Faults): the seeds. */
const samples: string[] = [];
beforeAll(async () => {
  for (const resultForm of ['valueTable', 'namedRows'] as const) {
    const emulator = new PartnerApiEmulator({ resultForm });
    const capture = new PartnerApiClient({
      endpoint: 'https://cus.example.test/cus/ws/PartnerAPI',
      user: 'partner',
      password: 'secret',
      retry: false,
      fetch: async (input, init) => {
        const response = await emulator.fetch(input as unknown as Request, init);
        samples.push(await response.clone().text());
        return response;
      },
    });
    await capture.client.add({ client_name: 'ООО "Ромашка" & <Ко>', region_id: I.moscow });
    for (const call of calls) await call(capture).catch(() => undefined);
    await capture.client.add({ client_name: 'X', region_id: 'nope' }).catch(() => undefined);
  }
  expect(samples.length).toBeGreaterThan(8);
});

const fragments = [
  '<!DOCTYPE x [<!ENTITY e "x">]>',
  '&e;',
  '&#0;',
  '&#xFFFFFF;',
  '&#65;',
  '<![CDATA[<row>]]>',
  '<!-- c -->',
  '<?pi x?>',
  '<__proto__>1</__proto__>',
  '<constructor/>',
  '<Value xsi:nil="true"/>',
  '<Value xsi:type="xs:decimal">1e999</Value>',
  '<Value xsi:type="xs:dateTime">0001-01-01T00:00:00</Value>',
  '<row>',
  '</row>',
  '<column><Name>prototype</Name></column>',
  "<Value xsi:type='xs:string'>",
  '"',
  '>',
  '\uFEFF',
  '\u0000',
  '12345678901234567891',
];

const bodies = fc.oneof(
  // Text mutations of real answers: cut, insert a hostile fragment or random text, swap a tag name.
  fc.tuple(fc.nat(), fc.nat(), fc.boolean()).map(([i, at, cut]) => {
    const t = samples[i % samples.length]!;
    const p = at % (t.length + 1);
    return cut ? t.slice(0, p) : t.slice(p) + t.slice(0, p);
  }),
  fc
    .tuple(
      fc.nat(),
      fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 6 }))), {
        minLength: 1,
        maxLength: 4,
      }),
    )
    .map(([i, edits]) => {
      let t = samples[i % samples.length]!;
      for (const [at, ins] of edits) {
        const p = at % (t.length + 1);
        t = t.slice(0, p) + ins + t.slice(p);
      }
      return t;
    }),
  fc
    .tuple(
      fc.nat(),
      fc.nat(),
      fc.constantFrom('row', 'Value', 'column', 'return', 'Body', 'Fault', 'Name', 'Property'),
    )
    .map(([i, n, name]) => {
      const t = samples[i % samples.length]!;
      const tags = [...t.matchAll(/<\/?[\w:]+/g)];
      if (tags.length === 0) return t;
      const m = tags[n % tags.length]!;
      const prefix = m[0].startsWith('</') ? '</' : '<';
      return t.slice(0, m.index) + prefix + name + t.slice(m.index! + m[0].length);
    }),
  fc.string(),
  fc.string({ unit: fc.constantFrom('<', '>', '/', 'a', ' ', '"', '=', '&', ';', '#', 'Value', 'row') }),
);

describe('PartnerAPI decoders under fuzz: decode or throw an SdkError about the answer, quickly', () => {
  it('mutated and random answers to rows, writes, flags and bytes operations', async () => {
    const tally = fuzzTally('partnerapi');
    await fc.assert(
      fc.asyncProperty(
        bodies,
        fc.constantFrom(200, 200, 200, 500),
        fc.nat(calls.length - 1),
        async (body, status, k) => {
          await tally.check(calls[k]!(answering(body, status)));
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 600 },
    );
    tally.finish(20);
  }, 60_000);
});
