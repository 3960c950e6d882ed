import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSkip } from '../../../scripts/skip-log.mjs';
import { BIN, type Emulator, emulate, parseCsv, xsdk } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'xsdk-export-'));
const today = new Date().toISOString().slice(0, 10);
const weekAgo = new Date(Date.now() - 9 * 86_400_000).toISOString().slice(0, 10);

/** CSV rows as objects keyed by the header. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

/** How a JSON value looks in a CSV cell. */
const cellOf = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);

describe('export: CSV correctness against the JSON Lines of the same data', () => {
  let agbis: Emulator;
  let partner: Emulator;
  beforeAll(async () => {
    [agbis, partner] = await Promise.all([
      emulate('agbis', ['--seed-size', '6']),
      emulate('partnerapi', ['--seed-size', '4']),
    ]);
  });
  afterAll(async () => {
    await Promise.all([agbis.stop(), partner.stop()]);
  });

  it('AGBIS orders: every CSV cell equals the JSONL value; decimals with a dot, ISO dates, quoted JSON', async () => {
    const args = ['export', 'agbis', 'orders', '--from', weekAgo, '--to', today, '--no-progress'];
    const csv = await xsdk([...args, '-f', 'csv'], agbis.env);
    const jsonl = await xsdk([...args, '-f', 'jsonl'], agbis.env);
    expect(csv.code).toBe(0);
    expect(jsonl.code).toBe(0);
    expect(csv.stdout).toMatch(/\r\n$/);
    const fromJson = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const fromCsv = records(csv.stdout);
    expect(fromCsv.length).toBe(fromJson.length);
    expect(fromCsv.length).toBeGreaterThan(3);
    fromJson.forEach((row, i) => {
      for (const [k, v] of Object.entries(row)) expect(fromCsv[i]![k], k).toBe(cellOf(v));
    });
    for (const r of fromCsv) {
      expect(r.kredit).toMatch(/^\d+(\.\d+)?$/);
      expect(r.doc_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.date_out).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    }
    expect(fromCsv.some((r) => r.kredit?.includes('.'))).toBe(true);
    // Nested lists are JSON in one quoted cell, quotes doubled on the wire.
    expect(csv.stdout).toContain('"[{""dos_id""');
  });

  it('PartnerAPI client_read: names with commas and quotes are quoted, quotes doubled', async () => {
    const run = await xsdk(['export', 'partnerapi', 'client_read', '--no-progress'], partner.env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"Общество с ограниченной ответственностью «Клиент 1», ""филиал"""');
    const rows = records(run.stdout).filter((r) => r.client_name?.startsWith('ООО «Клиент'));
    expect(rows.map((r) => r.client_full_name)).toContain(
      'Общество с ограниченной ответственностью «Клиент 1», "филиал"',
    );
  });

  it('--delimiter ; writes a semicolon-separated file with the same header', async () => {
    const run = await xsdk(
      ['export', 'partnerapi', 'client_read', '--no-progress', '--delimiter', ';'],
      partner.env,
    );
    expect(run.code).toBe(0);
    const [header] = parseCsv(run.stdout, ';');
    expect(header).toContain('client_full_name');
  });
});

describe('export: every API has its streams', () => {
  it.each([
    ['tmmis', 'invoices', []],
    ['uzhkh', 'payments', []],
    ['webapi2', 'ClientRead', []],
    ['webapi2', 'GetHistoryOfServiceCalls', ['--from', weekAgo, '--to', today]],
    ['agbis', 'clients', ['--from', weekAgo, '--to', today]],
  ])('%s %s exports JSON Lines', async (api, stream, extra) => {
    const emu = await emulate(api, ['--seed-size', '3']);
    try {
      const run = await xsdk(['export', api, stream, '-f', 'jsonl', '--no-progress', ...extra], emu.env);
      expect(run.stderr).toMatch(/exported \d+ items/);
      expect(run.code).toBe(0);
      for (const line of run.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      await emu.stop();
    }
  });
});

describe('export: progress and resuming (Умное ЖКХ accounts, 450 in pages of 200)', () => {
  let uzhkh: Emulator;
  beforeAll(async () => {
    uzhkh = await emulate('uzhkh', ['--seed-size', '450']);
  });
  afterAll(async () => {
    await uzhkh.stop();
  });

  it('without a terminal: one plain progress line per page on stderr, data on stdout', async () => {
    const run = await xsdk(['export', 'uzhkh', 'accounts'], uzhkh.env);
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('uzhkh accounts:'));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^uzhkh accounts: 1 pages, 200 items, [\d.]+ items\/s, [\d.]+ s elapsed$/);
    expect(lines[2]).toMatch(/^uzhkh accounts: 3 pages, 450 items,/);
    expect(run.stderr).not.toContain('\u001b[');
    expect(records(run.stdout)).toHaveLength(450);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  if (!hasScript)
    reportSkip('xsdk progress bar on a pseudo-terminal', 'util-linux `script` is not installed');
  it.skipIf(!hasScript)(
    'on a pseudo-terminal: a cli-progress bar with items, pages, rate and elapsed time',
    () => {
      const out = join(dir, 'tty.csv');
      const cmd = [process.execPath, BIN, 'export', 'uzhkh', 'accounts', '-o', out]
        .map((a) => `'${a}'`)
        .join(' ');
      const run = spawnSync('script', ['-qec', cmd, '/dev/null'], {
        env: { ...process.env, ...uzhkh.env },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(0);
      // cli-progress redraws in place with terminal escapes; the last frame has the totals.
      expect(run.stdout).toContain('\u001b[');
      expect(run.stdout).toMatch(/uzhkh accounts 3 pages \| 450 items \| [\d.]+ items\/s \| \d+s/);
      expect(run.stdout).not.toContain('elapsed');
      expect(records(readFileSync(out, 'utf8'))).toHaveLength(450);
    },
  );

  it('--from starts at a page; --state resumes after the last completed page, appending without a second header', async () => {
    const full = join(dir, 'full.csv');
    const state = join(dir, 'accounts.state.json');
    const first = await xsdk(
      ['export', 'uzhkh', 'accounts', '-o', full, '--state', state, '--no-progress'],
      uzhkh.env,
    );
    expect(first.code).toBe(0);
    expect(JSON.parse(readFileSync(state, 'utf8'))).toMatchObject({
      api: 'uzhkh',
      stream: 'accounts',
      next: 4,
      items: 450,
      done: true,
    });
    const all = readFileSync(full, 'utf8');

    const fromPage3 = await xsdk(['export', 'uzhkh', 'accounts', '--from', '3', '--no-progress'], uzhkh.env);
    expect(records(fromPage3.stdout).map((r) => r.Id)).toEqual(
      records(all)
        .slice(400)
        .map((r) => r.Id),
    );

    // A run that stopped after page 1: the file holds the header and 200 rows, the state says page 2.
    const partial = join(dir, 'partial.csv');
    const lines = all.split('\r\n');
    writeFileSync(partial, `${lines.slice(0, 201).join('\r\n')}\r\n`);
    const partialState = join(dir, 'partial.state.json');
    writeFileSync(
      partialState,
      JSON.stringify({ api: 'uzhkh', stream: 'accounts', next: 2, items: 200, done: false }),
    );
    const resumed = await xsdk(
      ['export', 'uzhkh', 'accounts', '-o', partial, '--state', partialState, '--no-progress'],
      uzhkh.env,
    );
    expect(resumed.code).toBe(0);
    expect(readFileSync(partial, 'utf8')).toBe(all);
    expect(JSON.parse(readFileSync(partialState, 'utf8'))).toMatchObject({ next: 4, items: 450, done: true });

    const again = await xsdk(
      ['export', 'uzhkh', 'accounts', '-o', partial, '--state', partialState],
      uzhkh.env,
    );
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('says this export is complete');
    expect(readFileSync(partial, 'utf8')).toBe(all);
  });

  it('window streams resume from the day after the last completed window', async () => {
    const agbis = await emulate('agbis', ['--seed-size', '8']);
    try {
      const state = join(dir, 'orders.state.json');
      writeFileSync(
        state,
        JSON.stringify({ api: 'agbis', stream: 'orders', next: today, items: 0, done: false }),
      );
      const run = await xsdk(
        ['export', 'agbis', 'orders', '--state', state, '-f', 'jsonl', '--window-days', '1'],
        agbis.env,
      );
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/agbis orders: 1\/1 windows/);
      expect(JSON.parse(readFileSync(state, 'utf8')).done).toBe(true);
    } finally {
      await agbis.stop();
    }
  });
});
