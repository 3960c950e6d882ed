import * as z from 'zod/mini';
import { id, optBool, optText, text } from './fields.js';

/**
 * Собственник / гражданин (`Resident` in a change record, items of `Account.Persons`).
 * `IsEmployer`, `IsOwner` and `ParentResidentId` are filled only inside an account; outside one
 * they are `null`.
 */
export const Resident = z.looseObject({
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
/** A resident as decoded. */
export type Resident = z.output<typeof Resident>;
