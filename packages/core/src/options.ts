import { ConfigError } from './errors.js';

/**
 * How one option is checked: `test` says whether a value is acceptable (`undefined` never reaches
 * it: every option is optional here; required ones are checked by the client itself), `expected`
 * says what is accepted, for the error message. `keys` makes it a nested object whose own keys are
 * checked the same way (e.g. `retry`).
 */
export interface OptionRule {
  /** The accepted form, e.g. "a number of milliseconds greater than 0". */
  readonly expected: string;
  /** Whether `value` is acceptable. */
  test(value: unknown): boolean;
  /** For an object option: the rules of its keys; unknown keys are rejected. */
  readonly keys?: OptionRules | undefined;
}

/** The rules of every accepted key of an options object. */
export type OptionRules = Readonly<Record<string, OptionRule>>;

/** A value no other rule describes (a custom clock, a session store): anything but undefined. */
export const anyValue: OptionRule = { expected: 'any value', test: () => true };

/** A non-empty string. */
export const text: OptionRule = {
  expected: 'a non-empty string',
  test: (v) => typeof v === 'string' && v !== '',
};

/** Any string, the empty one included (the client checks its content). */
export const str: OptionRule = { expected: 'a string', test: (v) => typeof v === 'string' };

/** true or false. */
export const flag: OptionRule = { expected: 'true or false', test: (v) => typeof v === 'boolean' };

/** A function. */
export const fn: OptionRule = { expected: 'a function', test: (v) => typeof v === 'function' };

/** A finite number of milliseconds, greater than 0 (`min` 0 allows 0). */
export function millis(min: 0 | 1 = 1): OptionRule {
  return {
    expected: `a number of milliseconds ${min === 0 ? '≥ 0' : '> 0'}`,
    test: (v) => typeof v === 'number' && Number.isFinite(v) && (min === 0 ? v >= 0 : v > 0),
  };
}

/** A whole number of at least `min`. */
export function integer(min: number, what = 'a whole number'): OptionRule {
  return {
    expected: `${what} ≥ ${min}`,
    test: (v) => typeof v === 'number' && Number.isInteger(v) && v >= min,
  };
}

/** One of the listed values. */
export function oneOf(...values: readonly unknown[]): OptionRule {
  return {
    expected: `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`,
    test: (v) => values.includes(v),
  };
}

/** Header names mapped to string values. */
export const headerMap: OptionRule = {
  expected: 'an object of header names to string values',
  test: (v) =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v as object).every((x) => typeof x === 'string'),
};

/** An object with these keys (checked recursively). */
export function shape(keys: OptionRules, expected = 'an object'): OptionRule {
  return {
    expected,
    keys,
    test: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  };
}

/** Accepts what either rule accepts; nested keys come from the rule that has them. */
export function either(a: OptionRule, b: OptionRule): OptionRule {
  return {
    expected: `${a.expected} or ${b.expected}`,
    keys: a.keys ?? b.keys,
    test: (v) => a.test(v) || b.test(v),
  };
}

/** Keys of {@link RetryOptions}. */
export const retryRules: OptionRules = {
  maxAttempts: integer(1, 'a whole number of attempts'),
  baseDelayMs: millis(0),
  maxDelayMs: millis(0),
  maxElapsedMs: millis(0),
  maxRetryAfterMs: millis(0),
  retryStatuses: {
    expected: 'an array of HTTP status codes (100-599)',
    test: (v) =>
      Array.isArray(v) && v.every((s) => typeof s === 'number' && Number.isInteger(s) && s >= 100 && s < 600),
  },
  random: fn,
};

const retry = either(oneOf(false), shape(retryRules, 'an object of retry settings'));

const logger: OptionRule = {
  expected: 'a logger (console, pino...) with debug/info/warn/error methods',
  test: (v) =>
    typeof v === 'object' &&
    v !== null &&
    ['debug', 'info', 'warn', 'error'].some((l) => typeof (v as Record<string, unknown>)[l] === 'function'),
};

/** Keys of the options every client accepts ({@link BaseClientOptions}). */
export const baseClientRules: OptionRules = {
  fetch: fn,
  headers: headerMap,
  userAgent: text,
  timeoutMs: millis(),
  deadlineMs: millis(),
  retry,
  logger,
  maxResponseBytes: integer(1, 'a whole number of bytes'),
  allowHttp: flag,
  validation: oneOf('strict', 'lenient', 'off'),
  logPersonalData: flag,
};

/** Keys of the per-call options ({@link CallOptions}). */
export const callRules: OptionRules = {
  signal: {
    expected: 'an AbortSignal',
    test: (v) =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as AbortSignal).aborted === 'boolean' &&
      typeof (v as AbortSignal).addEventListener === 'function',
  },
  timeoutMs: millis(),
  deadlineMs: millis(),
  retry,
  headers: headerMap,
  onResponse: fn,
};

/** What a value is, for a message: its type, and its value only when it is a number or boolean. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Strings are not quoted back: a misplaced password must not end up in the message.
  return `a ${typeof value}`;
}

function problems(value: object, rules: OptionRules, path: string, out: string[]): void {
  for (const [key, v] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    const rule = rules[key];
    if (!rule) {
      const accepted = Object.keys(rules).join(', ');
      out.push(`${at} is not an option (accepted${path ? ` in ${path}` : ''}: ${accepted})`);
      continue;
    }
    if (v === undefined) continue;
    if (!rule.test(v)) {
      out.push(`${at} must be ${rule.expected}, got ${describe(v)}`);
      continue;
    }
    if (rule.keys && typeof v === 'object' && v !== null) problems(v, rule.keys, at, out);
  }
}

/**
 * Checks only the keys of `value` that `rules` knows (their types and ranges), ignoring the others:
 * for a layer that receives options meant partly for someone else (the transport gets the client's).
 */
export function checkKnownOptions(value: object, rules: OptionRules, where: string): void {
  const known: Record<string, unknown> = {};
  for (const key of Object.keys(rules))
    if (key in value) known[key] = (value as Record<string, unknown>)[key];
  checkOptions(known, rules, where);
}

/**
 * Checks an options object against `rules` and throws one {@link ConfigError} naming every bad key
 * (unknown, wrong type, out of range) and what is accepted. `where` starts the message
 * ("AgbisClient options", "call options of agbis.orders.save").
 */
export function checkOptions(value: unknown, rules: OptionRules, where: string): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${where} must be an object, got ${describe(value)}.`);
  }
  const out: string[] = [];
  problems(value, rules, '', out);
  if (out.length) throw new ConfigError(`${where}: ${out.join('; ')}.`);
}

/** Checks a client's options: the keys every client accepts plus the client's own `extra` keys. */
export function checkClientOptions(value: unknown, client: string, extra: OptionRules): void {
  checkOptions(value, { ...baseClientRules, ...extra }, `${client} options`);
}

/**
 * The rule builders, for a client's own options: `checkClientOptions(options, 'AgbisClient',
 * { user: optionRule.text, sessionTtlMs: optionRule.millis() })`.
 */
export const optionRule = {
  /** Anything but undefined (custom clocks, stores). */
  any: anyValue,
  /** A non-empty string. */
  text,
  /** Any string. */
  str,
  /** true or false. */
  flag,
  /** A function. */
  fn,
  /** Milliseconds > 0 (or ≥ 0 with `millis(0)`). */
  millis,
  /** A whole number ≥ min. */
  integer,
  /** One of the listed values. */
  oneOf,
  /** Header names to string values. */
  headerMap,
  /** A nested object with its own rules. */
  shape,
  /** Either of two rules. */
  either,
} as const;
