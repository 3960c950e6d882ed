/**
 * Tolerant reader of `OperationResult`, the envelope every ТМ:МИС method returns and the document
 * links to without describing. Assumptions (see the README): a JSON object with a success flag,
 * a list of messages or errors and a data part, under any of the usual .NET names and casings.
 */
import type { ResultMessage } from './schemas/operation-result.js';
import { foldKey } from './wire.js';

/** An `OperationResult` as the SDK understood it. */
export interface OperationResultInfo {
  /** Whether the server reported success. */
  success: boolean;
  /** Every message, errors first. */
  messages: ResultMessage[];
  /** The data part (`Data`, `Result`, `Value`...), or the whole body when it is not an envelope. */
  data: unknown;
  /** The object exactly as parsed from JSON. */
  raw: unknown;
  /** Whether the body looked like an envelope at all (false: it was bare data). */
  envelope: boolean;
}

const SUCCESS_KEYS = ['success', 'issuccess', 'succeeded', 'issucceeded', 'issuccessful', 'ok'];
const FAILURE_KEYS = ['iserror', 'haserrors', 'failed', 'isfailed', 'isfailure'];
const ERROR_KEYS = [
  'errors',
  'error',
  'errormessages',
  'errormessage',
  'errortext',
  'exception',
  'exceptions',
];
const MESSAGE_KEYS = ['messages', 'message', 'warnings', 'notifications', 'infos'];
const DATA_KEYS = [
  'data',
  'result',
  'value',
  'body',
  'payload',
  'content',
  'returnvalue',
  'model',
  'response',
];
const TEXT_KEYS = ['message', 'text', 'description', 'errormessage', 'msg', 'title', 'detail', 'value'];
const CODE_KEYS = ['code', 'errorcode', 'number', 'id', 'key'];
const SEVERITY_KEYS = ['severity', 'type', 'level', 'kind'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function folded(record: Record<string, unknown>): Map<string, unknown> {
  const map = new Map<string, unknown>();
  for (const [k, v] of Object.entries(record)) if (!map.has(foldKey(k))) map.set(foldKey(k), v);
  return map;
}

function first(
  map: Map<string, unknown>,
  keys: readonly string[],
): { key: string; value: unknown } | undefined {
  for (const key of keys) if (map.has(key)) return { key, value: map.get(key) };
  return undefined;
}

function asBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (['true', '1', 'ok', 'success'].includes(v)) return true;
    if (['false', '0', 'error', 'fail', 'failed'].includes(v)) return false;
  }
  return undefined;
}

function severityOf(value: unknown, fallback: ResultMessage['severity']): ResultMessage['severity'] {
  const v = String(value ?? '').toLowerCase();
  if (v.startsWith('err') || v === 'fatal' || v === 'critical' || v === '2') return 'error';
  if (v.startsWith('warn') || v === '1') return 'warning';
  if (v.startsWith('info') || v === '0') return 'info';
  return fallback;
}

/**
 * Turns whatever a messages/errors field of an `OperationResult` holds (a string, a list, message
 * objects or an ASP.NET model-state map) into messages.
 * @param value - The field's value as parsed from JSON.
 * @param fallback - Severity of messages that do not state one (`error` for an errors field).
 */
export function readMessages(value: unknown, fallback: ResultMessage['severity']): ResultMessage[] {
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'string' || typeof value === 'number') {
    return [{ text: String(value), severity: fallback }];
  }
  if (Array.isArray(value)) return value.flatMap((item) => readMessages(item, fallback));
  if (!isRecord(value)) return [];
  const map = folded(value);
  const text = first(map, TEXT_KEYS);
  if (text && (typeof text.value === 'string' || typeof text.value === 'number')) {
    const code = first(map, CODE_KEYS)?.value;
    const severity = first(map, SEVERITY_KEYS)?.value;
    return [
      {
        text: String(text.value),
        ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
        severity: severityOf(severity, fallback),
      },
    ];
  }
  // ASP.NET model-state shape: { field: ["message", ...] }.
  return Object.entries(value).flatMap(([field, inner]) =>
    readMessages(inner, fallback).map((m) => ({ ...m, text: `${field}: ${m.text}` })),
  );
}

/**
 * Reads an `OperationResult`. A body without any recognised envelope key is treated as bare data
 * with success. Without an explicit flag, success means "no error messages".
 * @param body - The response body as parsed from JSON (`null` for an empty body).
 */
export function readOperationResult(body: unknown): OperationResultInfo {
  if (!isRecord(body)) {
    return { success: true, messages: [], data: body ?? null, raw: body, envelope: false };
  }
  const map = folded(body);
  const successKey = first(map, SUCCESS_KEYS);
  const failureKey = first(map, FAILURE_KEYS);
  const errorsKey = first(map, ERROR_KEYS);
  const messagesKey = first(map, MESSAGE_KEYS);
  let dataKey = first(map, DATA_KEYS);
  // `Result: true` is a flag, not data.
  const resultFlag = dataKey?.key === 'result' ? asBool(dataKey.value) : undefined;
  if (resultFlag !== undefined) dataKey = undefined;
  const envelope =
    successKey !== undefined ||
    failureKey !== undefined ||
    errorsKey !== undefined ||
    resultFlag !== undefined ||
    (dataKey !== undefined && (messagesKey !== undefined || map.size <= 2));
  if (!envelope) return { success: true, messages: [], data: body, raw: body, envelope: false };

  const errors = readMessages(errorsKey?.value, 'error');
  let explicit = asBool(successKey?.value);
  if (explicit === undefined && failureKey) {
    const failed = asBool(failureKey.value);
    explicit = failed === undefined ? undefined : !failed;
  }
  if (explicit === undefined) explicit = resultFlag;
  const success = explicit ?? !errors.some((m) => m.severity === 'error');
  const others = readMessages(messagesKey?.value, success ? 'info' : 'error');
  return {
    success,
    messages: [...errors, ...others],
    data: dataKey?.value ?? null,
    raw: body,
    envelope: true,
  };
}
