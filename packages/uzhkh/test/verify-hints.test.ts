import { operationGroups } from '@x/uzhkh';
import { describe, expect, it } from 'vitest';

describe('writes say how to check an unknown outcome', () => {
  it('every non-idempotent operation has a verify hint', () => {
    const writes = Object.values(operationGroups)
      .flatMap((t) =>
        Object.values(t as Record<string, { idempotent: boolean; wire: string; verify?: string }>),
      )
      .filter((op) => !op.idempotent);
    expect(writes.map((op) => op.wire).sort()).toEqual([
      'SetId',
      'Synchronization/HandleRequestToObjectAdding',
      'Synchronization/HandleRequestToRegister',
    ]);
    for (const op of writes) expect(op.verify?.trim().length ?? 0, op.wire).toBeGreaterThan(20);
  });
});
