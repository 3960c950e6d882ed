import { AgbisClient, type AgbisClientOptions } from '@x/agbis';
import { AgbisEmulator, type AgbisSeed } from '@x/agbis/testing';
import { jsonMutation } from '@x/test-kit';
import fc from 'fast-check';

const LOGIN = '{"error":0,"Session_id":"S-1","Refresh_id":"R-1","User_ID":"1"}';

/**
 * A client whose Login succeeds and whose every other request is answered with `body` (no network);
 * `options` adds to the client's own (validation mode, logger).
 */
export function clientAnswering(
  body: () => string | Uint8Array,
  status = 200,
  options: Partial<AgbisClientOptions> = {},
) {
  return new AgbisClient({
    baseUrl: 'https://agbis.example/cl/x/api/',
    user: 'api',
    password: 'secret',
    retry: false,
    ...options,
    fetch: async (url) =>
      new Response((url.includes('?Login=') ? LOGIN : body()) as BodyInit, {
        status: url.includes('?Login=') ? 200 : status,
        headers: { 'content-type': 'text/html; charset=UTF-8' },
      }),
  });
}

/**
 * A client on an emulator seeded with one client (`10013`) and `orders`, which hands the text of
 * every answer, Login's too, to `onAnswer`: the fuzz tests take their samples from it.
 */
export function recordingClient(
  onAnswer: (url: string, text: string) => void,
  orders: AgbisSeed['orders'] = [],
) {
  const emulator = new AgbisEmulator({
    seed: {
      clients: [{ contr_id: '10013', name: 'Тест Тестович', teleph_cell: '+79990009900', discount: 12.5 }],
      orders,
    },
  });
  return new AgbisClient({
    baseUrl: 'https://agbis.test/cl/demo/api/',
    user: 'api',
    password: 'secret',
    fetch: async (input, init) => {
      const response = await emulator.fetch(input, init);
      onAnswer(input, await response.clone().text());
      return response;
    },
  });
}

/** A read (ContrInfoForAll), an order read with nested services, and the money write (PayForAll). */
export const calls = {
  read: (c: AgbisClient) => c.clients.info({ contr_id: 10013 }),
  order: (c: AgbisClient) => c.orders.info({ dor_id: 1 }),
  pay: (c: AgbisClient) => c.payments.pay({ dor_id: 1, amount: 10 }),
};

/** Mutations of JSON answers for the fuzz tests: values the vendor really sends, and hostile ones. */
export const vendorMutation = jsonMutation(
  [
    '',
    null,
    '0',
    '1',
    '3',
    '106',
    '132,69',
    '1 399 165,42',
    '24.01.2018+17:00:00',
    '%',
    '%E0%A4%A',
    '+',
    '__proto__',
    [],
    {},
  ],
  [fc.integer({ min: -200, max: 200 })],
);
