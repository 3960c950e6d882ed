// The README and docs operation tables are generated from the operation tables
// (scripts/gen-op-tables.mjs); this is the drift check that keeps them so.
import { describe, expect, it } from 'vitest';
import { driftedFiles, fillBlocks, renderTable } from '../../../scripts/gen-op-tables.mjs';

describe('generated operation tables', () => {
  it('the README and docs/clients tables are what scripts/gen-op-tables.mjs writes (no drift)', async () => {
    // A failure names the files: run `node scripts/gen-op-tables.mjs` and commit them.
    expect(await driftedFiles()).toEqual([]);
  }, 30_000);

  it('renders a row per operation with idempotency, the outcome check of writes and the vendor column', () => {
    const table = renderTable(
      {
        invoices: {
          byNumber: { wire: 'ByNumber', idempotent: true, meta: 'GET' },
          pay: { wire: 'Pay', idempotent: false, verify: 'check byNumber', meta: 'POST' },
          old: { wire: 'Old', idempotent: false, deprecated: 'use pay', meta: 'POST' },
        },
      },
      ['HTTP', (op) => String(op.meta)],
    );
    expect(table.split('\n')).toEqual([
      '| method | wire operation | idempotent | outcome check | HTTP |',
      '|---|---|---|---|---|',
      '| `invoices.byNumber` | `ByNumber` | yes |  | GET |',
      '| `invoices.pay` | `Pay` | **no** | yes | POST |',
      '| `invoices.old` (deprecated) | `Old` | **no** | — | POST |',
    ]);
  });

  it('replaces a stale block and leaves the rest of the page alone', () => {
    const page = 'intro\n<!-- ops:begin t -->\n| stale |\n<!-- ops:end -->\noutro\n';
    const { text, found } = fillBlocks(page, { t: '| fresh |' });
    expect(found).toEqual(['t']);
    expect(text).toContain('| fresh |');
    expect(text).not.toContain('stale');
    expect(text.startsWith('intro\n')).toBe(true);
    expect(text.endsWith('outro\n')).toBe(true);
    expect(() => fillBlocks('<!-- ops:begin nope -->\n<!-- ops:end -->', {})).toThrow(/nope/);
  });
});
