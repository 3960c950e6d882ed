import {
  AbortError,
  ApiError,
  AuthError,
  ConfigError,
  ConnectionError,
  HttpError,
  RateLimitError,
  RequestValidationError,
  ResponseError,
  SdkError,
  TimeoutError,
  Transport,
  TransportError,
} from '@x/core';
import { describe, expect, it } from 'vitest';
import { startServer } from '@x/test-kit';

describe('error hierarchy', () => {
  it('follows DESIGN.md §5', () => {
    const rl = new RateLimitError('x', { retryAfterMs: 5 });
    expect(rl).toBeInstanceOf(ApiError);
    expect(rl).toBeInstanceOf(SdkError);
    expect(rl).not.toBeInstanceOf(AuthError);
    expect(new AuthError('x')).toBeInstanceOf(ApiError);
    expect(new TimeoutError('x', 1, 'attempt')).toBeInstanceOf(TransportError);
    expect(new ConnectionError('x', true)).toBeInstanceOf(TransportError);
    expect(new AbortError('x')).toBeInstanceOf(TransportError);
    expect(new HttpError('x', { status: 500 })).not.toBeInstanceOf(ApiError);
    expect(new ResponseError('x').code).toBe('response');
    expect(new RequestValidationError([{ path: 'a', message: 'b' }]).code).toBe('request_validation');
    expect(new ConfigError('x')).toBeInstanceOf(Error);
  });

  it('instanceof works across a second copy of the module (ESM/CJS duplicates)', async () => {
    // A query string makes vite load errors.ts again as a distinct module instance.
    // @ts-expect-error TypeScript cannot resolve a module id with a query string; vite can.
    const copy = (await import('../src/errors.ts?copy=2')) as typeof import('../src/errors.js');
    expect(copy.HttpError).not.toBe(HttpError);
    const foreign = new copy.HttpError('x', { status: 502 });
    expect(foreign).toBeInstanceOf(HttpError);
    expect(foreign).toBeInstanceOf(SdkError);
    expect(foreign).not.toBeInstanceOf(ApiError);
    expect(new RateLimitError('y')).toBeInstanceOf(copy.ApiError);
    expect({}).not.toBeInstanceOf(SdkError);
  });

  it('messages name the operation and say what to do', async () => {
    const server = await startServer(() => new Response('<html><body>502</body></html>', { status: 502 }));
    try {
      const t = new Transport({ baseUrl: server.url, allowHttp: true, retry: false });
      const e = (await t
        .request({ operation: 'orders.list', idempotent: true, method: 'GET', path: '', decode: () => 1 })
        .catch((x: unknown) => x)) as HttpError;
      expect(e.message).toMatch(
        /^\[orders\.list\] the server answered HTTP 502 with an HTML page; .*try again later\.$/,
      );
      expect(e.operation).toBe('orders.list');
      expect(e.toJSON()).toMatchObject({ name: 'HttpError', code: 'http', status: 502 });
    } finally {
      await server.close();
    }
  });
});
