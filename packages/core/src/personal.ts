import type { Operation, OperationTable } from './operation.js';
import { isPersonalKey, registerPersonalFields, registerPersonalValue } from './redact.js';

/** How one client treats the personal data its operations declare (see {@link personalDataPolicy}). */
export interface PersonalDataPolicy {
  /** Whether personal data is masked in logs and errors (`false` only with `logPersonalData: true`). */
  readonly masked: boolean;
  /**
   * Remembers the values a call sends under its operation's personal field names, so that they are
   * masked also where a server echoes them under another name. Does nothing when not masked.
   */
  remember(op: Pick<Operation, 'personal'>, input: unknown): void;
}

/** Every personal wire name declared in the tables, deduplicated. */
export function personalFieldsOf(tables: readonly OperationTable[]): string[] {
  const names = new Set<string>();
  for (const table of tables) {
    for (const op of Object.values(table)) for (const name of op.personal ?? []) names.add(name);
  }
  return [...names];
}

function rememberLeaves(value: unknown, depth: number): void {
  if (depth > 8 || value === null || value === undefined) return;
  if (typeof value === 'string' || typeof value === 'number') registerPersonalValue(value);
  else if (value instanceof Date) registerPersonalValue(value.toISOString().slice(0, 10));
  else if (typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) rememberLeaves(v, depth + 1);
  }
}

function rememberPersonal(names: ReadonlySet<string>, value: unknown, depth: number): void {
  if (depth > 8 || value === null || typeof value !== 'object' || value instanceof Date) return;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (names.has(key.toLowerCase()) || isPersonalKey(key)) rememberLeaves(v, 0);
    else rememberPersonal(names, v, depth + 1);
  }
}

/**
 * The personal-data policy of a client built from its operation tables. Unless `logPersonalData`
 * is `true`, the personal field names of every operation are registered for redaction at once
 * (process-wide: errors are built without a client), and {@link PersonalDataPolicy.remember}
 * registers the values each call sends under those names.
 */
export function personalDataPolicy(
  tables: readonly OperationTable[],
  logPersonalData: boolean | undefined,
): PersonalDataPolicy {
  if (logPersonalData === true) return { masked: false, remember() {} };
  registerPersonalFields(personalFieldsOf(tables));
  return {
    masked: true,
    remember(op, input) {
      if (!op.personal || op.personal.length === 0) return;
      rememberPersonal(new Set(op.personal.map((n) => n.toLowerCase())), input, 0);
    },
  };
}
