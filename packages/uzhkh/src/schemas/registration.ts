import * as z from 'zod/mini';
import { id, optText, text } from './fields.js';

/** Заявка на добавление лицевого счёта (`RequestToRegister`): a resident asks to attach an account. */
export const RequestToRegister = z.looseObject({
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
/** A request to add an account as decoded. */
export type RequestToRegister = z.output<typeof RequestToRegister>;

/** Заявка на добавление объекта недвижимости (`RequestToObjectAdding`). */
export const RequestToObjectAdding = z.looseObject({
  /** The request's id; pass it to the matching `HandleRequestTo*` call. */
  Id: id(),
  /** Id of the real-estate object. */
  FlatId: text(),
  /** Id of the resident (собственник) who asks. */
  ResidentId: text(),
});
/** A request to add a real-estate object as decoded. */
export type RequestToObjectAdding = z.output<typeof RequestToObjectAdding>;
