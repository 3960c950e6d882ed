import { type Operation, type Schema, defineOperation } from '@x/core';
import type { AgbisMeta } from './meta.js';

/**
 * An AGBIS operation: a core operation whose `meta` holds the command's wire facts. `W` keeps the
 * wire name as a literal, so the `Commands` map is inferred from the tables.
 */
export type AgbisOperation<
  I extends Schema = Schema,
  O extends Schema = Schema,
  W extends string = string,
> = Operation<I, O, AgbisMeta> & { readonly wire: W };

/** Declares one AGBIS command. */
export function command<I extends Schema, O extends Schema, W extends string>(
  op: Omit<Operation<I, O, AgbisMeta>, 'meta' | 'wire'> & AgbisMeta & { wire: W },
): AgbisOperation<I, O, W> {
  const { method, session, result, rawKeys, range, ...rest } = op;
  const meta: AgbisMeta = { method, session };
  if (result) meta.result = result;
  if (rawKeys) meta.rawKeys = rawKeys;
  if (range) meta.range = range;
  return defineOperation({ ...rest, meta }) as AgbisOperation<I, O, W>;
}
