#!/usr/bin/env node
// Publishing metadata kept in one place: the root package.json's `repository.url` and the root
// LICENSE. `node scripts/package-meta.mjs` writes `repository` (with `directory`), `homepage`,
// `bugs` and LICENSE into every package; `--check` only reports drift (the consumer check runs it).
// The repository URL is a placeholder until the project has a public home: change it at the root
// and run this script.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const repoUrl = rootPkg.repository?.url;
if (!repoUrl) throw new Error('root package.json needs repository.url');
// git+https://host/owner/name.git → https://host/owner/name
const web = repoUrl.replace(/^git\+/, '').replace(/\.git$/, '');
const license = readFileSync(join(root, 'LICENSE'), 'utf8');

const problems = [];
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const file = join(dir, 'package.json');
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');
  const pkg = JSON.parse(text);
  const want = {
    repository: { type: 'git', url: repoUrl, directory: `packages/${name}` },
    homepage: `${web}/tree/main/packages/${name}#readme`,
    bugs: { url: `${web}/issues` },
  };
  // Rebuild the object so the fields sit after `license`, whatever order they had.
  const next = {};
  for (const [k, v] of Object.entries(pkg)) {
    if (k in want) continue;
    next[k] = v;
    if (k === 'license') Object.assign(next, want);
  }
  if (!('repository' in next)) Object.assign(next, want);
  if (!next.files?.includes('LICENSE')) next.files = [...(next.files ?? []), 'LICENSE'];
  const out = `${JSON.stringify(next, null, 2)}\n`;
  const licenseFile = join(dir, 'LICENSE');
  const licenseOk = existsSync(licenseFile) && readFileSync(licenseFile, 'utf8') === license;
  if (check) {
    if (out !== text)
      problems.push(`packages/${name}/package.json: publishing metadata differs from the root's`);
    if (!licenseOk) problems.push(`packages/${name}/LICENSE: missing or differs from the root LICENSE`);
  } else {
    if (out !== text) writeFileSync(file, out);
    if (!licenseOk) writeFileSync(licenseFile, license);
  }
}
if (problems.length) {
  for (const p of problems) console.error(`✗ ${p}`);
  console.error('run `node scripts/package-meta.mjs` to fix');
  process.exit(1);
}
if (!check) console.log('package metadata and LICENSE files written');
