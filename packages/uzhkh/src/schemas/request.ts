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
  /** Request id: a number as documented (`int`), or text once the accounting system assigned its own. */
  Id: requestId(),
  /** Usually equal to `Id`. */
  Number: text(),
  /** Main description (what the resident sent, or what the dispatcher typed). */
  Title: text(),
  /** Additional description, filled in by the dispatcher. */
  Description: optText(),
  /** Result, filled in when the request is done. */
  Summary: optText(),
  /** When the request was created. */
  CreationDate: dateTime(),
  /** Planned completion. */
  FinishDate: optDateTime(),
  /** Номер лицевого счёта. */
  AccountNumber: text(),
  /** Id of the personal account. */
  AccountId: text(),
  /** Agreed time window start, if agreed with the resident. */
  TimeFrom: optText(),
  /** Agreed time window end, if agreed with the resident. */
  TimeTo: optText(),
  /** Name of the dispatcher who created it (when not created by a resident). */
  DispatcherName: optText(),
  /** Service name, for a service request. */
  Service: optText(),
  /** Service category name, for a service request. */
  ServiceCategory: optText(),
  /** Service identifier, for a service request. */
  IdentifierService: optText(),
  /** Service category identifier, for a service request. */
  IdentifierServiceCategory: optText(),
  /** Service Guid, for a service request. */
  ServiceGuid: optText(),
  /** Id of the responsible person, if assigned. */
  ResponsibleId: optText(),
  /** Id of the executor, if assigned. */
  ExecutorId: optText(),
  /** Subtype. */
  RequestType: optText(),
  /** Type. */
  WorkType: optText(),
  /** Status (e.g. «Новая», «Ожидает оплаты»). */
  Status: text(),
  /** Emergency (аварийная). */
  IsCrash: bool(),
  /** Important. */
  IsImportant: bool(),
  /** Subject to payment (подлежит оплате). */
  IsPayable: bool(),
  /** Under guarantee. */
  IsGuarantee: bool(),
  /** A complaint (жалоба). */
  IsComplaint: bool(),
  /** Justified (обоснованная). */
  IsReasonable: bool(),
  /** Repeated (повторная). */
  IsRepeated: bool(),
  /** Id of the resident (собственник). */
  ResidentId: text(),
  /** Id of the real-estate object. */
  FlatId: text(),
  /** Тип объекта of the request's object. */
  TypeObject: openEnum(OBJECT_TYPES),
  /** The resident's rating. */
  Rating: optNum(),
  /** Comment on the rating. */
  RatingComment: optText(),
  /** Paid. */
  IsPayment: bool(),
  /** Amount to pay (documented `int`; decimals are kept, never rounded). */
  PaymentSum: num(),
  /** Files from the resident. */
  Files: stringList(),
  /** Files from the executor. */
  FilesFromExecutor: stringList(),
  /** Pay-by date while the status is «Ожидает оплаты». */
  DelayedPaymentDateTime: optDateTime(),
  /** The request's original comment. */
  SourceComment: optText(),
  /** Id of the meter, when the request concerns one. */
  IdCounter: optText(),
  /** Car make. */
  CarBrand: optText(),
  /** Car model. */
  CarModel: optText(),
  /** Car plate number. */
  CarNumber: optText(),
  /** Desired date, `dd.MM.yyyy` text as sent. */
  Date: optText(),
  /** Desired time, `HH:mm` text as sent. */
  Time: optText(),
  /** Customer's phone (may differ from the resident's). */
  CurrentPhone: optText(),
  /** Customer's e-mail (may differ from the resident's). */
  CurrentEmail: optText(),
  /** Supplier's ИНН (tax id), if any. */
  ProviderInn: optText(),
  /** Initiator's surname. */
  InitiatorSurname: optText(),
  /** Initiator's name. */
  InitiatorName: optText(),
  /** Initiator's patronymic. */
  InitiatorPatronymic: optText(),
});
/** A request (ticket) as decoded. */
export type Request = z.output<typeof Request>;
