// All-in browser bundle size of every package entry (min + gzip -9), measured by scripts/size.mjs
// (the same script that enforces size-budgets.json), so the issue-17 targets table can name them.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const title = 'Bundle size (scripts/size.mjs)';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function run() {
  let out;
  try {
    out = execFileSync(process.execPath, [join(root, 'scripts', 'size.mjs')], { encoding: 'utf8' });
  } catch (error) {
    // Over budget exits 1 but still prints the table: the bench reports, it does not enforce.
    out = String(error.stdout ?? '');
  }
  const rows = [];
  for (const line of out.split('\n')) {
    const m = /^\| (@x\/\S+) \| ([\d.]+) KB \| ([\d.]+) KB \|/.exec(line);
    if (m)
      rows.push({
        section: 'size',
        case: m[1],
        values: { 'own KB': Number(m[2]), 'all-in KB': Number(m[3]) },
      });
  }
  if (rows.length === 0) throw new Error(`scripts/size.mjs printed no table:\n${out}`);
  return rows;
}
