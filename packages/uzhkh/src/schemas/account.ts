import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import type { ObjectType } from './enums.js';
import { OBJECT_TYPES } from './enums.js';
import { bool, id, num, openEnum, optDateTime, optNum, optText, text } from './fields.js';
import { Resident } from './resident.js';

const accountSchema = z.looseObject({
  /** Unique account id: the external id, or a temporary `--` id until one is assigned. */
  Id: id(),
  /** Номер лицевого счёта, as residents and receipts show it. */
  AccountNumber: text(),
  /** Whether the account is active. */
  IsActive: bool(),
  /** Id of the real-estate object. */
  ApartmentID: text(),
  /** Тип объекта of the account's object (`Квартира`, `Офис`, ...). */
  TypeObject: openEnum(OBJECT_TYPES),
  /** When the account was opened. */
  DateTimeOpen: optDateTime(),
  /** When the account was closed; `null` while it is open. */
  DateTimeClose: optDateTime(),
  /** Прописано человек. */
  SpelledOutPerson: optNum(),
  /** Зарегистрировано человек. */
  RegisteredPerson: optNum(),
  /** Проживающих. */
  LivingPerson: optNum(),
  /** Id of a related personal account. */
  RelatedAccountId: optText(),
  /** Balance, never rounded. */
  Balance: num(),
  /** People of this account; tenants carry `IsEmployer: true`, owners `IsOwner: true`. Absent → `[]`. */
  Persons: z.pipe(
    z.optional(z.nullable(z.array(Resident))),
    z.transform((v) => v ?? []),
  ),
});
/** Лицевой счёт (`Account` in a change record, items of `DownloadAccounts`). */
export interface Account {
  /** Unique account id: the external id, or a temporary `--` id until one is assigned. */
  Id: string;
  /** Номер лицевого счёта, as residents and receipts show it. */
  AccountNumber: string;
  /** Whether the account is active. */
  IsActive: boolean;
  /** Id of the real-estate object. */
  ApartmentID: string;
  /** Тип объекта of the account's object (`Квартира`, `Офис`, ...). */
  TypeObject: ObjectType;
  /** When the account was opened. */
  DateTimeOpen: string | null;
  /** When the account was closed; `null` while it is open. */
  DateTimeClose: string | null;
  /** Прописано человек. */
  SpelledOutPerson: number | null;
  /** Зарегистрировано человек. */
  RegisteredPerson: number | null;
  /** Проживающих. */
  LivingPerson: number | null;
  /** Id of a related personal account. */
  RelatedAccountId: string | null;
  /** Balance, never rounded. */
  Balance: number;
  /** People of this account; tenants carry `IsEmployer: true`, owners `IsOwner: true`. Absent → `[]`. */
  Persons: Resident[];
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link Account}. */
export const Account = named<Account>()(accountSchema);
