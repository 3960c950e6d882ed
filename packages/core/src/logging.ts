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

/** Writes a record at a level, redacting it first; a logger that throws never breaks a call. */
export function writeLog(
  logger: Logger | undefined,
  level: LogLevel,
  record: LogRecord,
  message: string,
): void {
  const fn = logger?.[level];
  if (!fn) return;
  try {
    fn.call(logger, redact(record) as LogRecord, redact(message) as string);
  } catch {
    // A broken logger must not turn a successful call into a failure.
  }
}
