import * as z from 'zod/mini';
import { bool, id, optText, text } from './fields.js';

/** Автомобиль (`Car` in a change record). */
export const Car = z.looseObject({
  Id: id(),
  ResidentId: text(),
  Brand: text(),
  Model: text(),
  Number: text(),
  PhoneDriver: optText(),
  /** Temporary pass. */
  IsTemp: bool(),
});
/** A car as decoded. */
export type Car = z.output<typeof Car>;
