// Rows decoded while the body arrives (issue 17): the streamed result equals the whole-text
// decoders' on every split of the text, anything else is left to them, and the client's answers
// and errors are the same as before.
import { ResponseError } from '@x/core';
import { PartnerApiClient, decodeEnvelope, decodeGeneral } from '@x/partnerapi';
import { answerXml, valueTableXml } from '@x/partnerapi/testing';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_REFERENCES } from '../src/soap/limits.js';
import { RowStream } from '../src/soap/stream-rows.js';

const NS = 'http://buhphone.com/PartnerAPI';
const COLUMNS = {
  client_id: 'string',
  client_name: 'string',
  client_del: 'boolean',
  pay_method_id: 'integer',
  client_kpp: 'string',
} as const;
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    client_id: `c-${i}`,
    client_name: i % 3 ? `ООО «Клиент ${i}» & партнёры <${i}> 😀` : '',
    client_del: i % 2 === 0,
    pay_method_id: i % 5,
    client_kpp: i % 4 === 0 ? null : '770101001',
  }));
const answer = (n: number, version: '1.1' | '1.2' = '1.2') =>
  answerXml(version, NS, 'client_read', valueTableXml(COLUMNS, rows(n)), undefined, true);

const FAULT =
  '<?xml version="1.0" encoding="UTF-8"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><soap:Fault><soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code><soap:Reason><soap:Text xml:lang="ru">Нет доступа</soap:Text></soap:Reason></soap:Fault></soap:Body></soap:Envelope>';

/** Feeds `text` to a RowStream in pieces that end at `cuts`, as the transport would. */
function streamed(text: string, cuts: readonly number[]) {
  const stream = new RowStream();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    stream.write(text.slice(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  stream.write(text.slice(from));
  stream.end();
  return stream.result();
}

describe('RowStream: the single-pass row decoder fed piece by piece', () => {
  it('equals the whole-text decoders on every split of a table answer', () => {
    const text = answer(12);
    const whole = decodeEnvelope(text, 'client.read');
    expect(whole.kind).toBe('rows');
    expect(decodeGeneral(text, 'client.read')).toEqual(whole);
    // Every single cut, then random sets of cuts (pieces of one character included).
    for (let at = 0; at <= text.length; at++) expect(streamed(text, [at])).toEqual(whole);
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 60 }), (cuts) => {
        expect(streamed(text, cuts)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('handles SOAP 1.1, a prefixed table and empty rows like the whole text', () => {
    const prefixed = answer(3).replace(/<(\/?)(row|Value|column|Name|ValueType|Type)([ >/])/g, '<$1v8:$2$3');
    const empties = answer(3).replace(/<row>[\s\S]*?<\/row>/, '<row/>');
    for (const text of [
      answer(5, '1.1'),
      prefixed,
      empties,
      empties.replace(/<\/row>\s*<\/return>/, '</row><row/></return>'),
    ]) {
      const whole = decodeEnvelope(text, 'client.read');
      for (let at = 0; at <= text.length; at += 7) expect(streamed(text, [at, at + 3])).toEqual(whole);
    }
  });

  it.each([
    ['a DTD', (t: string) => t.replace('<soap:Envelope', '<!DOCTYPE x [<!ENTITY e "x">]><soap:Envelope')],
    ['a comment between rows', (t: string) => t.replace('</row><row>', '</row><!-- c --><row>')],
    ['CDATA in a cell', (t: string) => t.replace('>c-1<', '><![CDATA[c-1]]><')],
    ['a body cut short after the table', (t: string) => t.slice(0, t.indexOf('</soap:Body>'))],
    ['a body cut short inside the rows', (t: string) => t.slice(0, t.length >> 1)],
    ['a row with more values than columns', (t: string) => t.replace('</row>', '<Value>x</Value></row>')],
    [
      'a cell that is not base64',
      (t: string) =>
        t.replace('<Value xsi:type="xs:string">c-1</Value>', '<Value xsi:type="xs:base64Binary">!!</Value>'),
    ],
    ['a Fault', () => FAULT],
    [
      'more than MAX_REFERENCES references',
      (t: string) => t.replace('>c-1<', `>${'&#65;'.repeat(MAX_REFERENCES + 1)}<`),
    ],
  ])('leaves %s to the whole-text path (no result)', (_what, mutate) => {
    const text = mutate(answer(6));
    expect(text).not.toBe(answer(6));
    for (const cuts of [[], [text.length >> 1], [1, 2, 3, 500, 501]])
      expect(streamed(text, cuts)).toBeUndefined();
  });

  it('leaves named rows and scalars to the whole-text path', () => {
    const named = answerXml('1.2', NS, 'client_read', '<m:row><m:client_id>1</m:client_id></m:row>');
    expect(streamed(named, [40])).toBeUndefined();
    expect(decodeEnvelope(named, 'x').kind).toBe('rows');
  });

  it('has no result before end() (the transport never calls it for invalid UTF-8 or a body over the limit)', () => {
    const stream = new RowStream();
    stream.write(answer(3));
    expect(stream.result()).toBeUndefined();
    stream.end();
    expect(stream.result()).toEqual(decodeEnvelope(answer(3), 'x'));
  });
});

describe('the client decodes a table while the body arrives', () => {
  afterEach(() => vi.restoreAllMocks());

  /** A client whose answer comes as a stream of `pieces` (byte lengths), the UTF-8 of `text` cut anywhere. */
  function chunked(text: string, piece: number) {
    const bytes = new TextEncoder().encode(text);
    return new PartnerApiClient({
      endpoint: 'https://cus.example.test/cus/ws/PartnerAPI',
      user: 'partner',
      password: 'secret',
      retry: false,
      fetch: async () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (let i = 0; i < bytes.length; i += piece) controller.enqueue(bytes.slice(i, i + piece));
              controller.close();
            },
          }),
          { headers: { 'content-type': 'application/soap+xml; charset=utf-8' } },
        ),
    });
  }

  it.each([1, 7, 1000, 1 << 20])(
    'rows in pieces of %i bytes: the streamed result, equal to the general path',
    async (piece) => {
      const result = vi.spyOn(RowStream.prototype, 'result');
      const text = answer(25);
      const out = await chunked(text, piece).client.read({});
      // The rows came from the stream, not from decoding the text again.
      expect(result.mock.results.some((r) => r.value !== undefined)).toBe(true);
      expect(out).toHaveLength(25);
      // The same client with the stream's result withheld decodes the whole text instead.
      result.mockReturnValue(undefined);
      expect(await chunked(text, piece).client.read({})).toEqual(out);
    },
  );

  it('an answer cut short is still refused with the same error', async () => {
    const text = answer(25);
    const cut = text.slice(0, text.indexOf('</soap:Body>'));
    const error = await chunked(cut, 100)
      .client.read({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(() => decodeEnvelope(cut, 'partnerapi.client.read')).toThrow((error as Error).message);
  });
});
