import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import type { DocType } from './enums.js';
import { DOC_TYPES } from './enums.js';
import { bool, dateTime, id, openEnum, optText, text } from './fields.js';

const docSchema = z.looseObject({
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
/**
 * Документ: article, news or notice (`Doc` in a change record, items of `DownloadDocs`).
 * `Id` is unique only within its `TypeName` (article 1 and news 1 may both exist).
 */
export interface Doc {
  /** Document id, unique only within its `TypeName`. */
  Id: string;
  /** `article`, `news` or `notice`; also the `SetId` type for this document. */
  TypeName: DocType;
  /** Title. */
  Title: string;
  /** HTML text. */
  Text: string;
  /** Whether the document is published. */
  IsPublish: boolean;
  /** Document date. */
  Date: string | null;
  /** Addressed to executors (исполнители). */
  IsForExecutors: boolean;
  /** Addressed to responsible staff (ответственные). */
  IsForResponsibles: boolean;
  /** Addressed to contractors (подрядчики). */
  IsForContractors: boolean;
  /** For administration and dispatchers. */
  IsForDisp: boolean;
  /** Only for parking owners. */
  IsForParking: boolean;
  /** Only for residents without parking. */
  IsForNoParking: boolean;
  /** Push notification text. */
  PushText: string | null;
  /** E-mail subject. */
  EmailTitle: string | null;
  /** E-mail text. */
  EmailText: string | null;
  /** SMS text. */
  SmsText: string | null;
  /** House ids, comma-separated. */
  HousesIds: string | null;
  /** Resident ids, comma-separated. */
  ResidentsIds: string | null;
  /** Account ids, comma-separated. */
  ResidentToFlatsIds: string | null;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link Doc}. */
export const Doc = named<Doc>()(docSchema);
