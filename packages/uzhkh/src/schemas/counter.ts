import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import type { CounterType, ObjectType } from './enums.js';
import { COUNTER_TYPES, OBJECT_TYPES } from './enums.js';
import { bool, id, num, openEnum, optDateTime, optNum, optText, text } from './fields.js';

const counterSchema = z.looseObject({
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
/**
 * Прибор учёта (`Counter` in a change record, items of `DownloadCounters`). `Value1` is the
 * single-rate, day or first reading; `Value2` the night or second; `Value3` the third.
 */
export interface Counter {
  /** Unique meter id: the external id, or a temporary `--` id for a meter added on the platform. */
  Id: string;
  /** Serial number. */
  SerialNumber: string | null;
  /** Single-rate reading, the day reading of a two-rate meter, or the first of a three-rate one. */
  Value1: number;
  /** Night reading of a two-rate meter, or the second of a three-rate one. */
  Value2: number | null;
  /** Third reading of a three-rate meter. */
  Value3: number | null;
  /** When the reading was sent. */
  DateTimeForValue: string | null;
  /** Meter kind (`WaterColdM3`, `WaterHotM3`, `Gas`, ...); see `COUNTER_TYPES`. */
  CounterTypeIdentifier: CounterType;
  /** Published flag (флаг опубликованности). */
  IsPublish: boolean;
  /** Id of the real-estate object. */
  FlatId: string;
  /** Тип объекта of the meter's object. */
  TypeObject: ObjectType;
  /** Next verification (поверка) date. */
  CheckDate: string | null;
  /** Date the meter was put into service (ввод в эксплуатацию). */
  CommissioningDate: string | null;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link Counter}. */
export const Counter = named<Counter>()(counterSchema);
