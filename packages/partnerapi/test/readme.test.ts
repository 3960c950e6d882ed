// The README's error examples run against the emulator and end in the error class they check for
// (issue 11, item 7: the old example used a valid registration number, so its branch never ran).
import { readFileSync } from 'node:fs';
import { RequestValidationError, SdkError } from '@x/core';
import { PartnerApiError } from '@x/partnerapi';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh: setup } = useHarness();

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const CLASSES: Record<string, new (...args: never[]) => Error> = { RequestValidationError, PartnerApiError };
// `try { <body> } catch (e) { if (e instanceof <Class>…`, as the Quick start writes them.
const EXAMPLE = /^try \{\n([\s\S]*?)\n\} catch \(e\) \{\n\s*if \(e instanceof (\w+)(.*)$/gm;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

describe('README error examples', () => {
  const examples = [...readme.matchAll(EXAMPLE)];

  it('the Quick start has error examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const [, body, className, rest] of examples) {
    it(`ends in ${className}${rest!.includes('reason') ? ' with the reason it checks' : ''}: ${body!.trim().split('\n').at(-1)}`, async () => {
      const { client } = setup();
      const regions = await client.partner.regionRead();
      const js = transformSync(body!, { loader: 'ts' }).code;
      const error = await new AsyncFunction('api', 'regions', js)(client, regions).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, 'the example must fail').toBeInstanceOf(SdkError);
      expect(error).toBeInstanceOf(CLASSES[className!]!);
      const reason = /e\.reason === '(\w+)'/.exec(rest!)?.[1];
      if (reason) expect((error as PartnerApiError).reason).toBe(reason);
      if (error instanceof RequestValidationError) expect(error.issues[0]?.path).toBe('client_reg_num');
    });
  }
});
