import { ConnectionError, prefix } from '../errors.js';

// Error codes that prove no byte of the request reached a server: nothing was connected.
const NEVER_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function collectCodes(error: unknown, depth = 0, out: string[] = []): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return out;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') out.push(code);
  const nested = (error as { errors?: unknown }).errors;
  if (Array.isArray(nested)) for (const e of nested) collectCodes(e, depth + 1, out);
  collectCodes((error as { cause?: unknown }).cause, depth + 1, out);
  return out;
}

/**
 * Turns whatever `fetch` threw at the network level into a {@link ConnectionError}, deciding from
 * the system error codes whether the request can have reached the server.
 */
export function connectionErrorFrom(
  error: unknown,
  operation: string | undefined,
  host: string,
): ConnectionError {
  const codes = collectCodes(error);
  const neverSent = codes.length > 0 && codes.every((c) => NEVER_SENT.has(c));
  const what = codes[0] ?? (error instanceof Error ? error.message : 'network failure');
  const advice = neverSent
    ? 'check the base URL, DNS and that the server is running'
    : 'the server may or may not have processed the request; check before repeating a write';
  return new ConnectionError(
    `${prefix(operation)}could not talk to ${host} (${what}); ${advice}.`,
    !neverSent,
    { operation, cause: error },
  );
}
