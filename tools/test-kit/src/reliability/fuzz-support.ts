// Shared by the clients' decoder fuzz tests: structural mutations of real JSON answers (a mutation
// picks a node by index and replaces it, deletes it, turns it into a JSON string, or upper-cases its
// key), and a timed outcome of one call.

import { ConnectionError, SdkError, TimeoutError } from '@x/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a node of a JSON value. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

export type Mutation = { at: number; kind: 'replace' | 'delete' | 'stringify' | 'upper-key'; with: Json };

export function mutate(base: Json, mutations: Mutation[]): Json {
  let root = structuredClone(base);
  for (const m of mutations) {
    const all = paths(root);
    const path = all[m.at % all.length]!;
    if (path.length === 0) {
      root = m.kind === 'replace' ? m.with : root;
      continue;
    }
    let parent = root as Record<string | number, Json>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
    const key = path[path.length - 1]!;
    if (m.kind === 'replace') parent[key] = m.with;
    else if (m.kind === 'stringify') parent[key] = JSON.stringify(parent[key]);
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (typeof key === 'string' && !Array.isArray(parent)) {
      const v = parent[key]!;
      delete parent[key];
      parent[key.toUpperCase()] = v;
    }
  }
  return root;
}

/** Settles `call` and returns its error (undefined when it resolved) and how long it took. */
export async function outcome(call: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - started };
}

/**
 * One structural mutation: a node picked by index is replaced (by any JSON, one of `values` the
 * vendor really sends or hostile ones, one of `extra`, or an integer past 2^53), deleted, turned
 * into a JSON string, or has its key upper-cased.
 */
export function jsonMutation(
  values: readonly Json[],
  extra: readonly fc.Arbitrary<Json>[] = [],
): fc.Arbitrary<Mutation> {
  return fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('replace', 'delete', 'stringify', 'upper-key'),
    with: fc.oneof(
      fc.jsonValue() as fc.Arbitrary<Json>,
      fc.constantFrom<Json>(...values),
      ...extra,
      fc.bigInt({ min: 2n ** 53n, max: 2n ** 70n }).map((n) => Number(n)),
    ),
  });
}

/**
 * Bodies made from the real answers in `samples` (read when a value is generated, so a
 * `beforeAll` may fill it): 1 to 6 structural mutations of one, or one cut short or with `insert`
 * inserted somewhere.
 */
export function mutatedSamples(
  samples: readonly string[],
  mutation: fc.Arbitrary<Mutation>,
  insert: fc.Arbitrary<string> = fc.string({ maxLength: 8 }),
): fc.Arbitrary<string>[] {
  return [
    fc
      .tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }))
      .map(([i, ms]) => JSON.stringify(mutate(JSON.parse(samples[i % samples.length]!), ms))),
    fc.tuple(fc.nat(), fc.nat(), insert, fc.boolean()).map(([i, at, ins, cut]) => {
      const t = samples[i % samples.length]!;
      const p = at % (t.length + 1);
      return cut ? t.slice(0, p) : t.slice(0, p) + ins + t.slice(p);
    }),
  ];
}

/** A refused answer is an `SdkError` about the answer, never a transport failure the decoder invented. */
export function expectAnswerError(error: unknown): void {
  expect(error).toBeInstanceOf(SdkError);
  expect(error).not.toBeInstanceOf(ConnectionError);
  expect(error).not.toBeInstanceOf(TimeoutError);
}

/** Counts of a decoder fuzz run: how many answers decoded and how many were refused. */
export interface FuzzTally {
  /** Settles one call: a refusal must be an answer error (see {@link expectAnswerError}); every call ends within 2 s. */
  check(call: Promise<unknown>): Promise<void>;
  /**
   * After the run: nothing reached `Object.prototype`, and both outcomes occurred more than `min`
   * times (the fuzz is not only feeding garbage the first check rejects). Logs the counts.
   */
  finish(min: number): void;
}

/** A tally for the decoder fuzz test of `name` (`tmmis`, `agbis`...). */
export function fuzzTally(name: string): FuzzTally {
  let decoded = 0;
  let refused = 0;
  return {
    async check(call) {
      const r = await outcome(call);
      if (r.error === undefined) decoded++;
      else {
        refused++;
        expectAnswerError(r.error);
      }
      expect(r.ms).toBeLessThan(2000);
    },
    finish(min) {
      expect(Object.prototype).not.toHaveProperty('polluted');
      expect(decoded).toBeGreaterThan(min);
      expect(refused).toBeGreaterThan(min);
      console.log(
        `[reliability] ${name} fuzz: cases=${decoded + refused} decoded=${decoded} refused=${refused}`,
      );
    },
  };
}

/**
 * The decoder fuzz test of client `name` (`describe`, `it`: the titles): for each of `numRuns`
 * answers drawn from `bodies`, with a status drawn from `statuses`, every call of `calls` on
 * `clientAnswering(body, status)` decodes or throws an SdkError about the answer, quickly (see
 * {@link fuzzTally}); both outcomes come more than `min` times, so the fuzz is not only feeding
 * garbage the first check rejects.
 */
export function decoderFuzz<C>(
  name: string,
  titles: readonly [describe: string, it: string],
  options: {
    bodies: fc.Arbitrary<string>;
    statuses: readonly number[];
    clientAnswering: (body: () => string, status: number) => C;
    calls: readonly ((client: C) => Promise<unknown>)[];
    numRuns: number;
    min: number;
  },
): void {
  describe(titles[0], () => {
    it(titles[1], async () => {
      const tally = fuzzTally(name);
      await fc.assert(
        fc.asyncProperty(options.bodies, fc.constantFrom(...options.statuses), async (body, status) => {
          for (const call of options.calls) {
            await tally.check(call(options.clientAnswering(() => body, status)));
          }
        }),
        { numRuns: options.numRuns },
      );
      tally.finish(options.min);
    });
  });
}
