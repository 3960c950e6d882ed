import * as z from 'zod/mini';
import { id, optText, text } from './fields.js';

/** Заявка на добавление лицевого счёта (`RequestToRegister`): a resident asks to attach an account. */
export const RequestToRegister = z.looseObject({
  Id: id(),
  FlatId: text(),
  AccountNumber: text(),
  Surname: text(),
  Name: text(),
  Patronymic: optText(),
  Email: text(),
  Phone: text(),
});
/** A request to add an account as decoded. */
export type RequestToRegister = z.output<typeof RequestToRegister>;

/** Заявка на добавление объекта недвижимости (`RequestToObjectAdding`). */
export const RequestToObjectAdding = z.looseObject({
  Id: id(),
  FlatId: text(),
  ResidentId: text(),
});
/** A request to add a real-estate object as decoded. */
export type RequestToObjectAdding = z.output<typeof RequestToObjectAdding>;
