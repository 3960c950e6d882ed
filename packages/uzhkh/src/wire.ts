import {
  ApiError,
  AuthError,
  type CallOptions,
  type Logger,
  type Operation,
  type RawResponse,
  ResponseError,
  type Schema,
  type Transport,
  type ValidationMode,
  httpErrorFrom,
  parseJsonExact,
} from '@x/core';
import { type PersonalDataPolicy, decodeOutput, prefix } from '@x/core/internal';
import type { UzhkhMeta } from './operations/meta.js';

/** The keyword answers the document lists for SetId (and that the platform uses for refusals). */
const KEYWORDS = ['notAuthorized', 'noData', 'notFound', 'unknownType', 'success', 'error'] as const;
type Keyword = (typeof KEYWORDS)[number];

/**
 * Finds the keyword in an answer body: plain text (`success`), a JSON string (`"success"`) or a
 * JSON object with the keyword as one of its values; the document names the words, not their framing.
 * Only a whole value counts, so "Internal error" is not the keyword `error`.
 */
export function keywordOf(body: string): Keyword | undefined {
  const text = body.replace(/^\uFEFF/, '').trim();
  const candidates: unknown[] = [text];
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'string') candidates.push(parsed.trim());
    else if (parsed && typeof parsed === 'object') candidates.push(...Object.values(parsed));
  } catch {
    // Plain text: the first candidate already covers it.
  }
  return candidates.find(
    (c): c is Keyword => typeof c === 'string' && (KEYWORDS as readonly string[]).includes(c),
  );
}

/** Query values as ASP.NET binds them: booleans as `true`/`false`, numbers in plain notation. */
export function encodeQuery(input: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (input === null || typeof input !== 'object') return out;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    out[key] = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  }
  return out;
}

function authError(operation: string, status: number, body: string): AuthError {
  return new AuthError(
    `${prefix(operation)}the platform refused the request (HTTP ${status}${keywordOf(body) === 'notAuthorized' ? ' notAuthorized' : ''}); check the access token and that this machine's IP address is on the platform's allow-list (both are issued by «Умное ЖКХ» support).`,
    { operation, status, vendorCode: 'notAuthorized' },
  );
}

function parseJson(raw: RawResponse, operation: string): unknown {
  const text = raw.text().replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    throw new ResponseError(
      `${prefix(operation)}the answer is empty where JSON was promised; a proxy or the platform failed, try again later.`,
      { operation },
    );
  }
  try {
    return parseJsonExact(text);
  } catch (cause) {
    throw new ResponseError(
      `${prefix(operation)}the answer is not JSON (${raw.contentType || 'no content type'}); check that the base URL is the internal link issued by support.`,
      { operation, cause },
    );
  }
}

/**
 * The keyword refusals (`noData` 404, `notFound` 404, `error` 500) as errors. The document lists them
 * for SetId; the other write endpoints are treated alike, since the platform's answers share a style.
 */
function keywordError(raw: RawResponse, operation: string, word: Keyword | undefined, what: string) {
  const { status } = raw;
  if (status === 404 && word === 'noData') {
    return new ApiError(
      `${prefix(operation)}the platform says not all of ${what} arrived (noData); a proxy may strip the query string, please report it.`,
      { operation, status, vendorCode: 'noData', vendorMessage: 'noData' },
    );
  }
  if (status === 404 && word === 'notFound') {
    return new ApiError(
      `${prefix(operation)}the platform has no record with that id (notFound); it may have been deleted or handled already, check the id.`,
      { operation, status, vendorCode: 'notFound', vendorMessage: 'notFound' },
    );
  }
  if (status === 500 && word === 'error') {
    return new ApiError(
      `${prefix(operation)}the platform failed on its side (error, HTTP 500); try again later.`,
      { operation, status, vendorCode: 'error', vendorMessage: 'error', retryable: true },
    );
  }
  return httpErrorFrom(raw, operation);
}

function decodeSetId(raw: RawResponse, operation: string): { outcome: string; status: number } {
  const { status } = raw;
  const ok = status >= 200 && status < 300;
  // A 2xx counts only with the documented `success`: a front end's HTML page or a cut answer is no proof.
  const word = keywordOf(ok ? raw.text() : raw.excerpt(200));
  if (ok) {
    if (word === 'success') return { outcome: 'success', status };
    throw new ResponseError(
      `${prefix(operation)}the platform answered HTTP ${status} without the word success; the external id may or may not be set, check the next change record or a download before repeating.`,
      { operation },
    );
  }
  if (status === 404 && (word === 'notFound' || word === 'unknownType')) return { outcome: word, status };
  throw keywordError(raw, operation, word, 'uzhkId, externalId and type');
}

function decodeNone(raw: RawResponse, operation: string): null {
  const html = raw.contentType === 'text/html' || raw.excerpt(100).trimStart().startsWith('<');
  if (raw.status >= 200 && raw.status < 300 && html) {
    throw new ResponseError(
      `${prefix(operation)}the platform answered HTTP ${raw.status} with an HTML page (a front end's login or error page?); the call may not have arrived, check its effect before repeating.`,
      { operation },
    );
  }
  if (raw.status >= 200 && raw.status < 300) return null;
  throw keywordError(raw, operation, keywordOf(raw.excerpt(200)), 'the required parameters');
}

/** Per-client facts the invoker needs. */
export interface WireContext {
  transport: Transport;
  validation: ValidationMode | undefined;
  logger: Logger | undefined;
  /** Registers the personal values each call sends, for redaction. */
  personal?: PersonalDataPolicy | undefined;
}

/** Sends one operation: GET with the input as query string, then decodes per the operation's answer kind. */
export async function invoke(
  ctx: WireContext,
  op: Operation<Schema, Schema, unknown>,
  name: string,
  input: unknown,
  options: CallOptions | undefined,
): Promise<unknown> {
  const meta = op.meta as UzhkhMeta;
  ctx.personal?.remember(op, input);
  const wireValue = await ctx.transport.request(
    {
      operation: name,
      idempotent: op.idempotent,
      method: meta.method,
      path: meta.path,
      query: encodeQuery(input),
      acceptStatus: (s) =>
        (s >= 200 && s < 300) ||
        s === 401 ||
        s === 403 ||
        (meta.answer !== 'json' && (s === 404 || s === 500)),
      decode: (raw) => {
        if (raw.status === 401 || raw.status === 403) throw authError(name, raw.status, raw.excerpt(200));
        if (meta.answer === 'setId') return decodeSetId(raw, name);
        if (meta.answer === 'none') return decodeNone(raw, name);
        return parseJson(raw, name);
      },
    },
    options,
  );
  return decodeOutput(op, wireValue, name, ctx.validation, ctx.logger);
}
