// Issue 11 item 1 (last bullet): a documented field absent from every record of an answer is
// reported (strict: ResponseError; lenient: one warning per call), never a quiet null.
import { ResponseError, defineOperation, zDecimal } from '@x/core';
import { alwaysPresent, decodeOutput, findMissingFields } from '@x/core/internal';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { captureLogger } from '@x/test-kit';

const Line = z.looseObject({
  id: alwaysPresent(z.string()),
  // Accepts an absent value (decodes to null), as vendor codecs do: the marker is what counts.
  price: alwaysPresent(z.optional(zDecimal())),
  note: z.optional(z.string()),
});
const Page = z.looseObject({
  Items: z.pipe(
    z.optional(z.nullable(z.array(Line))),
    z.transform((v) => v ?? []),
  ),
  Page: alwaysPresent(z.optional(zDecimal())),
});
const op = defineOperation({
  wire: 'List',
  idempotent: true,
  input: z.undefined(),
  output: Page,
  doc: 'A page of lines.',
  meta: {},
});

describe('findMissingFields', () => {
  it('names a marked field that no record carries, through list and page wrappers', () => {
    expect(findMissingFields(Page, { Page: 1, Items: [{ id: 'a' }, { id: 'b' }] })).toEqual([
      'Items[].price',
    ]);
    expect(findMissingFields(Page, { Items: [{ id: 'a', cost: 1 }] })).toEqual(['Items[].price', 'Page']);
  });

  it('is quiet when one record has it, when it is null, when unmarked, or when there are no records', () => {
    expect(findMissingFields(Page, { Page: 1, Items: [{ id: 'a' }, { id: 'b', price: '1' }] })).toEqual([]);
    expect(findMissingFields(Page, { Page: 1, Items: [{ id: 'a', price: null }] })).toEqual([]);
    expect(findMissingFields(Page, { Page: 1, Items: [{ id: 'a', price: '' }] })).toEqual([]);
    expect(findMissingFields(Page, { Page: 1, Items: [] })).toEqual([]);
    expect(findMissingFields(Page, { Page: 1, Items: null })).toEqual([]);
  });
});

describe('decodeOutput and documented fields missing from every record', () => {
  const answer = {
    Page: 1,
    Items: [
      { id: 'a', cost: '1,5' },
      { id: 'b', cost: '2' },
    ],
  };

  it('strict: a ResponseError naming the missing fields', () => {
    let error: unknown;
    try {
      decodeOutput(op, answer, 'lines.list', 'strict');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResponseError);
    expect((error as ResponseError).message).toContain('Items[].price');
    expect((error as ResponseError).issues).toEqual([
      { path: 'Items[].price', message: 'documented field is absent from every record' },
    ]);
  });

  it('lenient: one warn record per call naming them; the values are not invented', () => {
    const log = captureLogger();
    const out = decodeOutput(op, answer, 'lines.list', 'lenient', log);
    expect(out.Items.map((l) => l.price)).toEqual([undefined, undefined]);
    expect(out.Items[0]).toMatchObject({ cost: '1,5' });
    const warnings = log.records.filter((r) => r.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.record).toMatchObject({
      event: 'response_mismatch',
      operation: 'lines.list',
      detail: { missingFields: ['Items[].price'] },
    });
  });

  it('off: the wire value as it came, no check', () => {
    expect(decodeOutput(op, answer, 'lines.list', 'off')).toBe(answer);
  });

  it('an answer that has every documented field somewhere decodes without a word', () => {
    const log = captureLogger();
    decodeOutput(op, { Page: 1, Items: [{ id: 'a' }, { id: 'b', price: '2' }] }, 'lines.list', 'strict', log);
    expect(log.records).toEqual([]);
  });
});
