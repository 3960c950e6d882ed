// The networking guide quotes what each mistake prints. This test makes each mistake for real
// (loopback servers, an untrusted certificate, a refused port) and checks that the message still
// contains the text the page quotes, and that the page still quotes it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UzhkhClient } from '@x/uzhkh';
import { UzhkhEmulator } from '@x/uzhkh/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSkip } from '../../scripts/skip-log.mjs';

const page = readFileSync(new URL('../guide/networking.md', import.meta.url), 'utf8');
let emulator: UzhkhEmulator;
let served: Awaited<ReturnType<UzhkhEmulator['serve']>>;

beforeAll(async () => {
  emulator = new UzhkhEmulator({ token: 't0ken', allowedIps: ['203.0.113.7'] });
  served = await emulator.serve();
});
afterAll(() => served.close());

/** The error of one `feed.requests()` call of a client made with `options`. */
async function errorOf(options: Partial<ConstructorParameters<typeof UzhkhClient>[0]>): Promise<Error> {
  const client = new UzhkhClient({
    baseUrl: served.baseUrl,
    token: 't0ken',
    allowHttp: true,
    retry: false,
    ...options,
  });
  return client.feed.requests().then(
    () => {
      throw new Error('the call succeeded');
    },
    (error: Error) => error,
  );
}

/** Asserts that the page quotes `fragment` (with `pageValue` where the message has `value`) and the error says it. */
function quoted(error: Error, name: string, fragment: string, value?: [onPage: string, inMessage: string]) {
  expect(page, 'the page quotes it').toContain(value ? fragment.replace(value[1], value[0]) : fragment);
  expect(error.name).toBe(name);
  expect(error.message).toContain(fragment);
}

describe('the messages quoted in docs/guide/networking.md', () => {
  it('a proxy that is not there: connection refused', async () => {
    // A port that was just free: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const probe = createTcpServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const error = await errorOf({ baseUrl: `http://127.0.0.1:${port}/link/` });
    quoted(
      error,
      'ConnectionError',
      '(ECONNREFUSED); connection refused: nothing listens at that host and port',
    );
  });

  it('a host that does not resolve', async () => {
    const error = await errorOf({ baseUrl: 'https://no-such-host.invalid/link/' });
    quoted(error, 'ConnectionError', '(ENOTFOUND); DNS: the host name does not resolve');
  });

  it('a port fetch refuses', async () => {
    const error = await errorOf({ baseUrl: 'http://127.0.0.1:6000/link/' });
    quoted(error, 'ConnectionError', '(ERR_BAD_PORT); bad port: fetch refuses this port');
  });

  it('a certificate signed by a CA Node does not trust', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'networking-tls-'));
    try {
      const made = spawnSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=Corp CA'].concat([
          '-keyout',
          join(dir, 'ca.key'),
          '-out',
          join(dir, 'ca.pem'),
        ]),
        { encoding: 'utf8' },
      );
      const leaf =
        made.status === 0 &&
        spawnSync(
          'openssl',
          ['req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost'].concat([
            '-keyout',
            join(dir, 'srv.key'),
            '-out',
            join(dir, 'srv.csr'),
          ]),
        ).status === 0 &&
        spawnSync(
          'openssl',
          ['x509', '-req', '-days', '1', '-in', join(dir, 'srv.csr'), '-CA', join(dir, 'ca.pem')].concat([
            '-CAkey',
            join(dir, 'ca.key'),
            '-CAcreateserial',
            '-out',
            join(dir, 'srv.pem'),
          ]),
        ).status === 0;
      if (!leaf) {
        reportSkip('networking guide: untrusted-certificate message', 'openssl is not installed');
        return;
      }
      const server = createServer(
        { key: readFileSync(join(dir, 'srv.key')), cert: readFileSync(join(dir, 'srv.pem')) },
        (_req, res) => res.end('[]'),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      try {
        const { port } = server.address() as { port: number };
        const error = await errorOf({ baseUrl: `https://127.0.0.1:${port}/link/` });
        quoted(
          error,
          'ConnectionError',
          '(UNABLE_TO_VERIFY_LEAF_SIGNATURE); TLS: certificate not trusted; fix it or trust its CA (Node: NODE_EXTRA_CA_CERTS)',
        );
      } finally {
        server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an address that is not on the «Умное ЖКХ» allow-list', async () => {
    const error = await errorOf({});
    quoted(
      error,
      'AuthError',
      "the platform refused the request (HTTP 403 notAuthorized); check the access token and that this machine's IP address is on the platform's allow-list",
    );
  });

  it('an http:// base URL', () => {
    let error: Error | undefined;
    try {
      new UzhkhClient({ baseUrl: served.baseUrl, token: 't0ken' });
    } catch (e) {
      error = e as Error;
    }
    quoted(
      error!,
      'ConfigError',
      'uses plain http, which would send credentials unencrypted; use https, or set allowHttp: true for local testing',
    );
  });

  it('an attempt slower than timeoutMs, and a call slower than deadlineMs', async () => {
    emulator.allowedIps = null;
    try {
      emulator.failNext({ delayMs: 400 });
      const attempt = await errorOf({ timeoutMs: 50 });
      quoted(
        attempt,
        'TimeoutError',
        'no complete answer within 50 ms (attempt 1); raise timeoutMs or check the server',
        ['30000', '50'],
      );
      emulator.failNext({ delayMs: 400, times: 5 });
      const call = await errorOf({ timeoutMs: 50, deadlineMs: 120, retry: { baseDelayMs: 1 } });
      quoted(
        call,
        'TimeoutError',
        'the call did not finish within its 120 ms deadline, retries included; raise deadlineMs or check the server',
        ['120000', '120'],
      );
    } finally {
      emulator.allowedIps = ['203.0.113.7'];
    }
  });
});
