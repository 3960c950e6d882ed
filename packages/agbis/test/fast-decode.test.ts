import { type AgbisClient, type AgbisOperation, operationGroups } from '@x/agbis';
import { blankOrder, blankService } from '@x/agbis/testing';
import type { ValidationMode } from '@x/core';
import { decodeOutput } from '@x/core/internal';
import { captureLogger, mutatedSamples, settle } from '@x/test-kit';
import { clientAnswering, recordingClient, vendorMutation } from './answering.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DecodedOutput, decodeJsonAnswerFast } from '../src/fast-decode.js';

/**
 * The single-pass decoder (src/fast-decode.ts) is a shortcut: every answer must decode to what the
 * ordinary path (strings decoded, then zod through `decodeOutput`) makes of it, with the same error
 * or the same warning. The reference here is exactly that path: a client with `validation: 'off'`
 * returns the wire value with its strings decoded, and `decodeOutput` validates it as before.
 */

function answering(body: string, mode: ValidationMode, logger = captureLogger()) {
  return clientAnswering(() => body, 200, { validation: mode, logger });
}

type Op = AgbisOperation;
const ops = new Map<string, { op: Op; name: string }>();
for (const [group, table] of Object.entries(operationGroups)) {
  for (const [key, op] of Object.entries(table as Record<string, Op>)) {
    ops.set(op.wire, { op, name: `agbis.${group}.${key}` });
  }
}

/** Calls the operation of `wire` through `client.call` (the table method's own path). */
const callOf = (client: AgbisClient, wire: string, params: unknown) =>
  (client.call as (c: string, p?: unknown) => Promise<unknown>)(wire, params);

const mismatchLogs = (logger: ReturnType<typeof captureLogger>) =>
  logger.records
    .filter((r) => (r.record as { event?: string }).event === 'response_mismatch')
    .map((r) => ({ level: r.level, record: r.record, message: r.message }));

function describeError(error: unknown) {
  if (!(error instanceof Error)) return error;
  const e = error as Error & { issues?: unknown; operation?: unknown };
  return { type: e.constructor.name, message: e.message, issues: e.issues, operation: e.operation };
}

/** Asserts that `body`, answered to `wire`, decodes (or fails) the same on both paths. */
async function expectSameAsSlowPath(wire: string, params: unknown, body: string, mode: 'strict' | 'lenient') {
  const { op, name } = ops.get(wire)!;
  const fastLog = captureLogger();
  const fast = await settle(callOf(answering(body, mode, fastLog), wire, params));
  const slowLog = captureLogger();
  const wireValue = await settle(callOf(answering(body, 'off'), wire, params));
  let slow: { value: unknown; error: unknown } = wireValue;
  if (wireValue.error === undefined) {
    try {
      slow = {
        value: decodeOutput(op, wireValue.value, `agbis.call.${wire}`, mode, slowLog),
        error: undefined,
      };
    } catch (error) {
      slow = { value: undefined, error };
    }
  }
  expect(describeError(fast.error), `${name} (${mode})`).toEqual(describeError(slow.error));
  expect(fast.value).toStrictEqual(slow.value);
  expect(mismatchLogs(fastLog)).toEqual(mismatchLogs(slowLog));
  return fast;
}

/** A read body as the transport hands it to a decoder. */
const rawOf = (body: string) => ({
  status: 200,
  headers: new Headers(),
  url: 'https://agbis.example/',
  bytes: new TextEncoder().encode(body),
  contentType: 'text/html',
  text: () => body,
  excerpt: () => '',
});

const NAMES = ['Пальто женское', 'Костюм мужской 2-ка', 'Ремонт: замена молнии', 'Платье 100% шёлк'];

/** Orders shaped as the bench seeds them (1–3 services, an addon, a payment), `n` of them. */
function makeOrders(n: number) {
  const base = Date.UTC(2026, 0, 1, 9, 0, 0);
  return Array.from({ length: n }, (_, i) => {
    const id = String(200000 + i);
    const accepted = base + (i % 30) * 86_400_000 + (i % 600) * 60_000;
    return blankOrder({
      dor_id: id,
      contr_id: '10013',
      accepted,
      date_out: accepted + 3 * 86_400_000,
      date_out_fact: i % 2 ? accepted + 4 * 86_400_000 : null,
      status_id: 1 + (i % 4),
      services: Array.from({ length: 1 + (i % 3) }, (_, k) =>
        blankService({
          dos_id: `${id}${k}`,
          barcode: `16000${id}${k}`,
          tov_id: ['10018', '10027', '10016'][(i + k) % 3]!,
          qty: 1 + (k % 2),
          price: 1399.15 + (i % 97) * 10.5,
          discount: i % 5 === 0 ? 12.5 : 0,
          status_id: 1 + (i % 4),
          ext_info: `${NAMES[(i + k) % NAMES.length]}, пятно + разрыв №${k + 1}`,
          addons: k === 0 ? [{ aos_id: `${id}9`, addon_id: '111', value: 'Бежевый с отливом' }] : [],
        }),
      ),
      payments: [{ id: `${id}1`, at: accepted, type_doc: 1, amount: 500.25, is_fiscal: true }],
    });
  });
}

/** Real emulator answers: [wire, params, body]. */
const answers: Array<[string, unknown, string]> = [];
const BETWEEN = { StartDate: '2026-01-01', StopDate: '2026-01-31' };

beforeAll(async () => {
  let last = '';
  const client = recordingClient((_url, text) => {
    last = text;
  }, makeOrders(300));
  const record = async (wire: string, params: unknown) => {
    await callOf(client, wire, params).catch(() => undefined);
    answers.push([wire, params, last]);
  };
  await record('OrdersBetweenForAll', BETWEEN);
  await record('OrderInfoForAll', { dor_id: 200001 });
  await record('ContrInfoForAll', { contr_id: 10013 });
  // Every command without parameters the emulator answers (reference lists and the like).
  for (const [wire, { op }] of ops) {
    if (op.meta.result === 'binary' || op.idempotent === false) continue;
    if (!(op.input as { _zod: { optin?: string } })._zod.optin) continue;
    await record(wire, undefined);
  }
  expect(answers.length).toBeGreaterThan(10);
});

describe('AGBIS single-pass decoder', () => {
  it('decodes 300 orders of OrdersBetweenForAll to exactly what string decoding + zod make of them', async () => {
    const [, params, body] = answers[0]!;
    const fast = await expectSameAsSlowPath('OrdersBetweenForAll', params, body, 'strict');
    const orders = (fast.value as { orders: Array<Record<string, unknown>> }).orders;
    expect(orders).toHaveLength(300);
    const services = orders[1]!.Srvices as Array<Record<string, unknown>>;
    expect(services[0]!.ext_info).toBe('Костюм мужской 2-ка, пятно + разрыв №1');
    expect(typeof orders[1]!.kredit).toBe('number');
    await expectSameAsSlowPath('OrdersBetweenForAll', params, body, 'lenient');
  });

  it('decodes every recorded emulator answer as the ordinary path does, strict and lenient', async () => {
    let fastServed = 0;
    for (const [wire, params, body] of answers) {
      await expectSameAsSlowPath(wire, params, body, 'strict');
      await expectSameAsSlowPath(wire, params, body, 'lenient');
      const { op, name } = ops.get(wire)!;
      if (decodeJsonAnswerFast(rawOf(body), name, wire, op.output) instanceof DecodedOutput) fastServed++;
    }
    // The comparison above means something only if the shortcut served most of these answers.
    expect(fastServed).toBeGreaterThan(answers.length * 0.8);
  });

  it('serves the answer itself: the records of the parsed answer are decoded in place, not copied', () => {
    const { op } = ops.get('OrdersBetweenForAll')!;
    const out = decodeJsonAnswerFast(
      rawOf(answers[0]![2]),
      'agbis.orders.between',
      'OrdersBetweenForAll',
      op.output,
    );
    expect(out).toBeInstanceOf(DecodedOutput);
    const orders = (out as DecodedOutput).value as { orders: Array<Record<string, unknown>> };
    expect(orders.orders).toHaveLength(300);
    expect(orders.orders[0]!.status_name).toBe('Новый');
  });

  it('declines what it is not sure of: vendor errors, missing documented fields, long integers, `__proto__`', async () => {
    const order = JSON.parse(answers[1]![2]) as { order: Record<string, unknown> };
    const cases = [
      '{"error":3,"Msg":"%D0%A1%D0%B5%D1%81%D1%81%D0%B8%D1%8F"}',
      '{"error":0,"order":[{"doc_num":"1"},{"doc_num":"2"}]}',
      `{"error":0,"order":[{"dor_id":12345678901234567890,"doc_num":"1","contr_id":"1","kredit":"1","debet":"1","dolg":"1","doc_date":"01.01.2026"}]}`,
      `{"error":0,"order":[{"dor_id":"1","doc_num":"1","contr_id":"1","kredit":"1","debet":"1","dolg":"1","doc_date":"01.01.2026","extra":[1,99999999999999999999]}]}`,
      `{"error":0,"order":[{"__proto__":{"x":"a%20b"},"dor_id":"1","doc_num":"1","contr_id":"1","kredit":"1","debet":"1","dolg":"1","doc_date":"01.01.2026"}]}`,
      `{"error":0,"order":[{"dor_id":"1","doc_num":"1","contr_id":"1","kredit":"1,5.2","debet":"1","dolg":"1","doc_date":"31.02.2026"}]}`,
      `{"error":0,"order":[${JSON.stringify({ ...order.order, Srvices: 'none' })}],}`,
    ];
    for (const body of cases) {
      await expectSameAsSlowPath('OrdersBetweenForAll', BETWEEN, body, 'strict');
      await expectSameAsSlowPath('OrdersBetweenForAll', BETWEEN, body, 'lenient');
    }
  });

  it('mutated answers give the same result, error or warning as the ordinary path (fuzz)', async () => {
    // Small samples: OrderInfoForAll, ContrInfoForAll and a few orders of OrdersBetweenForAll.
    const between = JSON.parse(answers[0]![2]) as { order: unknown[] };
    const small: Array<[string, unknown, string]> = [
      answers[1]!,
      answers[2]!,
      ['OrdersBetweenForAll', BETWEEN, JSON.stringify({ ...between, order: between.order.slice(0, 3) })],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: small.length - 1 }),
        fc.nat(),
        fc.constantFrom<'strict' | 'lenient'>('strict', 'lenient'),
        async (which, pick, mode) => {
          const [wire, params, sample] = small[which]!;
          const variants = mutatedSamples([sample], vendorMutation);
          const body = fc.sample(variants[pick % variants.length]!, { numRuns: 1, seed: pick })[0]!;
          await expectSameAsSlowPath(wire, params, body, mode);
        },
      ),
      { numRuns: 300 },
    );
  });
});
