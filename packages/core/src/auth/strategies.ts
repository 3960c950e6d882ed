import { ConfigError } from '../errors.js';
import { registerSecret } from '../redact.js';

/** What an auth strategy may change on an outgoing request. */
export interface AuthTarget {
  /** Headers of the attempt, e.g. for `Authorization`. */
  headers: Headers;
  /** URL of the attempt, e.g. for a key in the query string. */
  url: URL;
}

/**
 * Puts credentials on each attempt of a request. Strategies register their secrets with the
 * redactor, so they never show up in logs or errors.
 */
export interface AuthStrategy {
  /** Short name for logs ("bearer", "basic", ...). */
  readonly kind: string;
  /** Adds credentials to one attempt. Called again on every retry, so providers can rotate tokens. */
  apply(target: AuthTarget, signal?: AbortSignal): void | Promise<void>;
}

/** A token, or a function that returns the current one (called on every attempt). */
export type TokenSource = string | ((signal?: AbortSignal) => string | Promise<string>);

function checkHeaderValue(value: string, what: string): string {
  if (/[\r\n\0]/.test(value)) throw new ConfigError(`${what} contains a line break or NUL; remove it.`);
  return value;
}

function checkToken(token: unknown): string {
  if (typeof token !== 'string' || token.length === 0) {
    throw new ConfigError('the bearer token is empty; pass a token or a provider that returns one.');
  }
  registerSecret(token);
  return checkHeaderValue(token, 'the bearer token');
}

/**
 * Applies `use` to the token: synchronously for a fixed string (no promise and no race per call in
 * the transport), after awaiting the provider otherwise. The checks are the same either way.
 */
function withToken(
  source: TokenSource,
  signal: AbortSignal | undefined,
  use: (token: string) => void,
): void | Promise<void> {
  if (typeof source !== 'function') {
    use(checkToken(source));
    return;
  }
  return (async () => {
    use(checkToken(await source(signal)));
  })();
}

/** `Authorization: Bearer <token>`; the token may come from an async provider. */
export function bearerAuth(token: TokenSource): AuthStrategy {
  if (typeof token === 'string') registerSecret(token);
  return {
    kind: 'bearer',
    apply({ headers }, signal) {
      return withToken(token, signal, (t) => headers.set('authorization', `Bearer ${t}`));
    },
  };
}

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** HTTP Basic authentication (UTF-8 encoded user and password). */
export function basicAuth(user: string, password: string): AuthStrategy {
  if (!user) throw new ConfigError('basic auth needs a user name.');
  if (user.includes(':')) throw new ConfigError('a basic-auth user name cannot contain ":".');
  registerSecret(password);
  const value = `Basic ${base64Utf8(`${user}:${password}`)}`;
  registerSecret(value.slice('Basic '.length));
  return {
    kind: 'basic',
    apply({ headers }) {
      headers.set('authorization', value);
    },
  };
}

/** A custom header carrying a key, e.g. `X-Api-Key: ...`. */
export function headerAuth(name: string, value: TokenSource): AuthStrategy {
  checkHeaderValue(name, 'the auth header name');
  if (typeof value === 'string') registerSecret(value);
  return {
    kind: 'header',
    apply({ headers }, signal) {
      return withToken(value, signal, (t) => headers.set(name, t));
    },
  };
}

/** A query parameter carrying a key, e.g. `?apikey=...`. */
export function queryAuth(name: string, value: TokenSource): AuthStrategy {
  if (typeof value === 'string') registerSecret(value);
  return {
    kind: 'query',
    apply({ url }, signal) {
      return withToken(value, signal, (t) => url.searchParams.set(name, t));
    },
  };
}

/** No credentials. */
export function noAuth(): AuthStrategy {
  return { kind: 'none', apply() {} };
}
