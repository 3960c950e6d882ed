// The operation reference (docs/generate-reference.mjs) gives every field its declared type and
// its meaning from the named interfaces, and every method its personal-data fields (issue 16 §1).
// Generated into a temporary folder, from a TypeScript program of its own (the docs build passes
// TypeDoc's).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateReference } from '../generate-reference.mjs';

const docsDir = dirname(dirname(fileURLToPath(import.meta.url)));
const root = dirname(docsDir);
let out: string;
let methods: number;
const read = (page: string) => readFileSync(join(out, page), 'utf8');
/** The section of one method: from its heading to the next. */
const sectionOf = (page: string, call: string) => {
  const text = read(page);
  const start = text.indexOf(`### ${call}\n`);
  expect(start, `${call} in ${page}`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf('\n### ', start + 4);
  return text.slice(start, end < 0 ? undefined : end);
};

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'docs-reference-'));
  methods = await generateReference(root, docsDir, { outDir: out });
}, 180_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('operation reference', () => {
  it('gives input and result fields their declared types and meanings from the named interfaces', () => {
    expect(methods).toBeGreaterThan(200);
    const pay = sectionOf('tmmis.md', 'tmmis.invoices.pay(input)');
    expect(pay).toContain('Input (`PayInput`):');
    expect(pay).toContain('| field | type | required | meaning |');
    expect(pay).toMatch(/\| `checkNum` \| `string` \| yes \| Receipt number in the cash-register shift/);
    expect(pay).toMatch(/\| `Payments\[\]\.PaymentType` \| `PaymentType` \| yes \| Form of payment/);
    expect(pay).toContain('Result (`CommandResult`):');
    // PartnerAPI rows: the TypeScript type, and the vendor's where it says more.
    const clientRead = sectionOf('partnerapi.md', 'api.client.read(input)');
    expect(clientRead).toContain('Result (`ClientRow[]`):');
    expect(clientRead).toMatch(
      /\| `\[\]\.pay_method_id` \| `number \\\| null` \(vendor: `integer`\) \| yes \| Pay method/,
    );
    // A result without fields (binary data) shows its type, not the members of Uint8Array.
    const binary = sectionOf('partnerapi.md', 'api.statistics.chatHistoryColleaguesRead(input)');
    expect(binary).toMatch(/Result: `Uint8Array/);
    expect(binary).not.toContain('| `byteLength` |');
    // No result type is left as `decoded`, on any page.
    for (const page of ['tmmis.md', 'uzhkh.md', 'partnerapi.md', 'partnerwebapi2.md', 'agbis.md'])
      expect(read(page), page).not.toMatch(/\| `decoded` \|/);
  });

  it('marks each method’s personal-data fields', () => {
    const clientRead = sectionOf('partnerapi.md', 'api.client.read(input)');
    expect(clientRead).toMatch(/\| personal data \| `client_name`, `client_full_name`, `client_inn`: masked/);
    expect(clientRead).toMatch(/\| `\[\]\.client_inn` \| [^\n]*\| \*\*personal data\.\*\* /);
    expect(sectionOf('tmmis.md', 'tmmis.cashDesks.register(input)')).toContain(
      '| personal data | none declared |',
    );
    const webRead = sectionOf('partnerwebapi2.md', 'api.clients.read(input)');
    expect(webRead).toMatch(/\| personal data \| `FullName`, `Name`: masked/);
  });
});
