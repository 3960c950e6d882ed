import { ConfigError } from '@x/core';
import type { OperationRef } from './types.js';

/** A client seen as groups of methods. */
export type Methods = Record<string, unknown>;

interface TableOp {
  wire: string;
  idempotent: boolean;
  doc: string;
}

/** Operations of a client whose table is `group → method → operation`. */
export function listOperations(groups: Record<string, Record<string, TableOp>>): OperationRef[] {
  return Object.entries(groups).flatMap(([group, table]) =>
    Object.entries(table).map(([key, op]) => ({
      method: `${group}.${key}`,
      wire: op.wire,
      idempotent: op.idempotent,
      doc: op.doc,
    })),
  );
}

/** Calls `client.<group>.<method>(params, { signal })`. */
export function invokeMethod(
  client: Methods,
  method: string,
  params: unknown,
  signal: AbortSignal,
): Promise<unknown> {
  const [group, key] = method.split('.');
  const fn = (client[group ?? ''] as Record<string, unknown> | undefined)?.[key ?? ''];
  if (typeof fn !== 'function') throw new ConfigError(`the client has no method ${method}.`);
  return (fn as (p: unknown, o: { signal: AbortSignal }) => Promise<unknown>).call(
    client[group ?? ''],
    params,
    { signal },
  );
}

/**
 * The rows of a table answer: the answer itself when it is an array, else the one array it holds
 * (ТМ:МИС wraps invoices in `{ OGRN, OID, invoices }`), else the answer as a single row.
 */
export function rowsIn(answer: unknown): unknown[] {
  if (Array.isArray(answer)) return answer;
  if (answer !== null && typeof answer === 'object') {
    const arrays = Object.values(answer).filter(Array.isArray);
    if (arrays.length === 1) return arrays[0] as unknown[];
  }
  return answer === undefined ? [] : [answer];
}
