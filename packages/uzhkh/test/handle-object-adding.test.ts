import { RequestValidationError } from '@x/core';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const h = useHarness();
const WIRE = 'Synchronization/HandleRequestToObjectAdding';

describe('registrations.handleRequestToObjectAdding (HandleRequestToObjectAdding)', () => {
  it('approves a request with the account number and resolves to undefined', async () => {
    const { emulator, client } = h.fresh();
    emulator.addRequestToObjectAdding({ Id: 'obj-7' });
    const result = await client.registrations.handleRequestToObjectAdding({
      id: 'obj-7',
      isApprove: true,
      isReject: false,
      accountNumber: '100042',
      isSendNotification: false,
    });
    expect(result).toBeUndefined();
    expect(emulator.last(WIRE)).toMatchObject({
      method: 'GET',
      query: {
        id: 'obj-7',
        isApprove: 'true',
        isReject: 'false',
        accountNumber: '100042',
        isSendNotification: 'false',
      },
      status: 200,
    });
    expect(emulator.handled).toEqual([expect.objectContaining({ operation: WIRE, id: 'obj-7' })]);
  });

  it('refuses an account number that is not a string before sending, naming the field', async () => {
    const { emulator, client } = h.fresh();
    const error = await client.registrations
      .handleRequestToObjectAdding({
        id: 'obj-7',
        isApprove: true,
        isReject: false,
        accountNumber: 100042 as never,
        isSendNotification: false,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual(['accountNumber']);
    expect((error as RequestValidationError).message).toContain(
      'uzhkh.registrations.handleRequestToObjectAdding',
    );
    expect(emulator.count(WIRE)).toBe(0);
  });
});
