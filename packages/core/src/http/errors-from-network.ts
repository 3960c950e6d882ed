import { ConnectionError, prefix } from '../errors.js';

/** Where the networking guide lives; messages point there for the longer explanation. */
export const NETWORKING_GUIDE = 'docs/guide/networking.md';

/** What kind of connection failure a code stands for; decides the hint and whether a retry is safe. */
export type NetworkFailureKind =
  | 'refused'
  | 'dns'
  | 'tls'
  | 'bad_port'
  | 'unreachable'
  | 'connect_timeout'
  | 'reset'
  | 'other';

/** Kinds that prove no byte of the request reached a server: nothing was connected. */
const NEVER_SENT_KINDS: ReadonlySet<NetworkFailureKind> = new Set([
  'refused',
  'dns',
  'tls',
  'bad_port',
  'unreachable',
  'connect_timeout',
]);

/** Node/undici and Bun error codes, by kind. A code not listed may have reached the server. */
const KIND_OF_CODE: Record<string, NetworkFailureKind> = {
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_NONAME: 'dns',
  EAI_FAIL: 'dns',
  ENETUNREACH: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connect_timeout',
  ERR_BAD_PORT: 'bad_port',
  // The connection existed: the request may have been read before it dropped.
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  UND_ERR_SOCKET: 'reset',
};

/**
 * Runtimes that give no code (Deno says "tcp connect error: Connection refused (os error 111)",
 * Node's undici says "bad port") are classified from the message, so a refused connection means
 * the same on Node, Bun and Deno. Each pattern maps to the code Node would have given.
 */
const MESSAGE_CODES: Array<[RegExp, string]> = [
  [/connection refused|ECONNREFUSED/i, 'ECONNREFUSED'],
  [
    /dns error|failed to lookup address|ENOTFOUND|name or service not known|nodename nor servname/i,
    'ENOTFOUND',
  ],
  [/^bad port$|requests to port \d+ are blocked/i, 'ERR_BAD_PORT'],
  [
    /invalid peer certificate|certificate verify failed|self[- ]signed certificate|unknownissuer/i,
    'CERT_UNTRUSTED',
  ],
  [/network is unreachable|ENETUNREACH/i, 'ENETUNREACH'],
  [/host is unreachable|no route to host|EHOSTUNREACH/i, 'EHOSTUNREACH'],
  [
    /connection reset|connection closed before message completed|other side closed|closed unexpectedly/i,
    'ECONNRESET',
  ],
];

const MAYBE = 'the server may or may not have processed the request; check before repeating a write';

const HINTS: Record<NetworkFailureKind, string> = {
  refused:
    'connection refused: nothing listens at that host and port; check the base URL and that the server runs',
  dns: 'DNS: the host name does not resolve; check the host in the base URL and DNS',
  tls: 'TLS: certificate not trusted; fix it or trust its CA (Node: NODE_EXTRA_CA_CERTS)',
  bad_port: 'bad port: fetch refuses this port; use the port the service listens on',
  unreachable: 'network or host unreachable; check routing, VPN and firewall',
  connect_timeout: 'connecting timed out; check the host, the port and firewalls',
  reset: `the connection dropped mid-request; ${MAYBE}`,
  other: MAYBE,
};

// Certificate codes (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED, UNABLE_TO_VERIFY_LEAF_SIGNATURE,
// ERR_TLS_CERT_ALTNAME_INVALID...): verification fails in the handshake, before any HTTP is sent.
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(VERIFY|GET_ISSUER)/;

function kindOf(code: string): NetworkFailureKind | undefined {
  return KIND_OF_CODE[code] ?? (TLS_CODE.test(code) ? 'tls' : undefined);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every code found in the error, its `errors` (AggregateError) and its cause chain, root last. */
function collectCodes(error: unknown, depth = 0, out: string[] = []): string[] {
  if (!isObject(error) || depth > 5) return out;
  const code = error.code;
  let coded = typeof code === 'string' && code !== '';
  if (coded) out.push(code as string);
  if (!coded && typeof error.message === 'string') {
    for (const [pattern, derived] of MESSAGE_CODES) {
      if (pattern.test(error.message)) {
        out.push(derived);
        coded = true;
        break;
      }
    }
  }
  const nested = error.errors;
  if (Array.isArray(nested)) for (const e of nested) collectCodes(e, depth + 1, out);
  collectCodes(error.cause, depth + 1, out);
  return out;
}

/** The code that names the root cause: the deepest one that says more than "it failed". */
function rootCode(codes: string[]): string | undefined {
  for (let i = codes.length - 1; i >= 0; i--) {
    if (kindOf(codes[i]!) !== undefined) return codes[i];
  }
  // Unknown codes only: the deepest is the closest to the root cause.
  return codes[codes.length - 1];
}

/**
 * What a network failure was, the same way on every runtime: the root code (`ECONNREFUSED`,
 * `ENOTFOUND`, a certificate code, `ERR_BAD_PORT`...), its kind, and whether it proves that the
 * request never reached a server.
 */
export function classifyNetworkError(error: unknown): {
  /** The root system or TLS code, as Node names it; undefined when nothing identifies it. */
  code: string | undefined;
  /** The family of failure, which picks the hint in the message. */
  kind: NetworkFailureKind;
  /** True when no byte of the request can have reached the server (safe to retry any call). */
  neverSent: boolean;
} {
  const codes = collectCodes(error);
  const code = rootCode(codes);
  const kind = (code && kindOf(code)) || 'other';
  const neverSent = codes.length > 0 && codes.every((c) => NEVER_SENT_KINDS.has(kindOf(c) ?? 'other'));
  return { code, kind, neverSent };
}

/**
 * Turns whatever `fetch` threw at the network level into a {@link ConnectionError}, deciding from
 * the system error codes whether the request can have reached the server. The message names the
 * root code and a one-line hint, and points to the networking guide.
 */
export function connectionErrorFrom(
  error: unknown,
  operation: string | undefined,
  host: string,
): ConnectionError {
  const { code, kind, neverSent } = classifyNetworkError(error);
  const what = code ?? (error instanceof Error ? error.message : 'network failure');
  return new ConnectionError(
    `${prefix(operation)}could not talk to ${host} (${what}); ${HINTS[kind]}. See ${NETWORKING_GUIDE}.`,
    !neverSent,
    { operation, cause: error },
  );
}
