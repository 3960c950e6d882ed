// Pages generated at docs build time from files of the repository, so they cannot go stale:
// - docs/changelog.md from the pending changesets (.changeset/*.md), grouped by package;
// - docs/performance.md from bench/results/latest.json (the last full benchmark run).
// Both are gitignored; docs/build.mjs calls generatePages() before VitePress builds the site.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Escapes what a Markdown table cell or a Vue template would misread. */
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/\{\{/g, '{ {');

/** Reads one changeset: `{ packages: { '@x/a': 'minor' }, body }`. */
export function parseChangeset(text) {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text.replace(/\r\n/g, '\n'));
  if (!m) return undefined;
  const packages = {};
  for (const line of m[1].split('\n')) {
    const entry = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (entry) packages[entry[1]] = entry[2];
  }
  return { packages, body: m[2].trim() };
}

/** The changelog page: every pending changeset, under each package it names, minor before patch. */
export function changelogPage(root) {
  const dir = join(root, '.changeset');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md') : [];
  const byPackage = new Map();
  for (const file of files.sort()) {
    const parsed = parseChangeset(readFileSync(join(dir, file), 'utf8'));
    if (!parsed) continue;
    for (const [pkg, bump] of Object.entries(parsed.packages)) {
      if (!byPackage.has(pkg)) byPackage.set(pkg, []);
      byPackage.get(pkg).push({ bump, body: parsed.body, file });
    }
  }
  const rank = { major: 0, minor: 1, patch: 2 };
  const lines = [
    '---',
    'title: Changelog',
    '---',
    '',
    '# Changelog',
    '',
    'No version has been published yet: everything below is the pending changes of each package, one',
    `entry per [changeset](https://github.com/changesets/changesets) (\`.changeset/*.md\`, ${files.length} files),`,
    'generated when the site is built. `pnpm changeset version` turns them into versions and package changelogs.',
    '',
  ];
  for (const pkg of [...byPackage.keys()].sort()) {
    const entries = byPackage.get(pkg).sort((a, b) => rank[a.bump] - rank[b.bump]);
    lines.push(`## ${pkg}`, '');
    for (const e of entries) {
      const [first, ...rest] = e.body.split('\n');
      lines.push(`- **${e.bump}** ${first}`);
      for (const line of rest) lines.push(line.trim() ? `  ${line}` : '');
    }
    lines.push('');
  }
  return lines.join('\n');
}

const fmt = (n, digits = 2) =>
  typeof n === 'number'
    ? Number.isInteger(n)
      ? n.toLocaleString('en-US')
      : n.toFixed(digits)
    : String(n ?? '');
const times = (n) => (typeof n === 'number' ? `${n.toFixed(2)}×` : '');

/** The performance page: machine and date, every measured ratio and value, targets met and missed. */
export function performancePage(root) {
  const file = join(root, 'bench', 'results', 'latest.json');
  const head = ['---', 'title: Performance', '---', '', '# Performance', ''];
  if (!existsSync(file))
    return [...head, 'No benchmark run has been recorded yet (`pnpm bench`).', ''].join('\n');
  const run = JSON.parse(readFileSync(file, 'utf8'));
  const m = run.machine ?? {};
  const lines = [
    ...head,
    'What the SDK costs over doing the same HTTP call by hand (`fetch` + `JSON.parse`, or a generic XML',
    'parse for SOAP), measured by `bench/` against loopback servers replaying recorded answers. Generated',
    'from `bench/results/latest.json` when the site is built.',
    '',
    '## The run',
    '',
    '| | |',
    '|---|---|',
    `| date | ${cell(m.date ?? 'unknown')} |`,
    `| machine | ${cell(`${m.cpu ?? '?'} × ${m.cores ?? '?'} cores, ${m.memoryGB ?? '?'} GB`)} |`,
    `| Node | ${cell(m.node ?? '?')} |`,
    `| load average before → after | ${fmt(m.loadBefore)} → ${fmt(m.loadAfter)} |`,
    `| duration | ${fmt(m.totalSeconds, 0)} s${run.quick ? ' (quick mode: reduced sizes, not a measurement)' : ''} |`,
    '',
  ];
  if (typeof m.loadBefore === 'number' && typeof m.cores === 'number' && m.loadBefore > m.cores) {
    lines.push(
      `The machine was busy during the run (load average above its ${m.cores} cores), so wall-clock`,
      'ratios are indicative; the CPU-time ratios are steadier.',
      '',
    );
  }
  const targets = run.targets ?? [];
  if (targets.length) {
    const met = targets.filter((t) => t.met).length;
    lines.push(
      '## Targets',
      '',
      `${met} of ${targets.length} targets met.`,
      '',
      '| target | goal | measured | |',
      '|---|---|---|---|',
    );
    for (const t of targets) {
      // A goal in KB is a size; any other is a ratio.
      const unit = /KB/.test(t.target ?? '') ? 'KB' : '×';
      const value =
        typeof t.value !== 'number'
          ? cell(t.value ?? '')
          : unit === 'KB'
            ? `${fmt(t.value, 1)} KB`
            : times(t.value);
      lines.push(`| ${cell(t.name)} | ${cell(t.target)} | ${value} | ${t.met ? '✓ met' : '✗ missed'} |`);
    }
    lines.push('');
  }
  lines.push('## Every measurement', '');
  for (const c of run.cases ?? []) {
    lines.push(`### ${cell(c.title)}`, '');
    const ratios = c.rows.filter((r) => typeof r.ratio === 'number');
    if (ratios.length) {
      lines.push(
        '| case | baseline median (ms) | SDK median (ms) | ratio | CPU ratio | target |',
        '|---|---|---|---|---|---|',
      );
      for (const r of ratios) {
        const target =
          typeof r.target === 'number'
            ? `${r.ratio <= r.target ? '✓' : '✗'} ≤ ${r.target}×`
            : cell(r.target ?? '');
        lines.push(
          `| ${cell(r.case)} | ${fmt(r.baseline?.median, 3)} | ${fmt(r.candidate?.median, 3)} | ${times(r.ratio)} | ${times(r.cpu?.ratio)} | ${target} |`,
        );
      }
      lines.push('');
    }
    for (const r of c.rows.filter((row) => typeof row.ratio !== 'number' && row.values)) {
      const values = Object.entries(r.values)
        .map(([k, v]) => `${k}: ${typeof v === 'number' ? fmt(v) : v}`)
        .join(' · ');
      lines.push(`- ${cell(r.case)}: ${cell(values)}`);
    }
    lines.push('');
  }
  lines.push(
    '## Reproduce',
    '',
    '```sh',
    'pnpm install',
    'pnpm build',
    'pnpm bench                  # node bench/run.mjs: every case; writes bench/results/latest.{json,md}',
    'node bench/run.mjs uzhkh    # only the case files whose name contains "uzhkh"',
    '```',
    '',
    'Run it on an otherwise idle machine: the ratios compare two measurements taken side by side, but a',
    'busy machine widens them. `bench/README.md` explains each case and how to read the tables.',
    '',
  );
  return lines.join('\n');
}

/** Writes docs/changelog.md and docs/performance.md. */
export function generatePages(root, docsDir) {
  writeFileSync(join(docsDir, 'changelog.md'), changelogPage(root));
  writeFileSync(join(docsDir, 'performance.md'), performancePage(root));
}
