// @x/uzhkh against a hand-written fetch: small `To1c/Requests` and `SetId` calls (per-call overhead)
// and the full download of 100,000 accounts over 500 pages (throughput, and heap at page 1 vs 500).
// Both sides hit the same replay server fed by UzhkhEmulator.
import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { platformChanges } from '../../demo/flows/uzhkh.mjs';
import { check, compare, heapAfterGc, perSecond, scaled } from '../lib.mjs';
import { assertSameRequest, replayServer } from '../replay-server.mjs';

export const title = '@x/uzhkh';

const TOKEN = 'bench-token-uzhkh';
const PAGES = 500;
const PAGE_SIZE = 200;

export async function run() {
  const accounts = scaled(PAGES) * PAGE_SIZE;
  let emulator = new UzhkhEmulator({ token: TOKEN, pageSize: PAGE_SIZE });
  emulator.seedAccounts(accounts);
  // A small feed: the demo flow's five change records of different kinds.
  const meter = platformChanges(emulator);

  const server = await replayServer((request) => emulator.handle(request));
  let base;
  let client;
  const connect = (url) => {
    base = `${url}/customer-42/`;
    client = new UzhkhClient({ baseUrl: base, token: TOKEN, allowHttp: true });
  };
  connect(server.url);
  let userAgent = '';
  let remote;
  // What a developer would write by hand: same URL, headers and JSON parse, no validation.
  const raw = async (path) => {
    const res = await fetch(base + path, {
      headers: { authorization: `Bearer ${TOKEN}`, 'user-agent': userAgent },
    });
    if (!res.ok) throw new Error(`raw fetch got HTTP ${res.status}`);
    return JSON.parse(await res.text());
  };

  try {
    await client.feed.requests();
    userAgent = server.last().headers['user-agent'];
    const rows = [];

    // Small calls.
    const feedSdk = () => client.feed.requests();
    const feedRaw = () => raw('To1c/Requests');
    await assertSameRequest(server, feedSdk, feedRaw);
    check((await feedSdk()).length === 5, 'uzhkh: five change records decoded');
    const tempId = String(meter.Id);
    const setIdSdk = () => client.setId(tempId, 'MTR-0001', 'counter');
    const setIdRaw = () => raw(`SetId?uzhkId=${encodeURIComponent(tempId)}&externalId=MTR-0001&type=counter`);
    await assertSameRequest(server, setIdSdk, setIdRaw);
    check((await setIdSdk()).outcome === 'success', 'uzhkh: SetId success (replayed)');

    // Full download: the first walk records every page.
    const walkRaw = async () => {
      let n = 0;
      for (let page = 1; ; page++) {
        const body = await raw(`Synchronization/DownloadAccounts?page=${page}`);
        if (body.NoResults || body.Items.length === 0) return n;
        n += body.Items.length;
      }
    };
    const walkSdk = async () => {
      let n = 0;
      for await (const account of client.download.accounts()) if (account.Id) n++;
      return n;
    };
    check((await walkRaw()) === accounts, `uzhkh: raw walk sees ${accounts} accounts`);
    await assertSameRequest(
      server,
      () => client.download.accountsPage({ page: 3 }),
      () => raw('Synchronization/DownloadAccounts?page=3'),
    );
    // Measure phase: the recordings are served from another process and the emulator (300,000
    // seeded entities) is dropped, so this process holds the client alone.
    remote = await server.moveOut();
    emulator = undefined;
    connect(remote.url);
    check((await walkSdk()) === accounts, `uzhkh: SDK walk decodes ${accounts} accounts`);
    for (const [name, sdk, rawCall] of [
      ['feed.requests (To1c/Requests, 5 records)', feedSdk, feedRaw],
      ['setId (SetId, "success")', setIdSdk, setIdRaw],
    ]) {
      const r = await compare(rawCall, sdk, { iterations: scaled(2000), warmup: scaled(200), rounds: 20 });
      rows.push({ section: 'overhead', case: `@x/uzhkh ${name}`, ...r, target: 1.15 });
    }

    const r = await compare(walkRaw, walkSdk, { iterations: 5, warmup: 0, rounds: 5 });
    rows.push({
      section: 'decode',
      case: `@x/uzhkh download.accounts(), ${accounts.toLocaleString('en-US')} accounts / ${scaled(PAGES)} pages`,
      ...r,
      values: {
        'SDK items/s': perSecond(accounts, r.candidate.median),
        'baseline items/s': perSecond(accounts, r.baseline.median),
      },
    });

    // Heap after gc at the first and the last page of one more walk per side.
    const heapWalk = async (pages) => {
      const at = {};
      let n = 0;
      for await (const items of pages()) {
        n++;
        if (n === 1 || n === Math.ceil(scaled(PAGES) / 2) || n === scaled(PAGES)) at[n] = heapAfterGc();
        if (items.length === 0) break;
      }
      return at;
    };
    const rawPages = async function* () {
      for (let page = 1; ; page++) {
        const body = await raw(`Synchronization/DownloadAccounts?page=${page}`);
        if (body.NoResults || body.Items.length === 0) return;
        yield body.Items;
      }
    };
    const last = scaled(PAGES);
    const mid = Math.ceil(last / 2);
    for (const [name, pages] of [
      ['@x/uzhkh download.accounts().pages()', () => client.download.accounts().pages()],
      ['raw fetch page loop (baseline)', rawPages],
    ]) {
      const at = await heapWalk(pages);
      rows.push({
        section: 'memory',
        case: name,
        values: {
          'heap MB, page 1': at[1],
          [`heap MB, page ${mid}`]: at[mid],
          [`heap MB, page ${last}`]: at[last],
          [`growth MB, page 1 → ${last}`]: at[last] - at[1],
        },
      });
    }
    return rows;
  } finally {
    await (remote ?? server).close();
  }
}
