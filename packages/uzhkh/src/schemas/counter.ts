import * as z from 'zod/mini';
import { COUNTER_TYPES, OBJECT_TYPES } from './enums.js';
import { bool, id, num, openEnum, optDateTime, optNum, optText, text } from './fields.js';

/**
 * Прибор учёта (`Counter` in a change record, items of `DownloadCounters`). `Value1` is the
 * single-rate, day or first reading; `Value2` the night or second; `Value3` the third.
 */
export const Counter = z.looseObject({
  /** Unique meter id: the external id, or a temporary `--` id for a meter added on the platform. */
  Id: id(),
  /** Serial number. */
  SerialNumber: optText(),
  /** Single-rate reading, the day reading of a two-rate meter, or the first of a three-rate one. */
  Value1: num(),
  /** Night reading of a two-rate meter, or the second of a three-rate one. */
  Value2: optNum(),
  /** Third reading of a three-rate meter. */
  Value3: optNum(),
  /** When the reading was sent. */
  DateTimeForValue: optDateTime(),
  /** Meter kind (`WaterColdM3`, `WaterHotM3`, `Gas`, ...); see `COUNTER_TYPES`. */
  CounterTypeIdentifier: openEnum(COUNTER_TYPES),
  /** Published flag (флаг опубликованности). */
  IsPublish: bool(),
  /** Id of the real-estate object. */
  FlatId: text(),
  /** Тип объекта of the meter's object. */
  TypeObject: openEnum(OBJECT_TYPES),
  /** Next verification (поверка) date. */
  CheckDate: optDateTime(),
  /** Date the meter was put into service (ввод в эксплуатацию). */
  CommissioningDate: optDateTime(),
});
/** A meter as decoded. */
export type Counter = z.output<typeof Counter>;
