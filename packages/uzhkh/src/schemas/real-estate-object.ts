import * as z from 'zod/mini';
import { OBJECT_TYPES } from './enums.js';
import { id, openEnum, optNum, optText, text } from './fields.js';

/** Объект недвижимости (`Obj` in a change record, items of `DownloadFlats`): flat, office, parking place... */
export const RealEstateObject = z.looseObject({
  /** Тип объекта. */
  TypeObject: openEnum(OBJECT_TYPES),
  /** Full address, e.g. «ул. Ткачей, д. 13, кв. 5». */
  Address: text(),
  Locality: optText(),
  Street: text(),
  /** House number with building or letter. */
  HouseNumber: text(),
  /** Flat (office, ...) number. */
  FlatNumber: text(),
  SquareAll: optNum(),
  SquareLiving: optNum(),
  /** Room count, or a note that it is a studio (text on the wire). */
  CountRooms: optText(),
  EtazhNumber: optNum(),
  PodyezdNumber: optText(),
  /** Object id (external id, or a temporary `--` id until one is assigned). */
  Id: id(),
  HouseId: id(),
  YearOfHouse: optNum(),
  SipNumber: optText(),
  SipPassword: optText(),
});
/** A real-estate object as decoded. */
export type RealEstateObject = z.output<typeof RealEstateObject>;
