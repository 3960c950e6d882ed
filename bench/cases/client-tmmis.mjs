// @x/tmmis against a hand-written fetch: a small `invoices.byNumber` answer (per-call overhead) and a
// 1,000-line invoice (large decode). Both sides hit the same replay server fed by TmmisEmulator.
import { TmmisClient } from '@x/tmmis';
import { DEMO_OGRN, DEMO_OID, TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { check, compare, perSecond, scaled } from '../lib.mjs';
import { assertSameRequest, replayServer } from '../replay-server.mjs';

export const title = '@x/tmmis';

const TOKEN = 'bench-token-tmmis';
const LINES = 1000;

export async function run() {
  const emulator = new TmmisEmulator({ auth: { bearer: TOKEN } });
  const cases = [
    { kind: 'small', lines: 3, invoice: emulator.addInvoice(generateInvoice({ lines: 3, seed: 1 })) },
    { kind: 'large', lines: LINES, invoice: emulator.addInvoice(generateInvoice({ lines: LINES, seed: 2 })) },
  ];
  const server = await replayServer((request) => emulator.handle(request));
  let base = server.url;
  let client;
  const connect = () => {
    client = new TmmisClient({
      baseUrl: base,
      ogrn: DEMO_OGRN,
      oid: DEMO_OID,
      auth: { bearer: TOKEN },
      allowHttp: true,
    });
  };
  connect();
  await client.invoices.byNumber({ number: cases[0].invoice.invoiceNumber });
  const userAgent = server.last().headers['user-agent'];
  // What a developer would write by hand: same URL, headers and JSON parse, no validation.
  const raw = async (number) => {
    const url =
      `${base}/api/paidServices/IntegrationInvoice/ByNumber?OGRN=${DEMO_OGRN}` +
      `&OID=${encodeURIComponent(DEMO_OID)}&number=${encodeURIComponent(number)}`;
    const res = await fetch(url, {
      headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json', 'user-agent': userAgent },
    });
    if (!res.ok) throw new Error(`raw fetch got HTTP ${res.status}`);
    const body = JSON.parse(await res.text());
    if (!body.Success) throw new Error('raw fetch got Success: false');
    return body.Data.Invoices;
  };
  for (const c of cases) {
    c.sdkCall = () => client.invoices.byNumber({ number: c.invoice.invoiceNumber });
    c.rawCall = () => raw(c.invoice.invoiceNumber);
  }

  // Record phase (in process): same request from both sides, both decode what was seeded.
  for (const c of cases) await assertSameRequest(server, c.sdkCall, c.rawCall);
  const remote = await server.moveOut();
  base = remote.url;
  connect();
  try {
    const rows = [];
    for (const { kind, lines, sdkCall, rawCall } of cases) {
      check(
        (await sdkCall()).invoices[0]?.Services.length === lines,
        `tmmis ${kind}: ${lines} lines decoded`,
      );
      check((await rawCall())[0].Services.length === lines, `tmmis ${kind}: raw sees ${lines} lines`);
      if (kind === 'small') {
        const r = await compare(rawCall, sdkCall, {
          iterations: scaled(2000),
          warmup: scaled(200),
          rounds: 20,
        });
        rows.push({ section: 'overhead', case: '@x/tmmis invoices.byNumber (3 lines)', ...r, target: 1.15 });
      } else {
        const r = await compare(rawCall, sdkCall, { iterations: scaled(60), warmup: scaled(10), rounds: 10 });
        rows.push({
          section: 'decode',
          case: `@x/tmmis invoices.byNumber, ${LINES.toLocaleString('en-US')}-line invoice`,
          ...r,
          values: {
            'SDK items/s': perSecond(LINES, r.candidate.median),
            'baseline items/s': perSecond(LINES, r.baseline.median),
          },
        });
      }
    }
    return rows;
  } finally {
    await remote.close();
  }
}
