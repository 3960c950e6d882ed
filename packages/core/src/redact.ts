/**
 * The one redaction routine used by logs and errors. It masks secrets two ways:
 * by name (fields, headers, query parameters, XML elements whose name says "password", "token",
 * "session id"...) and by value (every secret a client registered with {@link registerSecret},
 * also in its URL-encoded form), so a secret leaks neither under a known name nor under a vendor's odd one.
 */

/** What a masked value is replaced with. */
export const REDACTED = '[redacted]';

const KEY_SOURCE =
  '(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|pwd|passwd|pass|[a-z_-]*password[a-z_]*|[a-z_-]*secret[a-z_]*|[a-z_-]*token|access_token|refresh_token|session_?id|sessionid|refresh_?id|[a-z_]*pass(?:word)?_?hash|pwd_?hash|smtp_?pass[a-z_]*)';
const SECRET_KEY = new RegExp(`^${KEY_SOURCE}$`, 'i');

const PATTERNS: Array<[RegExp, string]> = [
  // Authorization header values written out in text.
  [/\b(Bearer|Basic|Digest)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // JSON: "Pwd": "..." (also with escaped quotes inside the value).
  [new RegExp(`("${KEY_SOURCE}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  // JSON serialised inside a JSON string (an error body quoting the request): \"Pwd\":\"...\"
  [new RegExp(`(\\\\"${KEY_SOURCE}\\\\"\\s*:\\s*\\\\")(?:(?!\\\\").)*(\\\\")`, 'gi'), `$1${REDACTED}$2`],
  // JSON that was URL-encoded into a query string: %22Pwd%22%3A%22...%22 (with %20 or + around).
  [new RegExp(`(%22${KEY_SOURCE}%22(?:%3A|:)(?:%20|\\+)*%22)(?:(?!%22).)*(%22)`, 'gi'), `$1${REDACTED}$2`],
  // Query strings and form bodies: SessionID=...
  [new RegExp(`([?&;\\s]${KEY_SOURCE}=)[^&#\\s"'<]*`, 'gi'), `$1${REDACTED}`],
  [new RegExp(`^(${KEY_SOURCE}=)[^&#\\s"'<]*`, 'gi'), `$1${REDACTED}`],
  // XML elements: <m:password xsi:type="xs:string">...</m:password>
  [
    new RegExp(`(<(?:[\\w.-]+:)?(${KEY_SOURCE})(?:\\s[^>]*)?>)[^<]*(</(?:[\\w.-]+:)?\\2>)`, 'gi'),
    `$1${REDACTED}$3`,
  ],
  // Header lines: "Authorization: ..." / "Cookie: ...".
  [/^((?:proxy-)?authorization|cookie|set-cookie)\s*:\s*.+$/gim, `$1: ${REDACTED}`],
];

interface SecretRegistry {
  values: Map<string, true>;
}

const REGISTRY_KEY = Symbol.for('@x/core/redact/secrets');
const MAX_SECRETS = 1024;
const MIN_SECRET_LENGTH = 4;

function registry(): SecretRegistry {
  // Shared through globalThis so that duplicate copies of @x/core (ESM + CJS) mask the same values.
  const g = globalThis as unknown as Record<symbol, SecretRegistry | undefined>;
  let r = g[REGISTRY_KEY];
  if (!r) {
    r = { values: new Map() };
    g[REGISTRY_KEY] = r;
  }
  return r;
}

/**
 * Remembers a secret value (token, password, hash, session id) so that {@link redact} masks it
 * wherever it appears, raw or URL-encoded. Values shorter than 4 characters are ignored; the
 * registry keeps the 1,024 most recent values so rotating session ids cannot grow it forever.
 */
export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  const { values } = registry();
  values.delete(value);
  values.set(value, true);
  if (values.size > MAX_SECRETS) {
    const oldest = values.keys().next().value;
    if (oldest !== undefined) values.delete(oldest);
  }
}

/** True when a field, header or parameter name denotes a secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/** Masks secrets in a string: known secret values first, then secret-named fields. */
export function redactString(input: string): string {
  let out = input;
  const { values } = registry();
  if (values.size > 0) {
    for (const secret of values.keys()) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
      const encoded = encodeURIComponent(secret);
      if (encoded !== secret && out.includes(encoded)) out = out.split(encoded).join(REDACTED);
      const plusEncoded = encoded.replace(/%20/g, '+');
      if (plusEncoded !== encoded && out.includes(plusEncoded)) out = out.split(plusEncoded).join(REDACTED);
    }
  }
  for (const [pattern, replacement] of PATTERNS) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, replacement);
  }
  return out;
}

const MAX_DEPTH = 12;

function redactDeep(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return redactString(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return '[too deep]';
  if (seen.has(value)) return '[circular]';
  seen.add(value);
  if (typeof Headers !== 'undefined' && value instanceof Headers) {
    const out: Record<string, string> = {};
    value.forEach((v, k) => {
      out[k] = isSecretKey(k) ? REDACTED : redactString(v);
    });
    return out;
  }
  if (value instanceof URLSearchParams || value instanceof URL) return redactString(value.toString());
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1, seen));
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
  if (value instanceof Error) {
    return { name: value.name, message: redactString(value.message) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = redactString(k);
    out[key] = isSecretKey(k) && v !== null && v !== undefined ? REDACTED : redactDeep(v, depth + 1, seen);
  }
  return out;
}

/**
 * Returns a copy of `value` with every secret masked: strings (URLs, query strings, JSON and XML
 * text, header lines), plain objects and arrays (by key and by value), `Headers` and `URLSearchParams`.
 * Used by the logger hook and by every error's message, `toJSON()` and `inspect` output.
 */
export function redact<T>(value: T): T extends string ? string : unknown {
  return redactDeep(value, 0, new WeakSet()) as T extends string ? string : unknown;
}

/** @internal Exposed for tests that need a clean slate. */
export function clearRegisteredSecrets(): void {
  registry().values.clear();
}
