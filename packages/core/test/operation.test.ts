import {
  type CallOptions,
  RequestValidationError,
  ResponseError,
  Transport,
  defineOperation,
  zDecimal,
} from '@x/core';
import { bindOperations, decodeOutput } from '@x/core/internal';
import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { captureLogger, useMswServer } from '@x/test-kit';

const BASE = 'https://vendor.test/api';
let received = 0;
useMswServer(
  http.get(`${BASE}/price`, ({ request }) => {
    received++;
    const id = new URL(request.url).searchParams.get('id');
    return HttpResponse.json({ id, price: '132,69', extra: 'kept' });
  }),
);

const table = {
  get: defineOperation({
    wire: 'PriceGet',
    idempotent: true,
    input: z.object({ id: z.string().check(z.minLength(1)) }),
    output: z.looseObject({ id: z.string(), price: zDecimal() }),
    doc: 'One price.',
    meta: { path: 'price' },
  }),
  ping: defineOperation({
    wire: 'Ping',
    idempotent: true,
    input: z.optional(z.object({})),
    output: z.object({}),
    doc: 'Ping.',
    meta: { path: 'ping' },
  }),
};

describe('operation tables', () => {
  const transport = new Transport({ baseUrl: BASE });
  const methods = bindOperations('prices', table, async (op, name, input, options?: CallOptions) => {
    const { id } = input as { id: string };
    const wire = await transport.request(
      {
        operation: name,
        idempotent: op.idempotent,
        method: 'GET',
        path: (op.meta as { path: string }).path,
        query: { id },
        decode: (raw) => JSON.parse(raw.text()),
      },
      options,
    );
    return decodeOutput(op, wire, name, 'strict');
  });

  it('types flow from the schemas to the method', async () => {
    const out = await methods.get({ id: 'A1' });
    expectTypeOf(out.price).toEqualTypeOf<number | null>();
    expectTypeOf(methods.get).parameter(0).toEqualTypeOf<{ id: string }>();
    expectTypeOf(methods.ping).parameter(0).toEqualTypeOf<Record<string, never> | undefined>();
    expect(out).toEqual({ id: 'A1', price: 132.69, extra: 'kept' });
  });

  it('rejects bad input before sending, naming the field', async () => {
    received = 0;
    const error = await methods.get({ id: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]?.path).toBe('id');
    expect((error as Error).message).toContain('[prices.get]');
    expect(received).toBe(0);
  });
});

describe('response validation modes', () => {
  const op = table.get;
  const wire = { id: 'A', price: 'not a number', extra: 1 };
  it('strict: a mismatch is a ResponseError with the path', () => {
    const e = (() => {
      try {
        decodeOutput(op, wire, 'prices.get', 'strict');
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(ResponseError);
    expect((e as ResponseError).issues[0]?.path).toBe('price');
  });

  it('lenient: keeps what decodes and reports the mismatch to the logger', () => {
    const logger = captureLogger();
    const out = decodeOutput(op, wire, 'prices.get', 'lenient', logger);
    expect(out).toEqual({ id: 'A', price: null, extra: 1 });
    expect(logger.records[0]?.record).toMatchObject({ event: 'response_mismatch', operation: 'prices.get' });
  });

  it('lenient still fails when a required field cannot be kept', () => {
    expect(() => decodeOutput(op, { price: '1' }, 'prices.get', 'lenient')).toThrow(ResponseError);
  });

  it('off: returns the wire value untouched', () => {
    expect(decodeOutput(op, wire, 'prices.get', 'off')).toBe(wire);
  });
});
