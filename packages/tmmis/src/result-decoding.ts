import { ApiError, type RawResponse, ResponseError, httpErrorFrom, parseJsonExact } from '@x/core';
import { prefix } from '@x/core/internal';
import { type OperationResultInfo, readOperationResult } from './operation-result.js';

/** Statuses handed to the decoder: 2xx, and error statuses whose body may be an `OperationResult`. */
export function acceptStatus(status: number): boolean {
  if (status >= 200 && status < 300) return true;
  return status >= 400 && status < 600 && status !== 401 && status !== 403 && status !== 429;
}

function parseJson(raw: RawResponse): { ok: true; value: unknown } | { ok: false } {
  const text = raw.text().replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: true, value: null };
  try {
    // Invoice numbers and message codes may come as bare numbers beyond 2^53: keep their digits.
    return { ok: true, value: parseJsonExact(text) };
  } catch {
    return { ok: false };
  }
}

/** Builds the ApiError for a refused operation, carrying the server's messages. */
export function refusal(info: OperationResultInfo, operation: string, status: number): ApiError {
  const texts = info.messages.map((m) => m.text);
  const vendorMessage = texts.length > 0 ? texts.join('; ') : undefined;
  const code = info.messages.find((m) => m.code !== undefined)?.code;
  return new ApiError(
    `${prefix(operation)}ТМ:МИС refused the operation${vendorMessage ? `: ${vendorMessage}` : ' without a message'}; check the invoice, cash desk and clinic (OGRN/OID) it names and call again only once that is fixed.`,
    { operation, vendorCode: code, vendorMessage, status, retryable: status >= 500 || status === 408 },
  );
}

/**
 * Reads a response body as an `OperationResult`: success → the result; a failure flag or error
 * messages → {@link ApiError} with the server's messages; a non-JSON body → ResponseError (2xx) or
 * HttpError (other statuses).
 */
export function decodeResponse(
  raw: RawResponse,
  operation: string,
  emptyAllowed = true,
): OperationResultInfo {
  const ok = raw.status >= 200 && raw.status < 300;
  if (ok && !emptyAllowed && raw.bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09)) {
    // A lookup always answers an OperationResult; an empty 200 is a proxy or server fault, and
    // reading it as "no invoices" would tell a cashier that an existing invoice does not exist.
    throw new ResponseError(
      `${prefix(operation)}the server answered HTTP ${raw.status} with an empty body where a list of invoices was expected; check the server and any proxy in between, then repeat the lookup.`,
      { operation },
    );
  }
  const parsed = parseJson(raw);
  if (!parsed.ok) {
    if (!ok) throw httpErrorFrom(raw, operation);
    throw new ResponseError(
      `${prefix(operation)}the server answered HTTP ${raw.status} with a body that is not JSON (${JSON.stringify(raw.excerpt(80))}); check the base URL and any proxy in between.`,
      { operation },
    );
  }
  const info = readOperationResult(parsed.value);
  if (ok) {
    if (!info.success) throw refusal(info, operation, raw.status);
    return info;
  }
  if (!info.envelope || (info.success && info.messages.length === 0)) throw httpErrorFrom(raw, operation);
  throw refusal(info, operation, raw.status);
}
