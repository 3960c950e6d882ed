// @x/agbis per-call overhead: small GET commands through AgbisClient vs a hand-written fetch doing
// the same request (same URL with the URI-encoded JSON command and SessionID, same headers, same
// JSON.parse, no validation or string decoding) against the same loopback replay server.
import { compare, quick } from '../lib.mjs';
import {
  BENCH_CLIENT,
  assertSameRequest,
  benchClient,
  benchEmulator,
  check,
  replayServer,
} from './agbis-support.js';

export const title = '@x/agbis per-call overhead vs raw fetch';

export async function run() {
  const { clock, emulator } = benchEmulator();
  const server = await replayServer((request) => emulator.handle(request));
  const client = benchClient(server.baseUrl, clock);
  try {
    // Logs in once; the manual clock never moves, so the session outlives the run.
    const card = await client.clients.info({ contr_id: BENCH_CLIENT.contr_id });
    check(card.contr_id === BENCH_CLIENT.contr_id, 'ContrInfoForAll decoded the seeded client');
    const sessionId = client.sessions.peek()?.id;
    check(typeof sessionId === 'string', 'the client holds a session');
    const userAgent = server.last().headers['user-agent'];

    const raw = async (url) => {
      const res = await fetch(url, { headers: { 'user-agent': userAgent } });
      if (!res.ok) throw new Error(`raw fetch got HTTP ${res.status}`);
      const body = JSON.parse(await res.text());
      if (body.error !== 0) throw new Error(`raw fetch got error ${body.error}`);
      return body;
    };
    const infoUrl =
      `${server.baseUrl}?ContrInfoForAll=${encodeURIComponent(JSON.stringify({ contr_id: BENCH_CLIENT.contr_id }))}` +
      `&SessionID=${encodeURIComponent(sessionId)}`;
    const priceUrl = `${server.baseUrl}?PriceList`;

    const cases = [
      {
        name: '@x/agbis clients.info (ContrInfoForAll, GET + SessionID)',
        sdk: () => client.clients.info({ contr_id: BENCH_CLIENT.contr_id }),
        raw: () => raw(infoUrl),
        ok: async () => (await raw(infoUrl)).contr_id === BENCH_CLIENT.contr_id,
      },
      {
        name: '@x/agbis reference.priceList (PriceList, GET, no session)',
        sdk: () => client.reference.priceList(),
        raw: () => raw(priceUrl),
        ok: async () =>
          (await raw(priceUrl)).price_list.length === (await client.reference.priceList()).price_list.length,
      },
    ];
    const rows = [];
    for (const c of cases) {
      await assertSameRequest(server, c.sdk, c.raw);
      check(await c.ok(), `${c.name}: raw and SDK see the same answer`);
      const r = await compare(c.raw, c.sdk, {
        iterations: quick ? 100 : 1000,
        warmup: quick ? 10 : 100,
        rounds: 10,
      });
      rows.push({ section: 'overhead', case: c.name, ...r, target: 1.15 });
    }
    return rows;
  } finally {
    await server.close();
  }
}
