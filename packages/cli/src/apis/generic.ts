import { ConfigError } from '@x/core';
import type { OperationRef } from './types.js';

/** A client seen as groups of methods. */
export type Methods = Record<string, unknown>;

interface TableOp {
  wire: string;
  idempotent: boolean;
  doc: string;
}

/** The reference to one table operation, known to the client as `method` (`group.key`). */
export function operationRef(method: string, op: TableOp): OperationRef {
  return { method, wire: op.wire, idempotent: op.idempotent, doc: op.doc };
}

/** Operations of a client whose table is `group → method → operation`. */
export function listOperations(groups: Record<string, Record<string, TableOp>>): OperationRef[] {
  return Object.entries(groups).flatMap(([group, table]) =>
    Object.entries(table).map(([key, op]) => operationRef(`${group}.${key}`, op)),
  );
}

/** Calls `client.<group>.<method>(params, { signal })`: `invoke` of every API whose client has table methods. */
export function invokeMethod(
  client: unknown,
  method: string,
  params: unknown,
  signal: AbortSignal,
): Promise<unknown> {
  const methods = client as Methods;
  const [group, key] = method.split('.');
  const fn = (methods[group ?? ''] as Record<string, unknown> | undefined)?.[key ?? ''];
  if (typeof fn !== 'function') throw new ConfigError(`the client has no method ${method}.`);
  return (fn as (p: unknown, o: { signal: AbortSignal }) => Promise<unknown>).call(
    methods[group ?? ''],
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
