// Issue 11 item 1: a documented field absent from every record of an answer is reported (strict:
// an error, lenient: one warning), never read as a quiet null. Each client runs these checks
// against a loopback server answering with records that lack the field.
import { type Logger, type LogRecord, ResponseError, type ValidationMode } from '@x/core';
import { type LoopbackServer, serveLoopback } from '@x/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `a documented field missing from every record`: in strict mode the call is a `ResponseError`
 * naming `field`; in lenient mode it resolves with one `response_mismatch` warning naming it,
 * and `lenient.check` asserts what the result holds (the value not invented, the rest kept).
 */
export function missingFieldChecks<C, R>(spec: {
  /** Answers every request of the client (on 127.0.0.1). */
  answer: (req: Request) => Response;
  /** The client under test, at `url` (`http://127.0.0.1:<port>`). */
  make: (url: string, validation: ValidationMode, logger: Logger) => C;
  /** The call whose answer lacks the field. */
  call: (client: C) => Promise<R>;
  /** The field's path as errors and warnings name it (`orders[].dolg`). */
  field: string;
  /** Title and assertions of the lenient test. */
  lenient: { title: string; check: (result: R, warnings: readonly LogRecord[]) => void };
}): void {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await serveLoopback(spec.answer);
  });
  afterAll(() => server.close());

  describe('a documented field missing from every record', () => {
    it('strict: ResponseError naming the field', async () => {
      const error = await spec
        .call(spec.make(server.url, 'strict', { warn: () => {} }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError).message).toContain(spec.field);
    });

    it(`lenient: one warning for the call naming it; ${spec.lenient.title}`, async () => {
      const warnings: LogRecord[] = [];
      const result = await spec.call(
        spec.make(server.url, 'lenient', { warn: (record) => warnings.push(record) }),
      );
      const mismatches = warnings.filter((w) => w.event === 'response_mismatch');
      expect(mismatches).toHaveLength(1);
      expect(mismatches[0]!.detail).toEqual({ missingFields: [spec.field] });
      spec.lenient.check(result, warnings);
    });
  });
}
