import * as z from 'zod/mini';
import { bool, id, optText, text } from './fields.js';

/** Автомобиль (`Car` in a change record). */
export const Car = z.looseObject({
  /** Car id. */
  Id: id(),
  /** Id of the resident (собственник) the car belongs to. */
  ResidentId: text(),
  /** Make (марка). */
  Brand: text(),
  /** Model. */
  Model: text(),
  /** Registration plate number. */
  Number: text(),
  /** Driver's phone. */
  PhoneDriver: optText(),
  /** Temporary pass. */
  IsTemp: bool(),
});
/** A car as decoded. */
export type Car = z.output<typeof Car>;
