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
  decodeOutput,
  httpErrorFrom,
  prefix,
} from '@x/core';
import type { UzhkhMeta } from './operations/meta.js';

/** The keyword answers the document lists for SetId (and that the platform uses for refusals). */
const KEYWORDS = ['notAuthorized', 'noData', 'notFound', 'unknownType', 'success', 'error'] as const;
type Keyword = (typeof KEYWORDS)[number];

/**
 * Finds the keyword in an answer body: plain text (`success`), a JSON string (`"success"`) or a
 * JSON object holding it; the document names the words but not their framing.
 */
export function keywordOf(body: string): Keyword | undefined {
  const match = /\b(notAuthorized|noData|notFound|unknownType|success|error)\b/.exec(body);
  return match ? (match[1] as Keyword) : undefined;
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
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ResponseError(
      `${prefix(operation)}the answer is not JSON (${raw.contentType || 'no content type'}); check that the base URL is the internal link issued by support.`,
      { operation, cause },
    );
  }
}

function decodeSetId(raw: RawResponse, operation: string): { outcome: string; status: number } {
  const word = keywordOf(raw.excerpt(200));
  const { status } = raw;
  if (status >= 200 && status < 300) {
    // A 2xx without a keyword is taken as success: the status is the document's primary signal.
    if (word === undefined || word === 'success') return { outcome: 'success', status };
  }
  if (status === 404 && (word === 'notFound' || word === 'unknownType')) return { outcome: word, status };
  if (status === 404 && word === 'noData') {
    throw new ApiError(
      `${prefix(operation)}the platform says not all of uzhkId, externalId and type arrived (noData); a proxy may strip the query string, please report it.`,
      { operation, status, vendorCode: 'noData', vendorMessage: 'noData' },
    );
  }
  if (status === 500 && word === 'error') {
    throw new ApiError(
      `${prefix(operation)}the platform failed while setting the id (error, HTTP 500); try again later.`,
      { operation, status, vendorCode: 'error', vendorMessage: 'error', retryable: true },
    );
  }
  throw httpErrorFrom(raw, operation);
}

/** Per-client facts the invoker needs. */
export interface WireContext {
  transport: Transport;
  validation: ValidationMode | undefined;
  logger: Logger | undefined;
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
        (meta.answer === 'setId' && (s === 404 || s === 500)),
      decode: (raw) => {
        if (raw.status === 401 || raw.status === 403) throw authError(name, raw.status, raw.excerpt(200));
        if (meta.answer === 'setId') return decodeSetId(raw, name);
        if (meta.answer === 'none') return null;
        return parseJson(raw, name);
      },
    },
    options,
  );
  return decodeOutput(op, wireValue, name, ctx.validation, ctx.logger);
}
