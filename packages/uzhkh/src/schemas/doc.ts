import * as z from 'zod/mini';
import { DOC_TYPES } from './enums.js';
import { bool, dateTime, id, openEnum, optText, text } from './fields.js';

/**
 * Документ: article, news or notice (`Doc` in a change record, items of `DownloadDocs`).
 * `Id` is unique only within its `TypeName` (article 1 and news 1 may both exist).
 */
export const Doc = z.looseObject({
  Id: id(),
  TypeName: openEnum(DOC_TYPES),
  Title: text(),
  /** HTML text. */
  Text: text(),
  IsPublish: bool(),
  Date: dateTime(),
  IsForExecutors: bool(),
  IsForResponsibles: bool(),
  IsForContractors: bool(),
  /** For administration and dispatchers. */
  IsForDisp: bool(),
  IsForParking: bool(),
  IsForNoParking: bool(),
  PushText: optText(),
  EmailTitle: optText(),
  EmailText: optText(),
  SmsText: optText(),
  /** House ids, comma-separated. */
  HousesIds: optText(),
  /** Resident ids, comma-separated. */
  ResidentsIds: optText(),
  /** Account ids, comma-separated. */
  ResidentToFlatsIds: optText(),
});
/** A document as decoded. */
export type Doc = z.output<typeof Doc>;
