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
  const small = emulator.addInvoice(generateInvoice({ lines: 3, seed: 1 }));
  const large = emulator.addInvoice(generateInvoice({ lines: LINES, seed: 2 }));
  const server = await replayServer((request) => emulator.handle(request));
  const client = new TmmisClient({
    baseUrl: server.url,
    ogrn: DEMO_OGRN,
    oid: DEMO_OID,
    auth: { bearer: TOKEN },
    allowHttp: true,
  });
  // What a developer would write by hand: same URL, headers and JSON parse, no validation.
  const byNumberUrl = (number) =>
    `${server.url}/api/paidServices/IntegrationInvoice/ByNumber?OGRN=${DEMO_OGRN}` +
    `&OID=${encodeURIComponent(DEMO_OID)}&number=${encodeURIComponent(number)}`;
  const headers = { authorization: `Bearer ${TOKEN}`, accept: 'application/json' };
  const raw = async (url) => {
    const res = await fetch(url, { headers: { ...headers, 'user-agent': userAgent } });
    if (!res.ok) throw new Error(`raw fetch got HTTP ${res.status}`);
    const body = JSON.parse(await res.text());
    if (!body.Success) throw new Error('raw fetch got Success: false');
    return body.Data.Invoices;
  };
  let userAgent = '';

  try {
    const rows = [];
    for (const [kind, invoice, lines] of [
      ['small', small, 3],
      ['large', large, LINES],
    ]) {
      const url = byNumberUrl(invoice.invoiceNumber);
      const sdkCall = () => client.invoices.byNumber({ number: invoice.invoiceNumber });
      const rawCall = () => raw(url);
      await sdkCall();
      userAgent = server.last().headers['user-agent'];
      await assertSameRequest(server, sdkCall, rawCall);
      const decoded = await sdkCall();
      check(decoded.invoices[0]?.Services.length === lines, `tmmis ${kind}: ${lines} lines decoded`);
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
    await server.close();
  }
}
