import * as z from 'zod/mini';
import { OBJECT_TYPES } from './enums.js';
import { bool, id, num, openEnum, optDateTime, optNum, optText, text } from './fields.js';
import { Resident } from './resident.js';

/** Лицевой счёт (`Account` in a change record, items of `DownloadAccounts`). */
export const Account = z.looseObject({
  Id: id(),
  AccountNumber: text(),
  IsActive: bool(),
  /** Id of the real-estate object. */
  ApartmentID: text(),
  TypeObject: openEnum(OBJECT_TYPES),
  DateTimeOpen: optDateTime(),
  DateTimeClose: optDateTime(),
  /** Прописано человек. */
  SpelledOutPerson: optNum(),
  /** Зарегистрировано человек. */
  RegisteredPerson: optNum(),
  /** Проживающих. */
  LivingPerson: optNum(),
  RelatedAccountId: optText(),
  /** Balance, never rounded. */
  Balance: num(),
  /** People of this account; tenants carry `IsEmployer: true`, owners `IsOwner: true`. Absent → `[]`. */
  Persons: z.pipe(
    z.optional(z.nullable(z.array(Resident))),
    z.transform((v) => v ?? []),
  ),
});
/** A personal account as decoded. */
export type Account = z.output<typeof Account>;
