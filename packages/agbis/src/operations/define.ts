import { type Operation, type Schema, defineOperation } from '@x/core';
import type { AgbisMeta } from '../wire.js';

/** An AGBIS operation: a core operation whose `meta` holds the command's wire facts. */
export type AgbisOperation<I extends Schema = Schema, O extends Schema = Schema> = Operation<I, O, AgbisMeta>;

/** Declares one AGBIS command. */
export function command<I extends Schema, O extends Schema>(
  op: Omit<Operation<I, O, AgbisMeta>, 'meta'> & AgbisMeta,
): AgbisOperation<I, O> {
  const { method, session, result, rawKeys, range, ...rest } = op;
  const meta: AgbisMeta = { method, session };
  if (result) meta.result = result;
  if (rawKeys) meta.rawKeys = rawKeys;
  if (range) meta.range = range;
  return defineOperation({ ...rest, meta });
}
