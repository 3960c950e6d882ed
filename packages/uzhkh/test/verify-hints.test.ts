import { operationGroups } from '@x/uzhkh';
import { describe, expect, it } from 'vitest';

describe('writes say how to check an unknown outcome', () => {
  it('every non-idempotent operation has a verify hint', () => {
    const writes = Object.values(operationGroups)
      .flatMap((t) =>
        Object.values(t as Record<string, { idempotent: boolean; wire: string; verify?: string }>),
      )
      .filter((op) => !op.idempotent);
    // Derived from the tables, so a new write is checked without editing this file; whether an
    // operation is a write is pinned by its own test (a write is not retried on 500).
    expect(writes.length).toBeGreaterThan(0);
    for (const op of writes) expect(op.verify?.trim().length ?? 0, op.wire).toBeGreaterThan(20);
  });
});
