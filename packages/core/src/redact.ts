/**
 * The one redaction routine used by logs and errors. It masks secrets two ways:
 * by name (fields, headers, query parameters, XML elements whose name says "password", "token",
 * "session id"...) and by value (every secret of 8 or more characters a client registered with
 * {@link registerSecret}, also in its URL-encoded form), so a secret leaks neither under a known
 * name nor under a vendor's odd one. Shorter secrets are masked by name only: a 4-digit password
 * masked by value would blank every order id and sum that happens to contain the same digits.
 *
 * Personal data is masked the same way with {@link PERSONAL}: by the field names clients declare
 * in their operation tables ({@link registerPersonalFields}) and by the values a call sent under
 * such a name ({@link registerPersonalValue}, 6 characters or more).
 */

/** What a masked value is replaced with. */
export const REDACTED = '[redacted]';

/** What a masked personal value (name, birth date, phone, address...) is replaced with. */
export const PERSONAL = '[personal]';

const KEY_SOURCE =
  '(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|pwd|passwd|pass|[a-z_-]*password[a-z_]*|[a-z_-]*secret[a-z_]*|[a-z_-]*token|access_token|refresh_token|session_?id|sessionid|refresh_?id|[a-z_]*pass(?:word)?_?hash|pwd_?hash|smtp_?pass[a-z_]*)';
const SECRET_KEY = new RegExp(`^${KEY_SOURCE}$`, 'i');

/**
 * The value of a 1C Structure property whose `name` attribute matches `names`, as PartnerWebAPI2
 * sends and answers them (`<Property name="Surname"><Value xsi:type="xs:string">…</Value>`): the
 * field name is an attribute, so the element patterns do not see it.
 */
function propertyPattern(names: string): RegExp {
  return new RegExp(
    `(<(?:[\\w.-]+:)?Property\\b[^>]*\\bname\\s*=\\s*["']${names}["'][^>]*>\\s*<(?:[\\w.-]+:)?Value\\b[^>]*>)[^<]*(</(?:[\\w.-]+:)?Value>)`,
    'gi',
  );
}

/**
 * The value of a field named by `names` (a regular expression source) where the name stands beside
 * its value in text: JSON quoted inside a JSON string (an error body quoting the request), JSON
 * URL-encoded into a query string, query strings and form bodies, XML elements and 1C Structure
 * properties. Secrets and personal data are found the same way; each has its own `mask`.
 */
function fieldPatterns(names: string, mask: string): Array<[RegExp, string]> {
  return [
    // JSON serialised inside a JSON string: \"Pwd\":\"...\"
    [new RegExp(`(\\\\"${names}\\\\"\\s*:\\s*\\\\")(?:(?!\\\\").)*(\\\\")`, 'gi'), `$1${mask}$2`],
    // JSON that was URL-encoded into a query string: %22Pwd%22%3A%22...%22 (with %20 or + around).
    [new RegExp(`(%22${names}%22(?:%3A|:)(?:%20|\\+)*%22)(?:(?!%22).)*(%22)`, 'gi'), `$1${mask}$2`],
    // Query strings and form bodies: SessionID=..., FIO=...
    [new RegExp(`([?&;\\s]${names}=)[^&#\\s"'<]*`, 'gi'), `$1${mask}`],
    [new RegExp(`^(${names}=)[^&#\\s"'<]*`, 'gi'), `$1${mask}`],
    // XML elements: <m:password xsi:type="xs:string">...</m:password>
    [new RegExp(`(<(?:[\\w.-]+:)?(${names})(?:\\s[^>]*)?>)[^<]*(</(?:[\\w.-]+:)?\\2>)`, 'gi'), `$1${mask}$3`],
    // 1C Structures name a field in an attribute: <Property name="Password"><Value ...>...</Value>
    [propertyPattern(names), `$1${mask}$2`],
  ];
}

const PATTERNS: Array<[RegExp, string]> = [
  // Authorization header values written out in text.
  [/\b(Bearer|Basic|Digest)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // JSON: "Pwd": "..." (also with escaped quotes inside the value).
  [new RegExp(`("${KEY_SOURCE}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  ...fieldPatterns(KEY_SOURCE, REDACTED),
  // Header lines: "Authorization: ..." / "Cookie: ...".
  [/^((?:proxy-)?authorization|cookie|set-cookie)\s*:\s*.+$/gim, `$1: ${REDACTED}`],
];

interface SecretRegistry {
  values: Map<string, true>;
}

interface PersonalRegistry {
  /** Declared personal field names, lower-cased. */
  names: Set<string>;
  /** Personal values sent by calls, most recent last, each with the forms it is searched in. */
  values: Map<string, readonly string[]>;
  /** Patterns built from `names`; rebuilt when a name is added. */
  patterns: Array<[RegExp, string]> | undefined;
}

const REGISTRY_KEY = Symbol.for('@x/core/redact/secrets');
const PERSONAL_KEY = Symbol.for('@x/core/redact/personal');
const MAX_SECRETS = 1024;
/** Shorter secrets are masked by name only (see the module comment). */
export const MIN_SECRET_LENGTH = 8;
/** Shorter personal values are masked by name only: "Анна" or a flat number "12" are not specific enough. */
export const MIN_PERSONAL_VALUE_LENGTH = 6;

// Shared through globalThis so that duplicate copies of @x/core (ESM + CJS) mask the same values.
function shared<T>(key: symbol, make: () => T): T {
  const g = globalThis as unknown as Record<symbol, T | undefined>;
  let r = g[key];
  if (!r) {
    r = make();
    g[key] = r;
  }
  return r;
}

function registry(): SecretRegistry {
  return shared(REGISTRY_KEY, () => ({ values: new Map() }));
}

function personal(): PersonalRegistry {
  return shared(PERSONAL_KEY, () => ({ names: new Set(), values: new Map(), patterns: undefined }));
}

function remember<V>(values: Map<string, V>, value: string, entry: V): void {
  values.delete(value);
  values.set(value, entry);
  if (values.size > MAX_SECRETS) {
    const oldest = values.keys().next().value;
    if (oldest !== undefined) values.delete(oldest);
  }
}

/**
 * Remembers a secret value (token, password, hash, session id) so that {@link redact} masks it
 * wherever it appears, raw or URL-encoded. Values shorter than 8 characters are ignored: they are
 * masked only where their field, header or parameter name says they are secret, so that a short
 * password does not blank unrelated numbers. The registry keeps the 1,024 most recent values so
 * rotating session ids cannot grow it forever.
 */
export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  remember(registry().values, value, true);
}

/**
 * Declares wire field names (query parameters, JSON keys, XML elements) whose values are personal
 * data. {@link redact} then masks their values with {@link PERSONAL}, matching names ignoring case.
 * The list is process-wide, like the secret registry, because errors are built without a client:
 * once any client declared a name, it is masked in every log record and error of the process.
 */
export function registerPersonalFields(names: Iterable<string>): void {
  const r = personal();
  for (const name of names) {
    const key = name.toLowerCase();
    if (key && !r.names.has(key)) {
      r.names.add(key);
      r.patterns = undefined;
    }
  }
}

/**
 * Remembers a personal value a call sent (a phone, a full name, a birth date) so that {@link redact}
 * masks it wherever it appears, also when a server echoes it under another name. Values shorter than
 * 6 characters are ignored (masked by name only); the 1,024 most recent values are kept.
 */
export function registerPersonalValue(value: string | number | undefined | null): void {
  if (value === undefined || value === null) return;
  const text = String(value).trim();
  if (text.length < MIN_PERSONAL_VALUE_LENGTH) return;
  // The encoded forms are computed once here, not on every redaction: with a full registry a log
  // record would otherwise cost thousands of encodeURIComponent calls.
  remember(personal().values, text, formsOf(text));
}

/** True when a field name was declared personal with {@link registerPersonalFields}. */
export function isPersonalKey(key: string): boolean {
  return personal().names.has(key.toLowerCase());
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function personalPatterns(r: PersonalRegistry): Array<[RegExp, string]> {
  if (r.patterns) return r.patterns;
  if (r.names.size === 0) {
    r.patterns = [];
    return r.patterns;
  }
  const names = `(?:${[...r.names].map(escapeRegExp).join('|')})`;
  r.patterns = [
    // JSON: "FIO": "..." or "phone": 79001234567.
    [new RegExp(`("${names}"\\s*:\\s*)(?:"(?:[^"\\\\]|\\\\.)*"|-?\\d[\\d.eE+-]*)`, 'gi'), `$1"${PERSONAL}"`],
    // JSON arrays of strings: "Comments": ["...", "..."].
    [
      new RegExp(`("${names}"\\s*:\\s*)\\[\\s*(?:"(?:[^"\\\\]|\\\\.)*"\\s*,?\\s*)+\\]`, 'gi'),
      `$1["${PERSONAL}"]`,
    ],
    ...fieldPatterns(names, PERSONAL),
  ];
  return r.patterns;
}

/** A value as written raw, URL-encoded (`%20` or `+`), and with `,` `:` `|` left literal as some wires do. */
function formsOf(value: string): string[] {
  const encoded = encodeURIComponent(value);
  const plus = encoded.replace(/%20/g, '+');
  const lenient = encoded.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7C/g, '|');
  return [...new Set([value, encoded, plus, lenient])];
}

function replaceForms(out: string, forms: readonly string[], mask: string): string {
  let text = out;
  for (const form of forms) if (text.includes(form)) text = text.split(form).join(mask);
  return text;
}

/** True when a field, header or parameter name denotes a secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

/**
 * Masks secrets and personal data in a string: known secret values first, then secret-named
 * fields, then known personal values and personal-named fields.
 */
export function redactString(input: string): string {
  let out = input;
  const { values } = registry();
  for (const secret of values.keys()) out = replaceForms(out, formsOf(secret), REDACTED);
  for (const [pattern, replacement] of PATTERNS) {
    pattern.lastIndex = 0;
    out = out.replace(pattern, replacement);
  }
  const p = personal();
  // A string shorter than the shortest value cannot contain one.
  if (out.length >= MIN_PERSONAL_VALUE_LENGTH) {
    for (const forms of p.values.values()) out = replaceForms(out, forms, PERSONAL);
  }
  for (const [pattern, replacement] of personalPatterns(p)) {
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
    out[key] =
      v === null || v === undefined
        ? v
        : isSecretKey(k)
          ? REDACTED
          : isPersonalKey(k)
            ? PERSONAL
            : redactDeep(v, depth + 1, seen);
  }
  return out;
}

/**
 * Returns a copy of `value` with every secret and every declared personal value masked: strings (URLs, query strings, JSON and XML
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

/** @internal Exposed for tests that need a clean slate: forgets personal names and values. */
export function clearPersonalData(): void {
  const p = personal();
  p.names.clear();
  p.values.clear();
  p.patterns = undefined;
}
