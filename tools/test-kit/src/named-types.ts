// The named-types check every client runs (issue 15 §3): each operation's input and result is a
// named, documented type tied to its schema, and each table entry uses the exported schema of that
// name.
import type { InputOf, NamedSchema, OutputOf } from '@x/core';
import type { Equal } from '@x/core/internal';
import { expect } from 'vitest';
import type * as zc from 'zod/v4/core';

/**
 * `[true, true, true, true]` when operation `Op` infers exactly the named types `N` (input,
 * result) and its schemas are named schemas of them.
 */
export type NamedVerdict<
  Op extends { input: zc.$ZodType; output: unknown },
  N extends readonly [unknown, unknown],
> = [
  Equal<InputOf<Op>, N[0]>,
  Equal<OutputOf<Op>, N[1]>,
  Equal<Op['input'], NamedSchema<zc.output<Op['input']>, N[0]>>,
  Equal<Op['output'], NamedSchema<N[1]>>,
];

/** {@link NamedVerdict} of each operation of `Ops`, given its named types in `Named`. */
export type NamedVerdicts<
  Ops extends { [K in keyof Ops]: { input: zc.$ZodType; output: unknown } },
  Named extends { [K in keyof Ops]: readonly [unknown, unknown] },
> = { [K in keyof Ops]: NamedVerdict<Ops[K], Named[K]> };

/** What {@link NamedVerdicts} is when every operation passes. */
export type AllNamed<Ops> = { [K in keyof Ops]: [true, true, true, true] };

/**
 * Run-time half of the check: every `[name, op]` of the tables has an entry in `schemaNames`, whose
 * input and result names (`null`: not an exported name) are the package's exported schemas `op`
 * uses, and the tables hold exactly the operations `schemaNames` lists.
 */
export function expectNamedSchemas(
  operations: Iterable<readonly [name: string, op: { input: unknown; output: unknown }]>,
  schemaNames: Readonly<Record<string, readonly [input: string | null, output: string | null]>>,
  exported: Readonly<Record<string, unknown>>,
): void {
  const covered: string[] = [];
  for (const [name, op] of operations) {
    const names = schemaNames[name];
    expect(names, name).toBeDefined();
    const [input, output] = names ?? [];
    if (input) expect(op.input, `${name} input is ${input}`).toBe(exported[input]);
    if (output) expect(op.output, `${name} result is ${output}`).toBe(exported[output]);
    covered.push(name);
  }
  expect(covered.sort()).toEqual(Object.keys(schemaNames).sort());
}
