import { lookup } from 'node:dns/promises';
import { connect as tcpConnect } from 'node:net';
import { type PeerCertificate, connect as tlsConnect } from 'node:tls';
import { ConfigError, isSdkError } from '@x/core';
import { apiOf } from '../apis/index.js';
import { type ConnectOptions, connect } from '../connect.js';
import { EXIT, exitCodeOf } from '../exit-codes.js';
import type { Output } from '../io.js';

type Verdict = 'ok' | 'warn' | 'fail' | 'skip';

/** One doctor line. */
export interface Check {
  /** Short name (`dns`, `tcp`, `tls`...). */
  name: string;
  /** Outcome. */
  verdict: Verdict;
  /** What was seen. */
  detail: string;
  /** What to do, for `warn` and `fail`. */
  fix?: string;
  /** Exit code class of a failure. */
  exit?: number;
}

const TIMEOUT_MS = 10_000;
const CORPORATE_CA =
  'a proxy or antivirus on this network re-signs TLS with its own CA: export NODE_EXTRA_CA_CERTS=/path/to/corporate-ca.pem (ask your IT for the root certificate)';

function portOf(url: URL): number {
  return Number(url.port || (url.protocol === 'https:' ? 443 : 80));
}

async function checkDns(url: URL): Promise<Check & { address?: string }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  try {
    const found = await lookup(host, { all: true });
    return {
      name: 'dns',
      verdict: 'ok',
      detail: `${host} → ${found.map((a) => a.address).join(', ')}`,
      address: found[0]?.address,
    };
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'error';
    return {
      name: 'dns',
      verdict: 'fail',
      detail: `${host} does not resolve (${code})`,
      fix: 'check the host name in the URL; on a corporate network check DNS and whether a proxy is required',
      exit: EXIT.transport,
    };
  }
}

function checkTcp(host: string, port: number): Promise<Check> {
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = tcpConnect({ host, port, timeout: TIMEOUT_MS });
    const done = (check: Check) => {
      socket.destroy();
      resolve(check);
    };
    socket.once('connect', () =>
      done({ name: 'tcp', verdict: 'ok', detail: `${host}:${port} connected in ${Date.now() - started} ms` }),
    );
    socket.once('timeout', () =>
      done({
        name: 'tcp',
        verdict: 'fail',
        detail: `${host}:${port} did not answer in ${TIMEOUT_MS / 1000} s`,
        fix: 'a firewall drops the connection: ask your network admin to open outgoing traffic to this host and port',
        exit: EXIT.transport,
      }),
    );
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done({
        name: 'tcp',
        verdict: 'fail',
        detail: `${host}:${port} ${error.code ?? error.message}`,
        fix:
          error.code === 'ECONNREFUSED'
            ? 'nothing listens there: check the port in the URL (and that the emulator or service runs)'
            : 'check the URL, the firewall and whether a proxy is required',
        exit: EXIT.transport,
      }),
    );
  });
}

function checkTls(url: URL): Promise<Check> {
  if (url.protocol !== 'https:')
    return Promise.resolve({
      name: 'tls',
      verdict: 'skip',
      detail: 'plain http (an emulator or a local test server)',
    });
  return new Promise((resolve) => {
    const socket = tlsConnect({
      host: url.hostname,
      port: portOf(url),
      servername: url.hostname,
      rejectUnauthorized: false,
      timeout: TIMEOUT_MS,
    });
    const done = (check: Check) => {
      socket.destroy();
      resolve(check);
    };
    socket.once('secureConnect', () => {
      const cert: PeerCertificate = socket.getPeerCertificate();
      const days = Math.floor((Date.parse(cert.valid_to) - Date.now()) / 86_400_000);
      const issuer = cert.issuer?.O ?? cert.issuer?.CN ?? 'unknown issuer';
      const reason = socket.authorizationError ? String(socket.authorizationError) : undefined;
      if (reason) {
        const corporate =
          /SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|UNABLE_TO_VERIFY_LEAF_SIGNATURE/.test(
            reason,
          );
        return done({
          name: 'tls',
          verdict: 'fail',
          detail: `certificate not trusted (${reason}; issued by ${issuer})`,
          fix: corporate
            ? CORPORATE_CA
            : reason === 'CERT_HAS_EXPIRED'
              ? "the server's certificate expired: tell the vendor's support"
              : 'check the host name in the URL',
          exit: EXIT.transport,
        });
      }
      if (days < 14)
        return done({
          name: 'tls',
          verdict: 'warn',
          detail: `certificate by ${issuer} expires in ${days} days`,
          fix: "tell the vendor's support before it expires",
        });
      done({
        name: 'tls',
        verdict: 'ok',
        detail: `chain trusted, issued by ${issuer}, expires in ${days} days`,
      });
    });
    socket.once('timeout', () =>
      done({
        name: 'tls',
        verdict: 'fail',
        detail: 'TLS handshake timed out',
        fix: 'a proxy may intercept the connection',
        exit: EXIT.transport,
      }),
    );
    socket.once('error', (error: NodeJS.ErrnoException) =>
      done({
        name: 'tls',
        verdict: 'fail',
        detail: `handshake failed (${error.code ?? error.message})`,
        fix: CORPORATE_CA,
        exit: EXIT.transport,
      }),
    );
  });
}

async function checkHttp(url: URL): Promise<{ check: Check; date: string | null }> {
  const started = Date.now();
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
    await response.body?.cancel();
    const ms = Date.now() - started;
    const verdict: Verdict = response.status >= 500 ? 'warn' : 'ok';
    return {
      check: {
        name: 'http',
        verdict,
        detail: `GET ${url.origin}${url.pathname} → HTTP ${response.status} in ${ms} ms (the server answers)`,
        ...(verdict === 'warn'
          ? { fix: 'the server reports a failure: try again later or ask the vendor' }
          : {}),
      },
      date: response.headers.get('date'),
    };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return {
      check: {
        name: 'http',
        verdict: 'fail',
        detail: `GET ${url.origin}${url.pathname} failed (${cause})`,
        fix: 'see the dns/tcp/tls lines above; behind a proxy set HTTPS_PROXY',
        exit: EXIT.transport,
      },
      date: null,
    };
  }
}

function checkClock(date: string | null): Check {
  if (!date) return { name: 'clock', verdict: 'skip', detail: 'the server sent no Date header' };
  const server = Date.parse(date);
  if (Number.isNaN(server))
    return { name: 'clock', verdict: 'skip', detail: `unreadable Date header "${date}"` };
  // The header has whole seconds: up to one second of difference is rounding.
  const skew = Math.round((Date.now() - server) / 1000);
  const side = skew > 0 ? 'ahead of' : 'behind';
  const fix = 'sync the clock with NTP (Linux: timedatectl set-ntp true; Windows: w32tm /resync)';
  if (Math.abs(skew) > 60)
    return {
      name: 'clock',
      verdict: 'fail',
      detail: `this machine is ${Math.abs(skew)} s ${side} the server; sessions and signatures fail`,
      fix,
      exit: EXIT.checks,
    };
  if (Math.abs(skew) > 5)
    return {
      name: 'clock',
      verdict: 'warn',
      detail: `this machine is ${Math.abs(skew)} s ${side} the server`,
      fix,
    };
  return {
    name: 'clock',
    verdict: 'ok',
    detail: `within ${Math.max(Math.abs(skew), 1)} s of the server's Date header`,
  };
}

const MARK: Record<Verdict, string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL', skip: 'skip' };

/** `xsdk doctor <api>`: one line per check; exit 0 when nothing failed. */
export async function doctorCommand(
  apiName: string,
  options: ConnectOptions,
  output: Output,
): Promise<number> {
  const api = apiOf(apiName);
  const conn = connect(api, options, output);
  let url: URL;
  try {
    url = new URL(conn.url);
  } catch {
    throw new ConfigError(`the service URL "${conn.url}" is not an absolute URL.`);
  }
  const checks: Check[] = [];
  const print = (c: Check) => {
    checks.push(c);
    output.out(`${MARK[c.verdict]}  ${c.name.padEnd(10)} ${c.detail}${c.fix ? ` → fix: ${c.fix}` : ''}\n`);
  };
  const dns = await checkDns(url);
  print(dns);
  if (dns.verdict !== 'fail' && dns.address) {
    const tcp = await checkTcp(dns.address, portOf(url));
    print(tcp);
    if (tcp.verdict !== 'fail') {
      print(await checkTls(url));
      const http = await checkHttp(url);
      print(http.check);
      print(checkClock(http.date));
      print(await authCheck(api.name, conn));
    }
  }
  const failed = checks.find((c) => c.verdict === 'fail');
  return failed ? (failed.exit ?? EXIT.checks) : EXIT.ok;

  async function authCheck(name: string, c: typeof conn): Promise<Check> {
    const missing = api.settings.filter((s) => s.secret && !c.settings[s.key]);
    if (missing.length === api.settings.filter((s) => s.secret).length)
      return {
        name: 'auth',
        verdict: 'skip',
        detail: `no credentials (set ${missing.map((s) => s.env).join(' or ')}, or the config file)`,
      };
    try {
      const detail = await api.authCheck(c.client, AbortSignal.timeout(TIMEOUT_MS * 3));
      if (name === 'uzhkh')
        print({ name: 'allow-list', verdict: 'ok', detail: 'this machine is on the allow-list' });
      return { name: 'auth', verdict: 'ok', detail };
    } catch (error) {
      const status = isSdkError(error) ? (error as { status?: number }).status : undefined;
      const vendorCode = isSdkError(error) ? (error as { vendorCode?: string }).vendorCode : undefined;
      if (name === 'uzhkh' && status === 403 && vendorCode === 'notAuthorized') {
        // The document: notAuthorized (403) means no Authorization header or an unregistered IP.
        // The header was sent, so the address is the problem.
        print({
          name: 'allow-list',
          verdict: 'fail',
          detail:
            "403 notAuthorized although the token was sent: this machine's IP address is not on the allow-list",
          fix: "ask «Умное ЖКХ» support to add this machine's outgoing (public) IP address, and check the token is the one they issued",
          exit: EXIT.auth,
        });
        return { name: 'auth', verdict: 'skip', detail: 'not reached (allow-list)' };
      }
      const code = exitCodeOf(error);
      const message = error instanceof Error ? error.message : String(error);
      return {
        name: 'auth',
        verdict: 'fail',
        detail: message,
        fix:
          code === EXIT.auth
            ? `check ${api.settings.map((s) => s.env).join(', ')} (or the config file)`
            : 'see the message; run with --debug for each attempt',
        exit: code,
      };
    }
  }
}
