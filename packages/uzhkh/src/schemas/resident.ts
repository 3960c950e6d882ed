import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { id, optBool, optText, text } from './fields.js';

const residentSchema = z.looseObject({
  /** Surname (фамилия). */
  Surname: text(),
  /** Name (имя). */
  Name: text(),
  /** Patronymic (отчество). */
  Patronymic: text(),
  /** Company name for a legal entity, otherwise empty. */
  UrCompanyName: optText(),
  /** E-mail. */
  Email: optText(),
  /** Phone. */
  Phone: optText(),
  /** Unique resident id (external, or a temporary `--` id until one is assigned). */
  Id: id(),
  /** Tenant (арендатор) of the enclosing account; `null` outside an account. */
  IsEmployer: optBool(),
  /** Owner (владелец) of the enclosing account; `null` outside an account. */
  IsOwner: optBool(),
  /** Id of the owner who added this person; inside an account only. */
  ParentResidentId: optText(),
});
/**
 * Собственник / гражданин (`Resident` in a change record, items of `Account.Persons`).
 * `IsEmployer`, `IsOwner` and `ParentResidentId` are filled only inside an account; outside one
 * they are `null`.
 */
export interface Resident {
  /** Surname (фамилия). */
  Surname: string;
  /** Name (имя). */
  Name: string;
  /** Patronymic (отчество). */
  Patronymic: string;
  /** Company name for a legal entity, otherwise empty. */
  UrCompanyName: string | null;
  /** E-mail. */
  Email: string | null;
  /** Phone. */
  Phone: string | null;
  /** Unique resident id (external, or a temporary `--` id until one is assigned). */
  Id: string;
  /** Tenant (арендатор) of the enclosing account; `null` outside an account. */
  IsEmployer: boolean | null;
  /** Owner (владелец) of the enclosing account; `null` outside an account. */
  IsOwner: boolean | null;
  /** Id of the owner who added this person; inside an account only. */
  ParentResidentId: string | null;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link Resident}. */
export const Resident = named<Resident>()(residentSchema);
