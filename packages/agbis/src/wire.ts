import {
  ApiError,
  AuthError,
  HttpError,
  RateLimitError,
  type RawResponse,
  ResponseError,
  httpErrorFrom,
  parseJsonExact,
} from '@x/core';
import { prefix } from '@x/core/internal';

/**
 * How AGBIS encodes requests and responses, in one place:
 * - GET: `?<Command>=<encodeURIComponent(JSON)>&SessionID=<id>`; values stay literal inside the JSON
 *   (encoding them a second time makes the live server answer `error: 1`).
 * - POST: `?<Command>` with a JSON body `{"<Command>": {...}, "SessionID": "..."}` whose string
 *   values are URI-encoded, as the document's POST examples show.
 * - Answers: JSON (sometimes labelled `text/html`, sometimes with trailing commas), every string
 *   URI-encoded with `%20` or `+` for spaces, numbers as strings with decimal commas.
 */

/** HTTP method of a command, exactly as the document gives it. */
export type WireMethod = 'GET' | 'POST';

/** How string values inside POST bodies are encoded. */
export type PostValueEncoding = 'uri' | 'none';

// The command meta type lives with the tables (src/operations/meta.ts, as in every client).
export type { AgbisMeta } from './operations/meta.js';
import type { AgbisMeta } from './operations/meta.js';

/** A command ready for the transport: relative path with query, optional body and headers. */
export interface EncodedCommand {
  /** GET or POST, per the document. */
  method: WireMethod;
  /** Path relative to the base URL with the query: `?<Command>=<JSON>&SessionID=…` or `?<Command>`. */
  path: string;
  /** The POST body `{"<Command>": {...}, "SessionID": "…"}`; absent for GET. */
  body?: string;
  /** Request headers (the POST content type). */
  headers?: Record<string, string>;
}

/**
 * URI-encodes one string value for a POST body. `,` `|` `:` stay literal: they are safe under the
 * server's URL decoding and the document's examples (`"23,4"`, `"2|1.3|3|"`) show them unencoded.
 */
export function encodeWireValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/g, ',').replace(/%7C/g, '|').replace(/%3A/g, ':');
}

/**
 * Decodes one string as the server's URL decoding does: `+` is a space, `%XX` an UTF-8 byte.
 * A string that is not valid percent-encoding (a literal `100%`) is returned as it came.
 */
export function decodeWireValue(value: string): string {
  if (!/[%+]/.test(value)) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function mapStrings(
  value: unknown,
  fn: (s: string, key: string | undefined) => string,
  key?: string,
): unknown {
  if (typeof value === 'string') return fn(value, key);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn, k)]));
  }
  return value;
}

/** URI-encodes every string value of a POST command's params (keys in `rawKeys` excepted). */
export function encodePostValues(params: unknown, rawKeys: readonly string[] = []): unknown {
  return mapStrings(params, (s, key) =>
    key !== undefined && rawKeys.includes(key) ? s : encodeWireValue(s),
  );
}

/** Base64 fields: `+` is a base64 digit there, not a space, so only `%XX` escapes are undone. */
const BASE64_KEYS = new Set(['img', 'img64']);

/** Whether strings under `key` are base64 (their `+` is a digit, not a space). */
export function isBase64Key(key: string | undefined): boolean {
  return key !== undefined && BASE64_KEYS.has(key);
}

/** Decodes one answer string found under `key` (base64 fields keep their `+`). */
export function decodeAnswerString(s: string, key: string | undefined): string {
  if (isBase64Key(key)) {
    if (!s.includes('%')) return s;
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  }
  return decodeWireValue(s);
}

/**
 * Decodes every string of an answer exactly once (base64 fields keep their `+`). Returns a copy;
 * `value` is left as it was.
 */
export function decodeAnswerStrings(value: unknown): unknown {
  return mapStrings(value, decodeAnswerString);
}

/**
 * {@link decodeAnswerStrings} for a value nobody else holds (what `JSON.parse` just returned): strings
 * are replaced where they sit, `key` naming the field `value` is in. A month of orders is tens of MB;
 * copying every object and array only to drop the original doubled the decode's allocations and its
 * garbage-collection time. Answers false, leaving the walk unfinished, at the first number
 * `acceptNumber` refuses: the single-pass decoder (src/fast-decode.ts) parses with plain
 * `JSON.parse` and gives up on digits it may have lost; the ordinary path parses exactly and
 * accepts every number.
 */
export function decodeAnswerStringsInPlace(
  value: object,
  key?: string,
  acceptNumber?: (n: number) => boolean,
): boolean {
  if (Array.isArray(value)) {
    const items = value as unknown as Record<number, unknown>;
    for (let i = 0; i < value.length; i++) if (!decodeAnswerSlot(items, i, key, acceptNumber)) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  for (const k of Object.keys(record)) if (!decodeAnswerSlot(record, k, k, acceptNumber)) return false;
  return true;
}

/** One array item or record field of {@link decodeAnswerStringsInPlace}; `key` names the field it is in. */
export function decodeAnswerSlot(
  container: Record<string | number, unknown>,
  slot: string | number,
  key: string | undefined,
  acceptNumber: ((n: number) => boolean) | undefined,
): boolean {
  const item = container[slot];
  if (typeof item === 'string') {
    // Most vendor strings (codes, amounts, dates without a time) carry nothing to decode.
    if (item.includes('%') || item.includes('+')) container[slot] = decodeAnswerString(item, key);
    return true;
  }
  if (typeof item === 'number') return acceptNumber === undefined || acceptNumber(item);
  return item === null || typeof item !== 'object' || decodeAnswerStringsInPlace(item, key, acceptNumber);
}

/** Builds the request of one command. */
export function encodeCommand(
  command: string,
  meta: AgbisMeta,
  params: Record<string, unknown> | undefined,
  sessionId: string | undefined,
  postEncoding: PostValueEncoding = 'uri',
): EncodedCommand {
  if (meta.method === 'GET') {
    const hasParams = params !== undefined && Object.keys(params).length > 0;
    let path = `?${command}${hasParams ? `=${encodeURIComponent(JSON.stringify(params))}` : ''}`;
    if (sessionId !== undefined) path += `&SessionID=${encodeURIComponent(sessionId)}`;
    return { method: 'GET', path };
  }
  const inner = postEncoding === 'uri' ? encodePostValues(params ?? {}, meta.rawKeys) : (params ?? {});
  const body: Record<string, unknown> = { [command]: inner };
  if (sessionId !== undefined) body.SessionID = sessionId;
  return {
    method: 'POST',
    path: `?${command}`,
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json; charset=UTF-8' },
  };
}

/**
 * Parses JSON the way the vendor writes it. Strict JSON first; when that fails, a string-aware
 * repair removes what the document's own examples contain (trailing commas `[...,]`, a leading
 * comma `[,`), inserts a comma the examples forget between a value and the next key on a new line,
 * and strips a JSONP wrapper. Anything still invalid is an error, never a guess.
 */
export function parseVendorJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '').trim();
  try {
    return parseJsonExact(body);
  } catch {
    return parseJsonExact(repairJson(unwrapJsonp(body)));
  }
}

function unwrapJsonp(text: string): string {
  const m = /^[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?$/.exec(text);
  return m ? m[1]! : text;
}

/** The repair pass of {@link parseVendorJson}; exported for tests. */
export function repairJson(text: string): string {
  let out = '';
  let inString = false;
  // Last significant character outside strings, to decide about commas.
  let last = '';
  let newlineSinceLast = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') {
        out += text[++i] ?? '';
      } else if (ch === '"') {
        inString = false;
        last = '"';
        newlineSinceLast = false;
      }
      continue;
    }
    if (ch === '\n' || ch === '\r') newlineSinceLast = true;
    if (/\s/.test(ch)) {
      out += ch;
      continue;
    }
    if (ch === ',') {
      // Leading comma after `[`/`{` or a doubled comma: drop it.
      if (last === '[' || last === '{' || last === ',') continue;
      out += ch;
      last = ',';
      newlineSinceLast = false;
      continue;
    }
    if (ch === ']' || ch === '}') {
      // Trailing comma before a closing bracket: remove it from the output.
      if (last === ',') out = out.replace(/,(\s*)$/, '$1');
      out += ch;
      last = ch;
      newlineSinceLast = false;
      continue;
    }
    if (ch === '"') {
      // A value ended, a newline passed and a new key starts without a comma: add it.
      if (newlineSinceLast && (last === '"' || last === '}' || last === ']' || /[\deE.la]/.test(last))) {
        out = out.replace(/(\s*)$/, ',$1');
      }
      inString = true;
      out += ch;
      continue;
    }
    out += ch;
    last = ch;
    newlineSinceLast = false;
  }
  return out;
}

/** Documented texts of the API error codes (used when the server sends no `Msg`). */
export const ERROR_TEXTS: Readonly<Record<number, string>> = {
  1: 'ошибка выполнения команды',
  2: 'не авторизирован',
  3: 'авторизация просрочена',
  100: 'Ошибка подключения к БД',
  101: 'Ошибка выполнения запроса',
  102: 'Слишком частые запросы',
  103: 'Отсутствуют команды на выполнение',
  104: 'Отсутствуют параметры команды',
  105: 'Некорректные данные',
  106: 'Недействительный SessionID',
  107: 'Не завершилась предыдущая команда',
  108: 'Сервер недоступен! Попробуйте позже',
  109: 'Ошибка выполнения команды',
};

/**
 * Turns an answer's `error` code into the typed error, or returns undefined for `error: 0`.
 * 3 and 106 mean the session is gone (the client renews it and repeats the call once).
 */
export function errorFromAnswer(
  answer: Record<string, unknown>,
  operation: string,
  command: string,
  status?: number,
): ApiError | undefined {
  const raw = answer.error;
  if (raw === undefined || raw === null || raw === 0 || raw === '0' || raw === '') return undefined;
  const code = Number(raw);
  const msg = typeof answer.Msg === 'string' && answer.Msg !== '' ? answer.Msg : undefined;
  const vendorMessage = msg ?? ERROR_TEXTS[code];
  const said = vendorMessage ? ` ("${vendorMessage}")` : '';
  const p = prefix(operation);
  const init = { operation, vendorCode: Number.isNaN(code) ? String(raw) : code, vendorMessage, status };
  switch (code) {
    case 1:
      return new ApiError(
        `${p}AGBIS refused ${command}${said}; check the values named in the message.`,
        init,
      );
    case 2:
      return new AuthError(
        `${p}AGBIS answered "not authorised" (error 2) to ${command}; check the user, the password and that the user may use the commercial API.`,
        init,
      );
    case 3:
    case 106:
      return new AuthError(
        `${p}the AGBIS session is expired or unknown (error ${code}) for ${command}; the client renews it automatically, so this is only seen when renewal failed.`,
        { ...init, sessionExpired: true },
      );
    case 102:
      return new RateLimitError(
        `${p}AGBIS says requests are too frequent (error 102) for ${command}; slow down and retry later.`,
        init,
      );
    case 100:
    case 107:
    case 108:
      return new ApiError(
        `${p}AGBIS could not reach the dry-cleaner's database (error ${code}${said}) for ${command}; retry later, and if it persists ask the dry-cleaner to check the AGBIS agent service.`,
        { ...init, retryable: true },
      );
    case 103:
    case 104:
    case 105:
      return new ApiError(
        `${p}AGBIS rejected the shape of command ${command} (error ${code}${said}); the SDK or the server changed, please report it with the redacted request.`,
        init,
      );
    default:
      return new ApiError(
        `${p}AGBIS failed to execute ${command} (error ${raw}${said}); if it persists, contact AGBIS support.`,
        init,
      );
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*<(!doctype|html|head|body|\?xml)/i.test(text);
}

/** Non-2xx answers: the 504 page of a too-wide range gets advice on what to do about it. */
function statusError(raw: RawResponse, operation: string): Error {
  if (raw.status === 504) {
    return new HttpError(
      `${prefix(operation)}the AGBIS gateway timed out (HTTP 504); narrow the date range (the stream helpers split it into windows) or try again later.`,
      { operation, status: 504, bodyExcerpt: raw.excerpt(300) },
    );
  }
  return httpErrorFrom(raw, operation);
}

/**
 * Decodes a JSON answer: checks the status, parses tolerantly whatever the content type says,
 * raises the vendor's error codes and decodes every string once.
 */
export function decodeJsonAnswer(
  raw: RawResponse,
  operation: string,
  command: string,
): Record<string, unknown> {
  if (raw.status < 200 || raw.status >= 300) throw statusError(raw, operation);
  const text = raw.text();
  let parsed: unknown;
  try {
    parsed = parseVendorJson(text);
  } catch (cause) {
    if (looksLikeHtml(text)) {
      throw new ResponseError(
        `${prefix(operation)}AGBIS answered ${command} with an HTML page instead of JSON; check the base URL (https://<host>/cl/<Path>/api/) and try again later.`,
        { operation, cause },
      );
    }
    throw new ResponseError(
      `${prefix(operation)}the answer to ${command} is not JSON, even after repairing the vendor's usual slips; report it with the redacted body.`,
      { operation, cause },
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ResponseError(
      `${prefix(operation)}the answer to ${command} is not a JSON object; report it with the redacted body.`,
      { operation },
    );
  }
  // `parsed` is ours alone: decode its strings where they are instead of copying the whole tree.
  decodeAnswerStringsInPlace(parsed);
  const decoded = parsed as Record<string, unknown>;
  const error = errorFromAnswer(decoded, operation, command, raw.status);
  if (error) throw error;
  return decoded;
}

/** A file the server sent (ReceiptOnline). */
export interface BinaryAnswer {
  /** The file's bytes. */
  bytes: Uint8Array;
  /** Its media type, e.g. `application/pdf`, `image/png`, `image/svg+xml`. */
  contentType: string;
}

/** Decodes a binary answer; a JSON body in its place carries an error code and is raised as such. */
export function decodeBinaryAnswer(raw: RawResponse, operation: string, command: string): BinaryAnswer {
  if (raw.status < 200 || raw.status >= 300) throw statusError(raw, operation);
  const head = raw.excerpt(64).trimStart();
  const jsonish = raw.contentType === 'application/json' || raw.contentType === 'text/html';
  if (head.startsWith('{') && (jsonish || raw.contentType === '' || raw.contentType === 'text/plain')) {
    decodeJsonAnswer(raw, operation, command);
    throw new ResponseError(
      `${prefix(operation)}AGBIS answered ${command} with JSON instead of a file; report it with the redacted body.`,
      { operation },
    );
  }
  if (raw.contentType === 'text/html' && looksLikeHtml(head)) {
    throw new ResponseError(
      `${prefix(operation)}AGBIS answered ${command} with an HTML page instead of a file; check the base URL and try again later.`,
      { operation },
    );
  }
  return { bytes: raw.bytes, contentType: raw.contentType || 'application/octet-stream' };
}
