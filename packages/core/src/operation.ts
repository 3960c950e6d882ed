import type * as zc from 'zod/v4/core';
import { safeParse } from 'zod/v4/core';
import { compile } from '#schema-compiler';
import { methodsInTimeZone } from './codecs/date.js';
import { RequestValidationError, ResponseError, type ValidationIssue, prefix } from './errors.js';
import { issueMessage } from './issue-message.js';
import type { CallOptions, ResponseInfo } from './http/transport.js';
import { type Logger, writeLog } from './logging.js';
import { attachOutcome } from './outcome.js';
import { findMissingFields } from './missing-fields.js';

/** Any zod schema (full zod or zod/mini). */
export type Schema = zc.$ZodType;

/** How strictly responses are checked against their schema. */
export type ValidationMode = 'strict' | 'lenient' | 'off';

/**
 * One vendor operation, declared once as data. The same entry drives the typed method, input
 * validation, response decoding, the emulator's routing and the docs reference.
 * `M` carries what only one vendor needs (HTTP method and path, SOAP action, session need...).
 */
export interface Operation<I extends Schema = Schema, O extends Schema = Schema, M = unknown> {
  /** The vendor's own name for the operation, exactly as its document spells it. */
  readonly wire: string;
  /** Whether repeating it is harmless. Writes and money movements are `false`. */
  readonly idempotent: boolean;
  /** Schema of the input the SDK method accepts. */
  readonly input: I;
  /** Schema that turns the decoded wire answer into the typed result. */
  readonly output: O;
  /** One paragraph for the reference docs. */
  readonly doc: string;
  /** Set when the vendor marks the operation obsolete: what to use instead. */
  readonly deprecated?: string | undefined;
  /**
   * For a non-idempotent operation: how a user finds out whether a call whose outcome is unknown
   * (timeout, reset, 5xx) was carried out, as a clause that reads after "before repeating it, …",
   * e.g. `check invoices.byNumber({ invoiceGuid }): …`. It ends the message of such errors.
   * Every non-idempotent operation has one (a test checks it).
   */
  readonly verify?: string | undefined;
  /**
   * Wire names (query parameters, JSON keys, XML elements, in the request or the answer) whose
   * values are personal data: names, birth dates, phones, e-mails, addresses, document numbers,
   * free-text comments. Logs and errors mask them with `[personal]` unless the client was created
   * with `logPersonalData: true`.
   */
  readonly personal?: readonly string[] | undefined;
  /** Vendor-specific wire facts. */
  readonly meta: M;
}

/** Declares an operation; a typed identity function so the table stays plain data. */
export function defineOperation<I extends Schema, O extends Schema, M>(
  op: Operation<I, O, M>,
): Operation<I, O, M> {
  return op;
}

/** What callers pass to an operation. */
export type InputOf<Op> = Op extends Operation<infer I, Schema, unknown> ? zc.input<I> : never;
/** What an operation resolves to. */
export type OutputOf<Op> = Op extends Operation<Schema, infer O, unknown> ? zc.output<O> : never;

/** What a method's `withResponse` resolves to: the typed result and the response it came from. */
export interface WithResponse<T> {
  /** The typed result, exactly what the plain call resolves to. */
  data: T;
  /** Status, headers and body bytes of the response `data` was decoded from. */
  response: ResponseInfo;
}

/**
 * The method an operation becomes: the input is optional when the schema accepts `undefined`.
 * `withResponse` makes the same call and also returns the raw response.
 */
export type OperationMethod<Op> =
  undefined extends InputOf<Op>
    ? {
        (input?: InputOf<Op>, options?: CallOptions): Promise<OutputOf<Op>>;
        /** The same call, resolving to `{ data, response }` (status, headers, body bytes). */
        withResponse(input?: InputOf<Op>, options?: CallOptions): Promise<WithResponse<OutputOf<Op>>>;
      }
    : {
        (input: InputOf<Op>, options?: CallOptions): Promise<OutputOf<Op>>;
        /** The same call, resolving to `{ data, response }` (status, headers, body bytes). */
        withResponse(input: InputOf<Op>, options?: CallOptions): Promise<WithResponse<OutputOf<Op>>>;
      };

/** A table of operations keyed by SDK method name. */
export type OperationTable = Record<string, Operation<Schema, Schema, unknown>>;

/** The methods a table becomes. */
export type OperationMethods<T extends OperationTable> = { [K in keyof T]: OperationMethod<T[K]> };

/** How a client executes one operation: validated input in, decoded wire value out. */
export type Invoker = (
  op: Operation<Schema, Schema, unknown>,
  name: string,
  input: unknown,
  options: CallOptions | undefined,
) => Promise<unknown>;

/**
 * Turns a table into methods. Each method validates its input, then hands the parsed value to
 * `invoke`. Types flow from the schemas to the call site with no code generation.
 */
export function bindOperations<T extends OperationTable>(
  group: string,
  table: T,
  invoke: Invoker,
): OperationMethods<T> {
  const out: Record<string, unknown> = {};
  for (const [key, op] of Object.entries(table)) {
    const name = `${group}.${key}`;
    const method = (input: unknown, options?: CallOptions) => runOperation(invoke, op, name, input, options);
    method.withResponse = (input: unknown, options?: CallOptions) =>
      withResponse((call) => runOperation(invoke, op, name, input, call), options, name);
    out[key] = method;
  }
  return out as OperationMethods<T>;
}

/**
 * Binds one group of a client's operation groups the way every client does: methods named
 * `<pkg>.<group>.<method>`, whose `Date` inputs are written in the client's time zone.
 */
export function bindGroup<G extends Record<string, OperationTable>, K extends keyof G & string>(
  pkg: string,
  groups: G,
  group: K,
  invoke: Invoker,
  timeZone: string,
): OperationMethods<G[K]> {
  return methodsInTimeZone(bindOperations(`${pkg}.${group}`, groups[group] as G[K], invoke), timeZone);
}

/**
 * Runs one call and resolves to its result together with the raw response it was decoded from
 * (the last successful HTTP exchange of the call, after any retries and session renewals). Every
 * table method's `withResponse` goes through here; a client's escape hatch can use it too. A
 * caller's own `onResponse` still fires.
 */
export async function withResponse<T>(
  run: (options: CallOptions) => Promise<T>,
  options: CallOptions | undefined,
  operation: string,
): Promise<WithResponse<T>> {
  let response: ResponseInfo | undefined;
  const data = await run({
    ...options,
    onResponse: (info) => {
      response = info;
      options?.onResponse?.(info);
    },
  });
  if (!response) {
    // Only a client that answers without HTTP (or drops the call options) gets here: an SDK bug.
    throw new ResponseError(
      `${prefix(operation)}no HTTP response was recorded for this call; please report it.`,
      {
        operation,
      },
    );
  }
  return { data, response };
}

/**
 * Validates the input, runs the operation through `invoke`, and for a non-idempotent operation
 * records on any error whether it may have been carried out (see `attachOutcome`). Every table
 * method goes through here; escape hatches that run a table operation by name use it too.
 */
export function runOperation(
  invoke: Invoker,
  op: Operation<Schema, Schema, unknown>,
  name: string,
  input: unknown,
  options: CallOptions | undefined,
): Promise<unknown> {
  // Captured now: an AbortError from a signal that had already fired proves nothing was sent.
  const abortedBefore = options?.signal?.aborted === true;
  let pending: Promise<unknown>;
  try {
    pending = invoke(op, name, validateInput(op, input, name), options);
  } catch (error) {
    pending = Promise.reject(error);
  }
  if (op.idempotent) return pending;
  return pending.catch((error: unknown) => {
    throw attachOutcome(error, op, abortedBefore);
  });
}

/** Decodes of a schema before it is compiled: a schema used once never pays the compilation. */
const COMPILE_AT_USE = 2;
/** Schema → its compiled clone, or how many times it has been used so far. */
const compiled = new WeakMap<Schema, Schema | number>();

/**
 * The schema to parse with: from its second use on, zod's compiled clone of it (`compile()`), which
 * runs a generated single-pass parser first and hands anything that parser does not accept to the
 * schema's own runtime parser, so results, issues and error messages are the runtime's. It skips
 * zod's per-node work (payload objects, union attempts, a copy per object level): several times
 * faster on large answers. Compiling costs a few ms once per schema; where `new Function` is not
 * allowed (strict CSP), `compile()` returns the schema unchanged. Browser bundles leave the
 * compiler out (package.json "imports": it is ~9 KB gzipped) and parse on the runtime only.
 */
function fastSchema(schema: Schema): Schema {
  if (!compile) return schema;
  const state = compiled.get(schema);
  if (typeof state === 'object') return state;
  const uses = (state ?? 0) + 1;
  if (uses < COMPILE_AT_USE) {
    compiled.set(schema, uses);
    return schema;
  }
  const clone = compile(schema);
  compiled.set(schema, clone);
  return clone;
}

function issuesOf(error: { issues: readonly zc.$ZodIssue[] }, input: unknown): ValidationIssue[] {
  return error.issues.flatMap((i) =>
    // A strict object's unknown keys come as one issue at the object's path: name each key (a typo).
    i.code === 'unrecognized_keys'
      ? i.keys.map((k) => ({ path: [...i.path, k].map(String).join('.'), message: 'is not a known field' }))
      : [{ path: i.path.map(String).join('.'), message: issueMessage(i, input) }],
  );
}

/** Parses an operation's input, or throws {@link RequestValidationError} naming each bad field. */
export function validateInput<Op extends Operation<Schema, Schema, unknown>>(
  op: Op,
  input: unknown,
  operation: string,
): InputOf<Op> {
  const result = safeParse(fastSchema(op.input), input);
  if (!result.success) throw new RequestValidationError(issuesOf(result.error, input), { operation });
  return result.data as InputOf<Op>;
}

/**
 * Turns a decoded wire value into the operation's typed output.
 * - `strict`: any mismatch is a {@link ResponseError}, and so is a documented field (one marked
 *   `alwaysPresent`) that is absent from every record of the answer.
 * - `lenient` (default): a mismatch is logged; the offending values are dropped and the rest kept,
 *   and only if that still fails does the call fail. Documented fields absent from every record are
 *   named in one `warn` record per call, and decode as their schema decodes an absent value.
 * - `off`: the wire value is returned unchecked and unconverted (for debugging only).
 */
export function decodeOutput<Op extends Operation<Schema, Schema, unknown>>(
  op: Op,
  value: unknown,
  operation: string,
  mode: ValidationMode = 'lenient',
  logger?: Logger,
): OutputOf<Op> {
  if (mode === 'off') return value as OutputOf<Op>;
  reportMissingFields(op, value, operation, mode, logger);
  const schema = fastSchema(op.output);
  const first = safeParse(schema, value);
  if (first.success) return first.data as OutputOf<Op>;
  const issues = issuesOf(first.error, value);
  if (mode === 'lenient') {
    const pruned = prune(value, first.error.issues);
    const second = safeParse(schema, pruned);
    if (second.success) {
      writeLog(
        logger,
        'warn',
        { event: 'response_mismatch', operation, detail: issues.slice(0, 20) },
        `${operation}: response did not match its schema; kept what decoded`,
      );
      return second.data as OutputOf<Op>;
    }
  }
  throw new ResponseError(
    `${prefix(operation)}the response does not have the documented shape (${issues
      .slice(0, 3)
      .map((i) => `${i.path || '(root)'}: ${i.message}`)
      .join('; ')}); the vendor may have changed it, please report it.`,
    { operation, issues },
  );
}

/** Strict: throws for documented fields absent from every record; lenient: one warning naming them. */
function reportMissingFields(
  op: Operation<Schema, Schema, unknown>,
  value: unknown,
  operation: string,
  mode: 'strict' | 'lenient',
  logger: Logger | undefined,
): void {
  const missing = findMissingFields(op.output, value);
  if (missing.length === 0) return;
  const named = `${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ` (+${missing.length - 10} more)` : ''}`;
  if (mode === 'strict') {
    throw new ResponseError(
      `${prefix(operation)}the answer lacks documented field(s) ${named} in every record; the vendor may have renamed them, please report it (validation: 'lenient' decodes them as missing values with a warning).`,
      {
        operation,
        issues: missing.map((path) => ({ path, message: 'documented field is absent from every record' })),
      },
    );
  }
  writeLog(
    logger,
    'warn',
    { event: 'response_mismatch', operation, detail: { missingFields: missing } },
    `${operation}: documented field(s) ${named} absent from every record of the answer; they read as missing values`,
  );
}

/**
 * Copies `value` with the leaves named by `issues` emptied (array elements are left in place).
 * Only the containers on an issue's path are copied (copy on write): a structuredClone of the
 * whole value would recurse into arbitrarily deep vendor data and overflow the stack.
 */
function prune(value: unknown, issues: readonly zc.$ZodIssue[]): unknown {
  const copies = new Set<object>();
  const copyOf = (node: object): object => {
    if (copies.has(node)) return node;
    // Spread defines own properties, so a `__proto__` key stays a plain key.
    const copy = Array.isArray(node) ? node.slice() : { ...node };
    copies.add(copy);
    return copy;
  };
  if (value === null || typeof value !== 'object') return value;
  const root = copyOf(value);
  for (const issue of issues) {
    if (issue.path.length === 0) continue;
    let parent: unknown = root;
    for (const key of issue.path.slice(0, -1)) {
      if (parent === null || typeof parent !== 'object') break;
      const container = parent as Record<PropertyKey, unknown>;
      const child = container[key as PropertyKey];
      if (child === null || typeof child !== 'object') {
        parent = child;
        break;
      }
      const copy = copyOf(child);
      if (copy !== child) container[key as PropertyKey] = copy;
      parent = copy;
    }
    const last = issue.path[issue.path.length - 1] as PropertyKey;
    // Set to undefined rather than deleted: schemas that accept a missing value then yield their
    // "absent" form (often null), while required fields still fail and fail the whole decode.
    if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
      (parent as Record<PropertyKey, unknown>)[last] = undefined;
    }
  }
  return root;
}
