// @x/agbis session refresh under load: 1,000 concurrent ContrInfoForAll calls right after the
// 10-minute session expired, against the live emulator on a loopback port (its manual clock moved
// past the expiry). Counts what the emulator saw: RefreshSession must be 1 per burst, Login 0.
// Two ways the client can meet the expiry:
// - proactive: the client's clock moved too, so it renews before sending (one RefreshSession, then
//   1,000 commands);
// - reactive: the client's clock did not move (it believes the session valid), so 1,000 commands
//   meet error 3 / 106, share one RefreshSession and are each repeated once (2,000 commands).
// A burst with a valid session gives the scale of the total time.
import { performance } from 'node:perf_hooks';
import { median, quick } from '../lib.mjs';
import { BENCH_CLIENT, START, benchClient, benchEmulator, check, valueRow } from './agbis-support.js';
import { ManualClock } from '@x/core/testing';

export const title = '@x/agbis session refresh under load (1,000 concurrent calls after expiry)';

const CONCURRENT = quick ? 100 : 1000;
const BURSTS = quick ? 2 : 3;
const PAST_EXPIRY = 10 * 60_000 + 1000;

async function scenario(mode) {
  const { clock, emulator } = benchEmulator();
  const server = await emulator.serve();
  // Proactive: one clock for both sides. Reactive and valid: the client keeps its own, unmoved clock.
  const clientClock = mode === 'proactive' ? clock : new ManualClock(START);
  const client = benchClient(`${server.url}/cl/demo/api/`, clientClock);
  try {
    await client.clients.info({ contr_id: BENCH_CLIENT.contr_id }); // logs in
    check(emulator.count('Login') === 1, 'one login before the bursts');
    const totals = { refresh: [], login: [], sent: [], failed: 0, ms: [] };
    for (let b = 0; b < BURSTS; b++) {
      if (mode !== 'valid') clock.advance(PAST_EXPIRY);
      const before = emulator.counts();
      const t = performance.now();
      const results = await Promise.allSettled(
        Array.from({ length: CONCURRENT }, () => client.clients.info({ contr_id: BENCH_CLIENT.contr_id })),
      );
      totals.ms.push(performance.now() - t);
      const after = emulator.counts();
      const delta = (command) => (after[command] ?? 0) - (before[command] ?? 0);
      totals.refresh.push(delta('RefreshSession'));
      totals.login.push(delta('Login'));
      totals.sent.push(delta('ContrInfoForAll'));
      totals.failed += results.filter((r) => r.status === 'rejected').length;
      const firstFailure = results.find((r) => r.status === 'rejected');
      if (firstFailure) console.error(`agbis ${mode} burst ${b}: ${firstFailure.reason?.message}`);
    }
    return totals;
  } finally {
    await server.close();
  }
}

const range = (list) => {
  const lo = Math.min(...list);
  const hi = Math.max(...list);
  return lo === hi ? lo : `${lo}–${hi}`;
};

export async function run() {
  const rows = [];
  for (const [mode, label] of [
    ['valid', 'valid session (scale)'],
    ['proactive', 'expired, client clock moved too (proactive refresh)'],
    ['reactive', 'expired, client clock unmoved (error 3 → refresh → repeat)'],
  ]) {
    const t = await scenario(mode);
    const expected = mode === 'valid' ? 0 : 1;
    const ok = t.refresh.every((n) => n === expected) && t.login.every((n) => n === 0) && t.failed === 0;
    rows.push(
      valueRow('session', `@x/agbis ${CONCURRENT.toLocaleString('en-US')} concurrent calls, ${label}`, {
        bursts: BURSTS,
        'RefreshSession per burst': range(t.refresh),
        'extra Login per burst': range(t.login),
        'ContrInfoForAll sent per burst': range(t.sent),
        'failed calls': t.failed,
        'total ms median': median(t.ms),
        'total ms max': Math.max(...t.ms),
        target: mode === 'valid' ? '–' : ok ? '✓ 1 refresh, 0 logins' : '✗ misses 1 refresh, 0 logins',
      }),
    );
  }
  return rows;
}
