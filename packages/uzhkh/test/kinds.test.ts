import { type ChangeKind, changeEntity } from '@x/uzhkh';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const h = useHarness();

describe('every entity kind travels through the feed', () => {
  it('each platform mutation arrives as its own decoded kind', async () => {
    const { emulator, client } = h.fresh();
    emulator.upsertObject({ TypeObject: 'Машиноместо' });
    emulator.upsertAccount({
      Persons: [{ Id: 'r1', Surname: 'А', Name: 'Б', Patronymic: 'В', IsOwner: true }],
    });
    emulator.upsertResident({});
    emulator.upsertCounter({ CounterTypeIdentifier: 'Gas' });
    emulator.upsertRequest({ Title: 'Не работает домофон', Files: ['a.jpg'] });
    emulator.addPayment({ Sum: 99.99, Commission: 1.5 });
    emulator.upsertDoc({ TypeName: 'article', Title: 'Правила' });
    emulator.upsertCar({ Brand: 'Kia' });
    emulator.addRequestToRegister({});
    emulator.addRequestToObjectAdding({});
    const kinds: ChangeKind[] = [];
    const result = await client.feed.consume((record) => {
      kinds.push(record.kind);
      expect(changeEntity(record)).toBeDefined();
    });
    expect(result.acknowledged).toBe(10);
    expect(kinds).toEqual([
      'object',
      'account',
      'resident',
      'counter',
      'request',
      'payment',
      'doc',
      'car',
      'requesttoregister',
      'requesttoobjectadding',
    ]);
  });

  it('narrows by kind to the typed entity', async () => {
    const { emulator, client } = h.fresh();
    emulator.addPayment({ Id: 'p-1', Sum: 1234.56, IsAutopay: true, DateTime: '2026-02-03T04:05:06' });
    emulator.upsertRequest({ Id: 77, Files: ['1.jpg'] });
    const [payment, request] = await client.feed.requests();
    if (payment?.kind !== 'payment' || request?.kind !== 'request') throw new Error('kinds');
    expect(payment.Payment).toMatchObject({ Sum: 1234.56, IsAutopay: true, DateTime: '2026-02-03T04:05:06' });
    expect(request.Request).toMatchObject({
      Id: 77,
      Number: '77',
      Files: ['1.jpg'],
      CreationDate: '2026-01-01T09:00:00',
    });
  });
});
