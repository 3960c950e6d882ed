import { RequestValidationError } from '@x/core';
import { describe, expect, it } from 'vitest';

/** One invalid call: a title, the call, and the field its error must name ("" for the whole input). */
export type InvalidCall<C> = readonly [title: string, call: (client: C) => Promise<unknown>, field: string];

/**
 * Each call is refused with a `RequestValidationError` naming its field, and nothing reaches the
 * emulator. `env()` is read when each test runs (after the file's `beforeAll`); `prepare` runs
 * first (e.g. to hold a session, so that nothing else needs sending).
 */
export function refusedBeforeSending<C>(
  cases: readonly InvalidCall<C>[],
  env: () => { client: C; emulator: { requests: readonly unknown[] } },
  prepare?: (client: C) => Promise<unknown>,
): void {
  describe('invalid inputs are refused before anything is sent, naming the field', () => {
    it.each(cases.map((c) => [...c]))('%s', async (_title, call, field) => {
      const { client, emulator } = env();
      await prepare?.(client);
      const before = emulator.requests.length;
      const error = await (call as InvalidCall<C>[1])(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues.map((i) => i.path)).toContain(field);
      expect(emulator.requests.length).toBe(before);
    });
  });
}
