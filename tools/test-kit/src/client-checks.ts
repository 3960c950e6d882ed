// Checks every client passes the same way: its options at construction, and the messages its
// input schemas give for bad values. Each package's test calls these with its own client.
import { ConfigError, type Operation, RequestValidationError, type Schema } from '@x/core';
import { validateInput } from '@x/core/internal';
import { captureLogger } from '@x/core/testing';
import type { CapturingLogger } from '@x/core/testing';
import { describe, expect, it } from 'vitest';

/** A `fetch` for clients that must send nothing: any call fails the test. */
export const neverSent = async (): Promise<Response> => {
  throw new Error('nothing may be sent');
};

function configMessageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

/**
 * `<name> checks its options at construction`: a misspelt core option, a bad number and a
 * wrong-typed size are each named; a misspelt option of the client's own (`misspelt`) is named;
 * the documented options are accepted. `make` builds the client from `good` plus the case's options.
 */
export function optionChecks(
  name: string,
  make: (options: Record<string, unknown>) => unknown,
  good: Record<string, unknown>,
  misspelt: readonly [key: string, value: unknown],
): void {
  describe(`${name} checks its options at construction`, () => {
    it('rejects a misspelt retry key, a negative timeout and a wrong-typed size with the option named', () => {
      const message = configMessageOf(() =>
        make({ ...good, retry: { attempts: 2 }, timeoutMs: -1, maxResponseBytes: 'big' }),
      );
      expect(message).toContain(`${name} options`);
      expect(message).toContain('retry.attempts is not an option');
      expect(message).toContain('timeoutMs must be a number of milliseconds > 0, got -1');
      expect(message).toContain('maxResponseBytes must be a whole number of bytes');
    });

    it('rejects a misspelt option of its own', () => {
      const [key, value] = misspelt;
      expect(configMessageOf(() => make({ ...good, [key]: value }))).toContain(`${key} is not an option`);
    });

    it('accepts its documented options', () => {
      expect(() => make({ ...good, timeoutMs: 5000, retry: { maxAttempts: 2 } })).not.toThrow();
    });
  });
}

/** Values a user might pass by mistake; each must get a message saying what is expected. */
const BAD: unknown[] = [undefined, null, {}, [], 'x', '', -1, 0, 1.5, true, Number.NaN];

/** The object shape under an input schema (through optional, nullable and pipe wrappers). */
function shapeOf(schema: unknown): Record<string, unknown> {
  let cur = schema as { _zod?: { def?: Record<string, unknown> } } | undefined;
  for (let i = 0; i < 8 && cur?._zod?.def; i++) {
    const def = cur._zod.def;
    if (def.shape) return def.shape as Record<string, unknown>;
    cur = (def.innerType ?? def.in) as typeof cur;
  }
  return {};
}

/**
 * Every input field of every operation of `groups` (group → method → operation), fed each bad
 * value: how many fields there are, and the messages that only say "Invalid input".
 */
export function bareMessages(groups: Readonly<Record<string, object>>): { fields: number; bare: string[] } {
  const bare = new Set<string>();
  let fields = 0;
  for (const [group, table] of Object.entries(groups)) {
    for (const [key, op] of Object.entries(table as Record<string, Operation<Schema, Schema, unknown>>)) {
      const name = `${group}.${key}`;
      for (const field of Object.keys(shapeOf(op.input))) {
        fields++;
        for (const bad of BAD) {
          try {
            validateInput(op, { [field]: bad }, name);
          } catch (error) {
            if (!(error instanceof RequestValidationError)) throw error;
            for (const issue of error.issues) {
              if (issue.message.includes('Invalid input'))
                bare.add(`${name} ${issue.path}: ${issue.message}`);
            }
          }
        }
      }
    }
  }
  return { fields, bare: [...bare] };
}

/**
 * `operation names carry the package`, in log records and in errors, so two clients sharing one
 * logger are told apart: `logged(logger)` makes a call with a client logging to `logger`, which must
 * log `[0]` as its operation; `refused()` makes a call refused before sending, whose error must
 * name `[1]`.
 */
export function operationNameChecks(
  names: readonly [logged: string, refused: string],
  calls: { logged: (logger: CapturingLogger) => Promise<unknown>; refused: () => Promise<unknown> },
): void {
  describe('operation names carry the package', () => {
    it('in log records and in errors, so two clients sharing one logger are told apart', async () => {
      const logger = captureLogger();
      await calls.logged(logger);
      expect(logger.records.map((r) => r.record.operation)).toContain(names[0]);
      const error = await calls.refused().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).operation).toBe(names[1]);
    });
  });
}
