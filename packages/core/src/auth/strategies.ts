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

async function resolveToken(source: TokenSource, signal?: AbortSignal): Promise<string> {
  const token = typeof source === 'function' ? await source(signal) : source;
  if (typeof token !== 'string' || token.length === 0) {
    throw new ConfigError('the bearer token is empty; pass a token or a provider that returns one.');
  }
  registerSecret(token);
  return checkHeaderValue(token, 'the bearer token');
}

/** `Authorization: Bearer <token>`; the token may come from an async provider. */
export function bearerAuth(token: TokenSource): AuthStrategy {
  if (typeof token === 'string') registerSecret(token);
  return {
    kind: 'bearer',
    async apply({ headers }, signal) {
      headers.set('authorization', `Bearer ${await resolveToken(token, signal)}`);
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
    async apply({ headers }, signal) {
      headers.set(name, await resolveToken(value, signal));
    },
  };
}

/** A query parameter carrying a key, e.g. `?apikey=...`. */
export function queryAuth(name: string, value: TokenSource): AuthStrategy {
  if (typeof value === 'string') registerSecret(value);
  return {
    kind: 'query',
    async apply({ url }, signal) {
      url.searchParams.set(name, await resolveToken(value, signal));
    },
  };
}

/** No credentials. */
export function noAuth(): AuthStrategy {
  return { kind: 'none', apply() {} };
}
