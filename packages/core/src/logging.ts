import { redact } from './redact.js';

/**
 * A logger the SDK can write to. `console` fits, and so does a pino or winston logger: the SDK
 * calls `logger.debug(record, message)`, which pino reads as (object, message) and console prints as both.
 */
export interface Logger {
  /** Receives every attempt that succeeded or will be retried, and session events. */
  debug?(record: LogRecord, message: string): void;
  /** Receives notable session events (a failed refresh followed by a new login). */
  info?(record: LogRecord, message: string): void;
  /** Receives failed calls and responses that did not match their schema. */
  warn?(record: LogRecord, message: string): void;
  /** Receives records at level `error`. */
  error?(record: LogRecord, message: string): void;
}

/** Level of a {@link LogRecord}. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** One structured log record. Every string in it has been through `redact()`. */
export interface LogRecord {
  /** What happened: one HTTP attempt, a session event, or a response that did not match its schema. */
  event: 'attempt' | 'session' | 'response_mismatch' | 'validation';
  /** SDK operation name. */
  operation?: string | undefined;
  /** 1 for the first attempt. */
  attempt?: number | undefined;
  /** HTTP method. */
  method?: string | undefined;
  /** Request URL, with secrets masked. */
  url?: string | undefined;
  /** HTTP status, when a response arrived. */
  status?: number | undefined;
  /** Time the attempt took. */
  durationMs?: number | undefined;
  /** How the attempt ended. */
  outcome?: 'ok' | 'retry' | 'error' | undefined;
  /** Delay before the next attempt, when one follows. */
  retryInMs?: number | undefined;
  /** Error code and message, when the attempt failed. */
  error?:
    | {
        /** The error's {@link ErrorCode}. */
        code: string;
        /** The error's redacted message. */
        message: string;
      }
    | undefined;
  /** Anything else worth knowing (schema issues, session action). */
  detail?: unknown;
}

/**
 * The environment variable that turns on console logging for every `@x` client created without a
 * `logger`: `X_SDK_LOG=debug` (or `info`, `warn`, `error`; `off` or unset for none). Read only
 * where `process.env` exists (Node, Bun, Deno with env access); browsers are unaffected.
 */
export const LOG_ENV_VAR = 'X_SDK_LOG';

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

let cachedSetting: string | undefined;
let cachedLogger: Logger | undefined;

function envSetting(): string | undefined {
  try {
    // `typeof` first: a bare `process` is a ReferenceError in browsers. Deno without env access
    // throws on the read itself, which means "not set" here.
    if (typeof process === 'undefined' || !process || typeof process.env !== 'object') return undefined;
    return process.env[LOG_ENV_VAR];
  } catch {
    return undefined;
  }
}

/** A console logger that prints records at `min` and above to stderr, tagged with the SDK's name. */
function consoleLogger(min: LogLevel): Logger {
  const out: Logger = {};
  for (const level of LEVELS.slice(LEVELS.indexOf(min))) {
    out[level] = (record, message) => {
      // stderr for every level: stdout stays the application's own (CLIs pipe it).
      console.error(`[x-sdk ${level}] ${message}`, record);
    };
  }
  return out;
}

/**
 * The logger used when a client was given none: a console logger when {@link LOG_ENV_VAR} names a
 * level, otherwise undefined (no logging). The variable is re-read on every call, so tests and
 * long-running processes can switch it.
 */
export function envLogger(): Logger | undefined {
  const setting = envSetting();
  if (setting === cachedSetting) return cachedLogger;
  cachedSetting = setting;
  const level = setting?.trim().toLowerCase();
  if (!level || level === 'off' || level === 'none' || level === '0') cachedLogger = undefined;
  else if ((LEVELS as readonly string[]).includes(level)) cachedLogger = consoleLogger(level as LogLevel);
  else {
    cachedLogger = undefined;
    console.warn(
      `[x-sdk] ${LOG_ENV_VAR}=${JSON.stringify(setting)} is not a level; use debug, info, warn, error or off.`,
    );
  }
  return cachedLogger;
}

/**
 * Writes a record at a level, redacting it first; a logger that throws never breaks a call.
 * Without a logger, the records go to the console when {@link LOG_ENV_VAR} asks for them.
 */
export function writeLog(
  logger: Logger | undefined,
  level: LogLevel,
  record: LogRecord,
  message: string,
): void {
  logger ??= envLogger();
  const fn = logger?.[level];
  if (!fn) return;
  try {
    fn.call(logger, redact(record) as LogRecord, redact(message) as string);
  } catch {
    // A broken logger must not turn a successful call into a failure.
  }
}
