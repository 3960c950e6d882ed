import { AgbisClient } from '@x/agbis';

const LOGIN = '{"error":0,"Session_id":"S-1","Refresh_id":"R-1","User_ID":"1"}';

/** A client whose Login succeeds and whose every other request is answered with `body` (no network). */
export function clientAnswering(body: () => string | Uint8Array, status = 200) {
  return new AgbisClient({
    baseUrl: 'https://agbis.example/cl/x/api/',
    user: 'api',
    password: 'secret',
    retry: false,
    fetch: async (url) =>
      new Response((url.includes('?Login=') ? LOGIN : body()) as BodyInit, {
        status: url.includes('?Login=') ? 200 : status,
        headers: { 'content-type': 'text/html; charset=UTF-8' },
      }),
  });
}

/** A read (ContrInfoForAll), an order read with nested services, and the money write (PayForAll). */
export const calls = {
  read: (c: AgbisClient) => c.clients.info({ contr_id: 10013 }),
  order: (c: AgbisClient) => c.orders.info({ dor_id: 1 }),
  pay: (c: AgbisClient) => c.payments.pay({ dor_id: 1, amount: 10 }),
};
