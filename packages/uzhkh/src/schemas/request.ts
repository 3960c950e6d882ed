import * as z from 'zod/mini';
import { OBJECT_TYPES } from './enums.js';
import { bool, dateTime, num, openEnum, optDateTime, optNum, optText, stringList, text } from './fields.js';

/**
 * A request id: documented as `int`, but `SetId` also accepts type "request", so an id the
 * accounting system assigned may be text. Numbers stay numbers, anything else stays text.
 */
const requestId = () => z.union([z.number(), z.string()]);

/** Заявка (`Request` in a change record, items of `DownloadRequests`): a resident's or dispatcher's ticket. */
export const Request = z.looseObject({
  Id: requestId(),
  /** Usually equal to `Id`. */
  Number: text(),
  /** Main description (what the resident sent, or what the dispatcher typed). */
  Title: text(),
  Description: optText(),
  /** Result, filled in when the request is done. */
  Summary: optText(),
  CreationDate: dateTime(),
  /** Planned completion. */
  FinishDate: optDateTime(),
  AccountNumber: text(),
  AccountId: text(),
  TimeFrom: optText(),
  TimeTo: optText(),
  DispatcherName: optText(),
  Service: optText(),
  ServiceCategory: optText(),
  IdentifierService: optText(),
  IdentifierServiceCategory: optText(),
  ServiceGuid: optText(),
  ResponsibleId: optText(),
  ExecutorId: optText(),
  /** Subtype. */
  RequestType: optText(),
  /** Type. */
  WorkType: optText(),
  Status: text(),
  IsCrash: bool(),
  IsImportant: bool(),
  IsPayable: bool(),
  IsGuarantee: bool(),
  IsComplaint: bool(),
  IsReasonable: bool(),
  IsRepeated: bool(),
  ResidentId: text(),
  FlatId: text(),
  TypeObject: openEnum(OBJECT_TYPES),
  Rating: optNum(),
  RatingComment: optText(),
  /** Paid. */
  IsPayment: bool(),
  /** Amount to pay (documented `int`; decimals are kept, never rounded). */
  PaymentSum: num(),
  /** Files from the resident. */
  Files: stringList(),
  FilesFromExecutor: stringList(),
  /** Pay-by date while the status is «Ожидает оплаты». */
  DelayedPaymentDateTime: optDateTime(),
  SourceComment: optText(),
  IdCounter: optText(),
  CarBrand: optText(),
  CarModel: optText(),
  CarNumber: optText(),
  /** Desired date, `dd.MM.yyyy` text as sent. */
  Date: optText(),
  /** Desired time, `HH:mm` text as sent. */
  Time: optText(),
  CurrentPhone: optText(),
  CurrentEmail: optText(),
  ProviderInn: optText(),
  InitiatorSurname: optText(),
  InitiatorName: optText(),
  InitiatorPatronymic: optText(),
});
/** A request (ticket) as decoded. */
export type Request = z.output<typeof Request>;
