import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import type { ObjectType } from './enums.js';
import { OBJECT_TYPES } from './enums.js';
import { id, openEnum, optNum, optText, text } from './fields.js';

const realEstateObjectSchema = z.looseObject({
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
/** Объект недвижимости (`Obj` in a change record, items of `DownloadFlats`): flat, office, parking place... */
export interface RealEstateObject {
  /** Тип объекта. */
  TypeObject: ObjectType;
  /** Full address, e.g. «ул. Ткачей, д. 13, кв. 5». */
  Address: string;
  /** Населённый пункт (town or settlement). */
  Locality: string | null;
  /** Street. */
  Street: string;
  /** House number with building or letter. */
  HouseNumber: string;
  /** Flat (office, ...) number. */
  FlatNumber: string;
  /** Total area. */
  SquareAll: number | null;
  /** Living area. */
  SquareLiving: number | null;
  /** Room count, or a note that it is a studio (text on the wire). */
  CountRooms: string | null;
  /** Floor (этаж). */
  EtazhNumber: number | null;
  /** Entrance (подъезд). */
  PodyezdNumber: string | null;
  /** Object id (external id, or a temporary `--` id until one is assigned). */
  Id: string;
  /** Id of the house. */
  HouseId: string;
  /** Year the house was built. */
  YearOfHouse: number | null;
  /** SIP number. */
  SipNumber: string | null;
  /** SIP password. */
  SipPassword: string | null;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link RealEstateObject}. */
export const RealEstateObject = named<RealEstateObject>()(realEstateObjectSchema);
