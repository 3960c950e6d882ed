import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { bool, id, optText, text } from './fields.js';

const carSchema = z.looseObject({
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
/** Автомобиль (`Car` in a change record). */
export interface Car {
  /** Car id. */
  Id: string;
  /** Id of the resident (собственник) the car belongs to. */
  ResidentId: string;
  /** Make (марка). */
  Brand: string;
  /** Model. */
  Model: string;
  /** Registration plate number. */
  Number: string;
  /** Driver's phone. */
  PhoneDriver: string | null;
  /** Temporary pass. */
  IsTemp: boolean;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link Car}. */
export const Car = named<Car>()(carSchema);
