import * as z from 'zod/mini';
import { COUNTER_TYPES, OBJECT_TYPES } from './enums.js';
import { bool, id, num, openEnum, optDateTime, optNum, optText, text } from './fields.js';

/**
 * Прибор учёта (`Counter` in a change record, items of `DownloadCounters`). `Value1` is the
 * single-rate, day or first reading; `Value2` the night or second; `Value3` the third.
 */
export const Counter = z.looseObject({
  Id: id(),
  SerialNumber: optText(),
  Value1: num(),
  Value2: optNum(),
  Value3: optNum(),
  /** When the reading was sent. */
  DateTimeForValue: optDateTime(),
  CounterTypeIdentifier: openEnum(COUNTER_TYPES),
  IsPublish: bool(),
  /** Id of the real-estate object. */
  FlatId: text(),
  TypeObject: openEnum(OBJECT_TYPES),
  /** Next verification (поверка) date. */
  CheckDate: optDateTime(),
  CommissioningDate: optDateTime(),
});
/** A meter as decoded. */
export type Counter = z.output<typeof Counter>;
