import { UzhkhClient } from '@x/uzhkh';

/** A client whose every request is answered with `body` (no network): for decoder tests. */
export function clientAnswering(
  body: () => string | Uint8Array,
  status = 200,
  contentType = 'application/json; charset=utf-8',
) {
  return new UzhkhClient({
    baseUrl: 'https://demo.uzhkh.test/api/',
    token: 'body-client-token',
    retry: false,
    fetch: async () => new Response(body() as BodyInit, { status, headers: { 'content-type': contentType } }),
  });
}

/** Settles a call into `{ value, error }`. */
export function settle(p: Promise<unknown>) {
  return p.then(
    (value) => ({ value, error: undefined as unknown }),
    (error: unknown) => ({ value: undefined, error }),
  );
}
