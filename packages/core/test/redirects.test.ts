import { HttpError, Transport, headerAuth } from '@x/core';
import { type LoopbackServer, serveLoopback } from '@x/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let target: LoopbackServer;
let redirector: LoopbackServer;
const reachedTarget: Request[] = [];
let redirectorCount = 0;
let status = 307;
let location = '';

beforeAll(async () => {
  target = await serveLoopback((req) => {
    reachedTarget.push(req);
    return Response.json({ ok: true });
  });
  redirector = await serveLoopback(() => {
    redirectorCount++;
    return new Response(null, { status, headers: { location } });
  });
});
afterAll(async () => {
  await redirector.close();
  await target.close();
});

const send = (idempotent: boolean) =>
  new Transport({
    baseUrl: redirector.url,
    allowHttp: true,
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
    auth: headerAuth('x-api-key', 'API-KEY-Lk29dj4'),
  }).request({
    operation: idempotent ? 'read' : 'pay',
    idempotent,
    method: idempotent ? 'GET' : 'POST',
    path: 'x',
    body: idempotent ? undefined : '{"sum":100}',
    decode: () => 'followed',
  });

describe('redirects are not followed', () => {
  it.each([301, 302, 303, 307, 308])(
    'HTTP %i to another host: HttpError, nothing reaches it, no retry',
    async (code) => {
      status = code;
      // Another origin: same port on "localhost" instead of 127.0.0.1.
      location = `${target.url.replace('127.0.0.1', 'localhost')}/collect`;
      reachedTarget.length = 0;
      for (const idempotent of [true, false]) {
        redirectorCount = 0;
        const error = await send(idempotent).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(HttpError);
        expect((error as HttpError).status).toBe(code);
        expect((error as HttpError).message).toContain('does not follow redirects');
        expect(redirectorCount).toBe(1);
      }
      expect(reachedTarget).toHaveLength(0);
    },
  );

  it('a redirect to the same origin is refused too, with the target named', async () => {
    status = 308;
    location = '/other/path';
    const error = await send(true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message).toContain(redirector.url);
  });
});
