import { inspect } from 'node:util';
import type { LogRecord, Logger } from '../logging.js';

/** One log call a {@link captureLogger} received. */
export interface CapturedLog {
  /** The level the SDK logged at. */
  level: 'debug' | 'info' | 'warn' | 'error';
  /** The structured record, as the SDK passed it (already redacted). */
  record: LogRecord;
  /** The one-line message. */
  message: string;
}

/** The logger {@link captureLogger} returns: a `Logger` that also exposes what it received. */
export interface CapturingLogger extends Logger {
  /** Every call received, in order. */
  records: CapturedLog[];
}

/** A logger that keeps every record (debug included), for asserting what the SDK logs. */
export function captureLogger(): CapturingLogger {
  const records: CapturedLog[] = [];
  const at = (level: CapturedLog['level']) => (record: LogRecord, message: string) => {
    records.push({ level, record, message });
  };
  return { records, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A piece of text the SDK produced, and where it came from (for a readable failure). */
export interface Surface {
  /** Where the text came from, e.g. `error.toJSON()` or `log[3].record`. */
  where: string;
  /** The text itself. */
  text: string;
}

/** Every text form of an error a user could print: message, `String()`, `toJSON()`, `util.inspect`. */
export function errorSurfaces(error: unknown, label = 'error'): Surface[] {
  const out: Surface[] = [];
  if (error instanceof Error) out.push({ where: `${label}.message`, text: error.message });
  out.push({ where: `String(${label})`, text: String(error) });
  const json = (error as { toJSON?: () => unknown } | null)?.toJSON;
  if (typeof json === 'function') {
    out.push({ where: `${label}.toJSON()`, text: JSON.stringify(json.call(error)) });
  }
  out.push({ where: `inspect(${label})`, text: inspect(error, { depth: 10 }) });
  return out;
}

/**
 * The fields of an error that {@link errorSurfaces} does not print on their own: `bodyExcerpt`,
 * `vendorMessage`, `issues` and the cause chain (each cause's message and `util.inspect`).
 */
export function errorDetailSurfaces(error: unknown, label = 'error'): Surface[] {
  const out: Surface[] = [];
  const e = error as { bodyExcerpt?: unknown; vendorMessage?: unknown; issues?: unknown } | null;
  if (typeof e?.bodyExcerpt === 'string') out.push({ where: `${label}.bodyExcerpt`, text: e.bodyExcerpt });
  if (typeof e?.vendorMessage === 'string')
    out.push({ where: `${label}.vendorMessage`, text: e.vendorMessage });
  if (e?.issues !== undefined) out.push({ where: `${label}.issues`, text: JSON.stringify(e.issues) });
  let cause = (error as { cause?: unknown } | null)?.cause;
  for (let depth = 1; cause !== undefined && depth <= 5; depth++) {
    const where = `${label}${'.cause'.repeat(depth)}`;
    if (cause instanceof Error) out.push({ where: `${where}.message`, text: cause.message });
    out.push({ where: `inspect(${where})`, text: inspect(cause, { depth: 10 }) });
    cause = (cause as { cause?: unknown } | null)?.cause;
  }
  return out;
}

/** Every log record and message as text. */
export function logSurfaces(records: readonly CapturedLog[]): Surface[] {
  return records.flatMap((r, i) => [
    { where: `log[${i}].message`, text: r.message },
    { where: `log[${i}].record`, text: JSON.stringify(r.record) },
  ]);
}

/** A secret found where it must not be. */
export interface SecretLeak {
  /** The surface the secret appeared in. */
  where: string;
  /** The secret (or fragment) that was found. */
  secret: string;
  /** Up to 40 characters either side of it. */
  excerpt: string;
}

/**
 * Looks for each secret (and its URL-encoded form) in every surface. Returns the leaks; an empty
 * list means none of the secrets appears anywhere. With `fragment`, the first `fragment`
 * characters of a secret count as a leak too (a secret cut in half by an excerpt is still half leaked).
 */
export function findSecrets(
  secrets: readonly string[],
  surfaces: readonly Surface[],
  options: { fragment?: number } = {},
): SecretLeak[] {
  const leaks: SecretLeak[] = [];
  for (const secret of secrets) {
    const forms = new Set([secret, encodeURIComponent(secret)]);
    if (options.fragment && secret.length > options.fragment) forms.add(secret.slice(0, options.fragment));
    for (const s of surfaces) {
      for (const form of forms) {
        const at = s.text.indexOf(form);
        if (at >= 0) {
          leaks.push({ where: s.where, secret, excerpt: s.text.slice(Math.max(0, at - 40), at + 40) });
          break;
        }
      }
    }
  }
  return leaks;
}

/** What {@link watchUnhandled} returns. */
export interface UnhandledWatch {
  /** Unhandled rejections and uncaught exceptions seen so far. */
  readonly events: unknown[];
  /** Removes the listeners. */
  stop(): void;
}

/** Records unhandled promise rejections and uncaught exceptions until `stop()`. */
export function watchUnhandled(): UnhandledWatch {
  const events: unknown[] = [];
  const onEvent = (reason: unknown) => {
    events.push(reason);
  };
  process.on('unhandledRejection', onEvent);
  process.on('uncaughtExceptionMonitor', onEvent);
  return {
    events,
    stop() {
      process.off('unhandledRejection', onEvent);
      process.off('uncaughtExceptionMonitor', onEvent);
    },
  };
}

/** Number of pending timers (`setTimeout`/`setInterval`) in this process. */
export function activeTimers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
}
