import * as z from 'zod/mini';
import { DOC_TYPES } from './enums.js';
import { bool, dateTime, id, openEnum, optText, text } from './fields.js';

/**
 * Документ: article, news or notice (`Doc` in a change record, items of `DownloadDocs`).
 * `Id` is unique only within its `TypeName` (article 1 and news 1 may both exist).
 */
export const Doc = z.looseObject({
  /** Document id, unique only within its `TypeName`. */
  Id: id(),
  /** `article`, `news` or `notice`; also the `SetId` type for this document. */
  TypeName: openEnum(DOC_TYPES),
  /** Title. */
  Title: text(),
  /** HTML text. */
  Text: text(),
  /** Whether the document is published. */
  IsPublish: bool(),
  /** Document date. */
  Date: dateTime(),
  /** Addressed to executors (исполнители). */
  IsForExecutors: bool(),
  /** Addressed to responsible staff (ответственные). */
  IsForResponsibles: bool(),
  /** Addressed to contractors (подрядчики). */
  IsForContractors: bool(),
  /** For administration and dispatchers. */
  IsForDisp: bool(),
  /** Only for parking owners. */
  IsForParking: bool(),
  /** Only for residents without parking. */
  IsForNoParking: bool(),
  /** Push notification text. */
  PushText: optText(),
  /** E-mail subject. */
  EmailTitle: optText(),
  /** E-mail text. */
  EmailText: optText(),
  /** SMS text. */
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
