import type { EntityKind, WireRecord } from './entities.js';
import type { UzhkhState } from './state.js';

/** Records to load into the emulator, in wire form (PascalCase fields; missing ones get defaults). */
export interface SeedData {
  /** Real-estate objects (объекты недвижимости, `Obj`), served by `DownloadFlats`. */
  objects?: WireRecord[];
  /** Personal accounts (лицевые счета), served by `DownloadAccounts`. */
  accounts?: WireRecord[];
  /** Residents (собственники). */
  residents?: WireRecord[];
  /** Meters (приборы учёта), served by `DownloadCounters`. */
  counters?: WireRecord[];
  /** Requests (заявки), served by `DownloadRequests`. */
  requests?: WireRecord[];
  /** Payments (оплаты), served by `DownloadPayments`. */
  payments?: WireRecord[];
  /** Articles, news and notices (`TypeName`), served by `DownloadDocs`. */
  docs?: WireRecord[];
  /** Cars (автомобили). */
  cars?: WireRecord[];
  /** Requests to add a personal account, for `HandleRequestToRegister`. */
  requestsToRegister?: WireRecord[];
  /** Requests to add a real-estate object, for `HandleRequestToObjectAdding`. */
  requestsToObjectAdding?: WireRecord[];
}

const SEED_KINDS: Array<[keyof SeedData, EntityKind]> = [
  ['objects', 'object'],
  ['accounts', 'account'],
  ['residents', 'resident'],
  ['counters', 'counter'],
  ['requests', 'request'],
  ['payments', 'payment'],
  ['docs', 'doc'],
  ['cars', 'car'],
  ['requestsToRegister', 'requesttoregister'],
  ['requestsToObjectAdding', 'requesttoobjectadding'],
];

/** Loads seed data without queueing change records. */
export function seedState(state: UzhkhState, data: SeedData): void {
  for (const [field, kind] of SEED_KINDS) {
    for (const record of data[field] ?? []) state.upsert(kind, record, false);
  }
}

/** Adds `count` accounts with ids `acc-<n>`, each with its object `obj-<n>` and an owner `res-<n>`. */
export function generateAccounts(state: UzhkhState, count: number, start = 1): void {
  for (let n = start; n < start + count; n++) {
    state.upsert(
      'object',
      { Id: `obj-${n}`, FlatNumber: String(n), Address: `ул. Ткачей, д. 13, кв. ${n}` },
      false,
    );
    const owner: WireRecord = {
      Id: `res-${n}`,
      Surname: 'Собственник',
      Name: `№${n}`,
      Patronymic: '',
      IsEmployer: false,
      IsOwner: true,
      ParentResidentId: null,
    };
    state.upsert('resident', { ...owner, IsEmployer: null, IsOwner: null }, false);
    state.upsert(
      'account',
      {
        Id: `acc-${n}`,
        AccountNumber: String(100000 + n),
        ApartmentID: `obj-${n}`,
        Balance: Math.round(n * 137.5) / 100,
        Persons: [owner],
      },
      false,
    );
  }
}
