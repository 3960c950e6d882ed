import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { id, optText, text } from './fields.js';

const requestToRegisterSchema = z.looseObject({
  /** The request's id; pass it to the matching `HandleRequestTo*` call. */
  Id: id(),
  /** Id of the real-estate object. */
  FlatId: text(),
  /** Номер лицевого счёта the resident asks to attach. */
  AccountNumber: text(),
  /** Surname (фамилия). */
  Surname: text(),
  /** Name (имя). */
  Name: text(),
  /** Patronymic (отчество). */
  Patronymic: optText(),
  /** E-mail. */
  Email: text(),
  /** Phone number. */
  Phone: text(),
});
/** Заявка на добавление лицевого счёта (`RequestToRegister`): a resident asks to attach an account. */
export interface RequestToRegister {
  /** The request's id; pass it to the matching `HandleRequestTo*` call. */
  Id: string;
  /** Id of the real-estate object. */
  FlatId: string;
  /** Номер лицевого счёта the resident asks to attach. */
  AccountNumber: string;
  /** Surname (фамилия). */
  Surname: string;
  /** Name (имя). */
  Name: string;
  /** Patronymic (отчество). */
  Patronymic: string | null;
  /** E-mail. */
  Email: string;
  /** Phone number. */
  Phone: string;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link RequestToRegister}. */
export const RequestToRegister = named<RequestToRegister>()(requestToRegisterSchema);

const requestToObjectAddingSchema = z.looseObject({
  /** The request's id; pass it to the matching `HandleRequestTo*` call. */
  Id: id(),
  /** Id of the real-estate object. */
  FlatId: text(),
  /** Id of the resident (собственник) who asks. */
  ResidentId: text(),
});
/** Заявка на добавление объекта недвижимости (`RequestToObjectAdding`). */
export interface RequestToObjectAdding {
  /** The request's id; pass it to the matching `HandleRequestTo*` call. */
  Id: string;
  /** Id of the real-estate object. */
  FlatId: string;
  /** Id of the resident (собственник) who asks. */
  ResidentId: string;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link RequestToObjectAdding}. */
export const RequestToObjectAdding = named<RequestToObjectAdding>()(requestToObjectAddingSchema);
