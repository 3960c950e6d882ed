import * as z from 'zod/mini';
import { OBJECT_TYPES } from './enums.js';
import { id, openEnum, optNum, optText, text } from './fields.js';

/** Объект недвижимости (`Obj` in a change record, items of `DownloadFlats`): flat, office, parking place... */
export const RealEstateObject = z.looseObject({
  /** Тип объекта. */
  TypeObject: openEnum(OBJECT_TYPES),
  /** Full address, e.g. «ул. Ткачей, д. 13, кв. 5». */
  Address: text(),
  /** Населённый пункт (town or settlement). */
  Locality: optText(),
  /** Street. */
  Street: text(),
  /** House number with building or letter. */
  HouseNumber: text(),
  /** Flat (office, ...) number. */
  FlatNumber: text(),
  /** Total area. */
  SquareAll: optNum(),
  /** Living area. */
  SquareLiving: optNum(),
  /** Room count, or a note that it is a studio (text on the wire). */
  CountRooms: optText(),
  /** Floor (этаж). */
  EtazhNumber: optNum(),
  /** Entrance (подъезд). */
  PodyezdNumber: optText(),
  /** Object id (external id, or a temporary `--` id until one is assigned). */
  Id: id(),
  /** Id of the house. */
  HouseId: id(),
  /** Year the house was built. */
  YearOfHouse: optNum(),
  /** SIP number. */
  SipNumber: optText(),
  /** SIP password. */
  SipPassword: optText(),
});
/** A real-estate object as decoded. */
export type RealEstateObject = z.output<typeof RealEstateObject>;
