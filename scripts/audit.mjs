#!/usr/bin/env node
// Dependency advisory check of production dependencies: `pnpm audit --prod`. Fails on a high or
// critical advisory. When the registry does not answer the audit endpoint (some mirrors answer
// 405, offline machines cannot reach it), it says so and passes: no answer is not a finding.
import { spawnSync } from 'node:child_process';

const NO_ANSWER =
  /ERR_PNPM_AUDIT_BAD_RESPONSE|ERR_PNPM_AUDIT_ENDPOINT_NOT_EXISTS|ERR_PNPM_FETCH|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ENETUNREACH|socket hang up/;

const res = spawnSync('pnpm', ['audit', '--prod', '--json'], {
  encoding: 'utf8',
  timeout: 90_000,
  maxBuffer: 64 * 1024 * 1024,
});
const out = `${res.stdout ?? ''}\n${res.stderr ?? ''}`;

if (res.error) {
  if (res.error.code === 'ETIMEDOUT') {
    console.log('advisory check skipped: the registry did not answer the audit endpoint within 90 s.');
    process.exit(0);
  }
  console.log(`✗ could not run pnpm audit: ${res.error.message}`);
  process.exit(1);
}

let report;
try {
  report = JSON.parse(res.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (counts) {
  const high = (counts.high ?? 0) + (counts.critical ?? 0);
  const summary = ['critical', 'high', 'moderate', 'low', 'info']
    .map((k) => `${counts[k] ?? 0} ${k}`)
    .join(', ');
  console.log(`production dependency advisories: ${summary}`);
  for (const a of Object.values(report.advisories ?? {})) {
    if (a.severity === 'high' || a.severity === 'critical') {
      console.log(`  ${a.severity}: ${a.module_name} ${a.vulnerable_versions} — ${a.title} (${a.url})`);
    }
  }
  process.exit(high > 0 ? 1 : 0);
}

if (NO_ANSWER.test(out)) {
  const status = out.match(/responded with (\d{3})/)?.[1];
  console.log(
    `advisory check skipped: the registry does not answer the audit endpoint${status ? ` (HTTP ${status})` : ''}; run \`pnpm audit --prod\` against a registry that supports it.`,
  );
  process.exit(0);
}

console.log(out.trim());
console.log(`✗ pnpm audit ended with exit ${res.status} and no report that could be read.`);
process.exit(1);
