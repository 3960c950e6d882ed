import {
  Account,
  CHANGE_KINDS,
  ChangeRecord,
  Counter,
  DeletedItem,
  Payment,
  RealEstateObject,
  Request,
  Resident,
  changeEntity,
  isTemporaryId,
} from '@x/uzhkh';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const counterWire = {
  Id: '--5',
  Value1: 10,
  CounterTypeIdentifier: 'WaterColdM3',
  IsPublish: true,
  FlatId: 'obj-1',
  TypeObject: 'Квартира',
};

describe('entity schemas', () => {
  it('maps .NET nullables to null and keeps unknown fields', () => {
    const counter = z.parse(Counter, { ...counterWire, Value2: null, NewVendorField: 'kept' });
    expect(counter).toMatchObject({
      Value2: null,
      Value3: null,
      SerialNumber: null,
      CheckDate: null,
      DateTimeForValue: null,
      NewVendorField: 'kept',
    });
  });

  it('accepts enumeration values the document does not list', () => {
    expect(
      z.parse(Counter, { ...counterWire, CounterTypeIdentifier: 'SolarPanelKwh' }).CounterTypeIdentifier,
    ).toBe('SolarPanelKwh');
    expect(z.parse(DeletedItem, { Guid: 'g', Id: '1', Type: 'car' }).Type).toBe('car');
    const obj = z.parse(RealEstateObject, {
      TypeObject: 'Колясочная',
      Address: 'ул. Ткачей, д. 13',
      Street: 'ул. Ткачей',
      HouseNumber: '13',
      FlatNumber: '1',
      Id: 7,
      HouseId: 3,
    });
    expect(obj).toMatchObject({ TypeObject: 'Колясочная', Id: '7', HouseId: '3', SquareAll: null });
  });

  it('IsEmployer/IsOwner are null outside an account and booleans inside', () => {
    const person = { Surname: 'И', Name: 'И', Patronymic: 'И', Id: 'r1' };
    expect(z.parse(Resident, person)).toMatchObject({ IsEmployer: null, IsOwner: null });
    const account = z.parse(Account, {
      Id: 'a1',
      AccountNumber: '1',
      IsActive: true,
      ApartmentID: 'o1',
      TypeObject: 'Офис',
      Balance: '-1 234,56',
      Persons: [{ ...person, IsEmployer: true, IsOwner: false, ParentResidentId: 'r0' }],
    });
    expect(account.Balance).toBe(-1234.56);
    expect(account.Persons[0]).toMatchObject({ IsEmployer: true, IsOwner: false, ParentResidentId: 'r0' });
    expect(account.DateTimeOpen).toBeNull();
  });

  it('DateTime values become ISO local strings; .NET year 0001 becomes null', () => {
    const payment = z.parse(Payment, {
      Sum: 1500.5,
      AccountNumber: '1',
      AccountId: 'a1',
      DateTime: '2024-03-05T14:07:09.123',
      Id: 'p1',
      IsRequest: false,
      FromWeb: true,
      FromMobile: false,
      IsInsurance: false,
      IsAutopay: false,
    });
    expect(payment).toMatchObject({ DateTime: '2024-03-05T14:07:09.123', Commission: null });
    expect(z.parse(Counter, { ...counterWire, CheckDate: '0001-01-01T00:00:00' }).CheckDate).toBeNull();
  });

  it('request ids stay numbers; text ids assigned by SetId are kept', () => {
    const base = {
      Number: '12',
      Title: 't',
      CreationDate: '2024-01-01T00:00:00',
      AccountNumber: '1',
      AccountId: 'a',
      Status: 'Новая',
      ResidentId: 'r',
      FlatId: 'f',
      TypeObject: 'Квартира',
      PaymentSum: 0,
    };
    expect(z.parse(Request, { ...base, Id: 12 }).Id).toBe(12);
    const withText = z.parse(Request, { ...base, Id: 'REQ-12', Files: null });
    expect(withText).toMatchObject({ Id: 'REQ-12', Files: [], FilesFromExecutor: [], IsCrash: false });
  });
});

describe('ChangeRecord', () => {
  it('becomes a discriminated union by the one entity present', () => {
    const record = z.parse(ChangeRecord, { Guid: 'g1', Counter: counterWire, Account: null, Resident: null });
    expect(record.kind).toBe('counter');
    expect(changeEntity(record)).toMatchObject({ Id: '--5' });
  });

  it('maps each documented key to its kind', () => {
    // The documented keys themselves are pinned by named-types.test.ts (one record type per key).
    const kinds = Object.entries(CHANGE_KINDS);
    expect(kinds).toHaveLength(10);
    for (const [key, kind] of kinds) {
      const record = z.parse(ChangeRecord, { Guid: 'g', [key]: {} });
      // An empty entity is delivered as invalid, naming the key: the kind is recognised either way.
      expect(record).toMatchObject({ kind: 'invalid', entity: key });
      expect(kind).toBeTypeOf('string');
    }
  });

  it('no entity, or more than one, is kind "unknown" with the raw record', () => {
    expect(z.parse(ChangeRecord, { Guid: 'g', Parking: { Id: 1 } })).toMatchObject({
      kind: 'unknown',
      keys: ['Parking'],
    });
    expect(z.parse(ChangeRecord, { Guid: 'g', Counter: counterWire, Car: {} })).toMatchObject({
      kind: 'unknown',
      keys: ['Counter', 'Car'],
    });
  });
});

describe('isTemporaryId', () => {
  it('is true exactly for strings starting with "--"', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(isTemporaryId(`--${s}`)).toBe(true);
        expect(isTemporaryId(s)).toBe(s.startsWith('--'));
      }),
    );
    expect(isTemporaryId(5)).toBe(false);
    expect(isTemporaryId(null)).toBe(false);
  });
});

describe('decimal round trip', () => {
  it('meter values survive JSON as numbers and as comma strings, unrounded', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), (v) => {
        const parsed = z.parse(
          Counter,
          JSON.parse(JSON.stringify({ ...counterWire, Value1: v, Value2: String(v) })),
        );
        expect(parsed.Value1).toBe(v === 0 ? 0 : v);
        expect(parsed.Value2).toBe(Number(String(v)));
      }),
    );
  });
});
