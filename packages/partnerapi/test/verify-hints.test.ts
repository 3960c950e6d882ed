import { allOperations } from '@x/partnerapi';
import { describe, expect, it } from 'vitest';

describe('writes say how to check an unknown outcome', () => {
  it('every non-idempotent operation has a verify hint', () => {
    const writes = allOperations().filter((e) => !e.op.idempotent);
    expect(writes.length).toBeGreaterThanOrEqual(30);
    for (const { op } of writes) expect(op.verify?.trim().length ?? 0, op.wire).toBeGreaterThan(20);
  });
});
