import { inspect } from 'node:util';
import { ApiError, type ConnectionError, Transport, registerSecret } from '@x/core';
import { refusedPort } from '@x/test-kit';
import { describe, expect, it } from 'vitest';
import { connectionErrorFrom } from '../src/http/errors-from-network.js';

async function refusedCall(): Promise<ConnectionError> {
  const t = new Transport({
    baseUrl: `http://127.0.0.1:${await refusedPort()}/`,
    allowHttp: true,
    retry: false,
  });
  return (await t
    .request({ operation: 'probe.read', idempotent: true, method: 'GET', path: 'x', decode: () => null })
    .catch((e: unknown) => e)) as ConnectionError;
}

/** The shapes each runtime's fetch rejects with, as measured on Node 20, Bun 1.4 and Deno 2.9. */
function nodeError(code: string, message: string) {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}
function denoError(message: string) {
  return new TypeError('fetch failed', { cause: new Error(message) });
}
function bunError(code: string, message: string) {
  return Object.assign(new TypeError(`${code}: ${message}`), { code, errno: 0 });
}

describe('printed errors show class, stack and the cause chain, redacted', () => {
  it('util.inspect of a refused connection shows the class, the message, the stack and [cause] down to ECONNREFUSED', async () => {
    const error = await refusedCall();
    const text = inspect(error, { depth: 10 });
    expect(text.startsWith('ConnectionError: [probe.read] could not talk to 127.0.0.1:')).toBe(true);
    expect(text).toMatch(/\n {4}at /); // the stack
    expect(text).toContain("code: 'connection'");
    expect(text).toContain('requestMayHaveBeenSent: false');
    expect(text).toContain('[cause]: TypeError: fetch failed');
    expect(text).toMatch(/\[cause\]: Error: connect ECONNREFUSED 127\.0\.0\.1:\d+/);
    expect(text).toContain("code: 'ECONNREFUSED'");
  });

  it('the message names the root code, a hint and the networking guide; toJSON keeps the cause chain', async () => {
    const error = await refusedCall();
    expect(error.message).toContain('(ECONNREFUSED)');
    expect(error.message).toContain('connection refused');
    expect(error.message).toContain('docs/guide/networking.md');
    expect(error.message).not.toContain('fetch failed');
    const json = error.toJSON() as { cause: { name: string; cause?: { code?: string } } };
    expect(json.cause.name).toBe('TypeError');
    expect(json.cause.cause?.code).toBe('ECONNREFUSED');
  });

  it('secrets stay masked in the message, the stack and every cause printed by inspect', () => {
    const secret = 'pa55-word-in-cause-7781';
    registerSecret(secret);
    const root = Object.assign(new Error(`connect failed for user:${secret}@host`), { code: 'ECONNRESET' });
    const error = new ApiError(`the vendor refused token ${secret}`, {
      operation: 'x.op',
      cause: new TypeError('fetch failed', { cause: root }),
    });
    const text = inspect(error, { depth: 10 });
    expect(text).not.toContain(secret);
    expect(text).toContain('ApiError: the vendor refused token');
    expect(text).toContain('[cause]: TypeError: fetch failed');
    expect(text).toContain('[cause]: Error: connect failed for user:');
    expect(JSON.stringify(error)).not.toContain(secret);
  });

  it('a cyclic cause chain prints without hanging', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    const b = new Error('b', { cause: a });
    a.cause = b;
    const error = new ApiError('loop', { cause: a });
    expect(inspect(error, { depth: 30 })).toContain('ApiError: loop');
    expect(JSON.stringify(error)).toContain('cause chain cut');
  });
});

describe('connection failures read the same on Node, Bun and Deno', () => {
  const cases: Array<{ what: string; error: unknown; code: string; hint: string; mayHaveBeenSent: boolean }> =
    [
      {
        what: 'node refused',
        error: nodeError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:9'),
        code: 'ECONNREFUSED',
        hint: 'connection refused',
        mayHaveBeenSent: false,
      },
      {
        what: 'bun refused',
        error: bunError('ECONNREFUSED', 'Unable to connect. Is the computer able to access the url?'),
        code: 'ECONNREFUSED',
        hint: 'connection refused',
        mayHaveBeenSent: false,
      },
      {
        what: 'deno refused',
        error: denoError(
          'error sending request for url (http://127.0.0.1:9/): client error (Connect): tcp connect error: Connection refused (os error 111)',
        ),
        code: 'ECONNREFUSED',
        hint: 'connection refused',
        mayHaveBeenSent: false,
      },
      {
        what: 'node dns',
        error: nodeError('ENOTFOUND', 'getaddrinfo ENOTFOUND api.example.invalid'),
        code: 'ENOTFOUND',
        hint: 'DNS',
        mayHaveBeenSent: false,
      },
      {
        what: 'deno dns',
        error: denoError(
          'error sending request for url (http://x.invalid/): client error (Connect): dns error: failed to lookup address information: Name or service not known',
        ),
        code: 'ENOTFOUND',
        hint: 'DNS',
        mayHaveBeenSent: false,
      },
      {
        what: 'node self-signed',
        error: nodeError('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'),
        code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
        hint: 'certificate not trusted',
        mayHaveBeenSent: false,
      },
      {
        what: 'deno unknown issuer',
        error: denoError(
          'error sending request for url (https://h/): client error (Connect): invalid peer certificate: UnknownIssuer',
        ),
        code: 'CERT_UNTRUSTED',
        hint: 'certificate not trusted',
        mayHaveBeenSent: false,
      },
      {
        what: 'node bad port',
        error: new TypeError('fetch failed', { cause: new Error('bad port') }),
        code: 'ERR_BAD_PORT',
        hint: 'bad port',
        mayHaveBeenSent: false,
      },
      {
        what: 'deno bad port',
        error: new TypeError('Fetch failed: Requests to port 6000 are blocked'),
        code: 'ERR_BAD_PORT',
        hint: 'bad port',
        mayHaveBeenSent: false,
      },
      {
        what: 'node closed',
        error: nodeError('UND_ERR_SOCKET', 'other side closed'),
        code: 'UND_ERR_SOCKET',
        hint: 'may or may not',
        mayHaveBeenSent: true,
      },
      {
        what: 'deno closed',
        error: denoError(
          'error sending request from 127.0.0.1:1 for http://127.0.0.1:2/ (127.0.0.1:2): client error (SendRequest): connection closed before message completed',
        ),
        code: 'ECONNRESET',
        hint: 'may or may not',
        mayHaveBeenSent: true,
      },
      {
        what: 'unknown',
        error: new TypeError('fetch failed'),
        code: 'fetch failed',
        hint: 'may or may not',
        mayHaveBeenSent: true,
      },
    ];
  for (const c of cases) {
    it(`${c.what}: ${c.code}, ${c.mayHaveBeenSent ? 'may have been sent' : 'never sent'}`, () => {
      const error = connectionErrorFrom(c.error, 'op', 'host:1');
      expect(error.requestMayHaveBeenSent).toBe(c.mayHaveBeenSent);
      expect(error.message).toContain(`(${c.code})`);
      expect(error.message).toContain(c.hint);
    });
  }
});
