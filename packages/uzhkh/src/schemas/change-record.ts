import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { Account } from './account.js';
import { Car } from './car.js';
import { Counter } from './counter.js';
import { Doc } from './doc.js';
import { id } from './fields.js';
import { Payment } from './payment.js';
import { RealEstateObject } from './real-estate-object.js';
import { RequestToObjectAdding, RequestToRegister } from './registration.js';
import { Request } from './request.js';
import { Resident } from './resident.js';

/**
 * The entity keys of a change record («Общий класс») and the `kind` each becomes. Kinds use the
 * platform's own type names (those of `SetId` and `To1c/DeletedItems`) where it has one.
 */
export const CHANGE_KINDS = {
  Resident: 'resident',
  Account: 'account',
  Counter: 'counter',
  Request: 'request',
  Payment: 'payment',
  Obj: 'object',
  Doc: 'doc',
  RequestToRegister: 'requesttoregister',
  RequestToObjectAdding: 'requesttoobjectadding',
  Car: 'car',
} as const;

const ENTITY_SCHEMAS = {
  Resident,
  Account,
  Counter,
  Request,
  Payment,
  Obj: RealEstateObject,
  Doc,
  RequestToRegister,
  RequestToObjectAdding,
  Car,
} as const;

type Entities = { [K in keyof typeof ENTITY_SCHEMAS]: z.output<(typeof ENTITY_SCHEMAS)[K]> };

/** Entity key of a change record (`Resident`, `Account`, `Counter`, ..., `Car`). */
export type ChangeEntityKey = keyof typeof CHANGE_KINDS;

/** A change record that carried a resident (житель), which decoded. */
export interface ResidentChange {
  /** Discriminant: `'resident'`. */
  kind: 'resident';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  Resident: Resident;
}

/** A change record that carried a personal account (лицевой счёт), which decoded. */
export interface AccountChange {
  /** Discriminant: `'account'`. */
  kind: 'account';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  Account: Account;
}

/** A change record that carried a personal meter (прибор учёта), which decoded. */
export interface CounterChange {
  /** Discriminant: `'counter'`. */
  kind: 'counter';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  Counter: Counter;
}

/** A change record that carried a request (заявка), which decoded. */
export interface RequestChange {
  /** Discriminant: `'request'`. */
  kind: 'request';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  Request: Request;
}

/** A change record that carried a payment (оплата), which decoded. */
export interface PaymentChange {
  /** Discriminant: `'payment'`. */
  kind: 'payment';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  Payment: Payment;
}

/** A change record that carried a real-estate object (объект недвижимости, wire key `Obj`), which decoded. */
export interface ObjectChange {
  /** Discriminant: `'object'`. */
  kind: 'object';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  Obj: RealEstateObject;
}

/** A change record that carried a document (статья, новость, уведомление), which decoded. */
export interface DocChange {
  /** Discriminant: `'doc'`. */
  kind: 'doc';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  Doc: Doc;
}

/** A change record that carried a request to add a personal account (RequestToRegister), which decoded. */
export interface RequestToRegisterChange {
  /** Discriminant: `'requesttoregister'`. */
  kind: 'requesttoregister';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  RequestToRegister: RequestToRegister;
}

/** A change record that carried a request to add a real-estate object (RequestToObjectAdding), which decoded. */
export interface RequestToObjectAddingChange {
  /** Discriminant: `'requesttoobjectadding'`. */
  kind: 'requesttoobjectadding';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  RequestToObjectAdding: RequestToObjectAdding;
}

/** A change record that carried a car (автомобиль), which decoded. */
export interface CarChange {
  /** Discriminant: `'car'`. */
  kind: 'car';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity as it was when it changed. */
  Car: Car;
}

/** A change record that carried exactly one known entity, which decoded; `kind` tells which. */
export type KnownChangeRecord =
  | ResidentChange
  | AccountChange
  | CounterChange
  | RequestChange
  | PaymentChange
  | ObjectChange
  | DocChange
  | RequestToRegisterChange
  | RequestToObjectAddingChange
  | CarChange;

/**
 * A record carrying no known entity, or more than one (the document promises exactly one; a new
 * entity type would look like this). `raw` is the record as received.
 */
export interface UnknownChangeRecord {
  /** Discriminant: no known entity, or more than one. */
  kind: 'unknown';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** Non-null keys besides `Guid`. */
  keys: string[];
  /** The record exactly as received, to log or store for later handling. */
  raw: Record<string, unknown>;
}

/**
 * A record whose one entity did not match its documented shape. It is delivered instead of
 * failing the whole batch, so one odd record cannot block the queue; the handler decides.
 */
export interface InvalidChangeRecord {
  /** Discriminant: the entity was present but did not decode. */
  kind: 'invalid';
  /** The record's `Guid`; acknowledging it (return from the handler) removes it from the queue. */
  Guid: string;
  /** The entity key that failed (`Counter`, ...). */
  entity: ChangeEntityKey;
  /** What did not match, as `path: message`. */
  issues: string[];
  /** The record exactly as received, including the undecoded entity. */
  raw: Record<string, unknown>;
}

/** One entry of the `To1c/Requests` queue, discriminated by `kind`. */
export type ChangeRecord = KnownChangeRecord | UnknownChangeRecord | InvalidChangeRecord;

/** The kinds a {@link ChangeRecord} can have. */
export type ChangeKind = ChangeRecord['kind'];

function toChangeRecord(raw: Record<string, unknown> & { Guid: string }): ChangeRecord {
  const present = Object.keys(raw).filter((k) => k !== 'Guid' && raw[k] !== null && raw[k] !== undefined);
  const known = present.filter((k): k is ChangeEntityKey => Object.hasOwn(CHANGE_KINDS, k));
  if (known.length !== 1) return { kind: 'unknown', Guid: raw.Guid, keys: present, raw };
  const key = known[0]!;
  const parsed = z.safeParse(ENTITY_SCHEMAS[key], raw[key]);
  if (!parsed.success) {
    return {
      kind: 'invalid',
      Guid: raw.Guid,
      entity: key,
      issues: parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`),
      raw,
    };
  }
  return { kind: CHANGE_KINDS[key], Guid: raw.Guid, [key]: parsed.data } as unknown as KnownChangeRecord;
}

/** Schema of one change record: `Guid` plus exactly one entity, decoded into a {@link ChangeRecord}. */
export const ChangeRecord = named<ChangeRecord>()(
  z.pipe(
    z.looseObject({ Guid: id() }),
    z.transform((raw) => toChangeRecord(raw)),
  ),
);

/** The entity a record carries, or `undefined` for unknown and invalid records. */
export function changeEntity(record: ChangeRecord): Entities[ChangeEntityKey] | undefined {
  if (record.kind === 'unknown' || record.kind === 'invalid') return undefined;
  for (const key of Object.keys(CHANGE_KINDS) as ChangeEntityKey[]) {
    if (CHANGE_KINDS[key] === record.kind)
      return (record as unknown as Record<string, unknown>)[key] as Entities[typeof key];
  }
  return undefined;
}

/** The `Id` of the entity a record carries (a number for numeric request ids), or `undefined`. */
export function changeEntityId(record: ChangeRecord): string | number | undefined {
  if (record.kind === 'invalid') {
    const inner = record.raw[record.entity];
    const value = inner && typeof inner === 'object' ? (inner as { Id?: unknown }).Id : undefined;
    return typeof value === 'string' || typeof value === 'number' ? value : undefined;
  }
  return changeEntity(record)?.Id;
}
