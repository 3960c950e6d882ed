import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import type { ObjectType } from './enums.js';
import { OBJECT_TYPES } from './enums.js';
import { bool, dateTime, num, openEnum, optDateTime, optNum, optText, stringList, text } from './fields.js';

/**
 * A request id: documented as `int`, but `SetId` also accepts type "request", so an id the
 * accounting system assigned may be text. Numbers stay numbers, anything else stays text.
 */
const requestId = () => z.union([z.number(), z.string()]);

const requestSchema = z.looseObject({
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
/** Заявка (`Request` in a change record, items of `DownloadRequests`): a resident's or dispatcher's ticket. */
export interface Request {
  /** Request id: a number as documented (`int`), or text once the accounting system assigned its own. */
  Id: number | string;
  /** Usually equal to `Id`. */
  Number: string;
  /** Main description (what the resident sent, or what the dispatcher typed). */
  Title: string;
  /** Additional description, filled in by the dispatcher. */
  Description: string | null;
  /** Result, filled in when the request is done. */
  Summary: string | null;
  /** When the request was created. */
  CreationDate: string | null;
  /** Planned completion. */
  FinishDate: string | null;
  /** Номер лицевого счёта. */
  AccountNumber: string;
  /** Id of the personal account. */
  AccountId: string;
  /** Agreed time window start, if agreed with the resident. */
  TimeFrom: string | null;
  /** Agreed time window end, if agreed with the resident. */
  TimeTo: string | null;
  /** Name of the dispatcher who created it (when not created by a resident). */
  DispatcherName: string | null;
  /** Service name, for a service request. */
  Service: string | null;
  /** Service category name, for a service request. */
  ServiceCategory: string | null;
  /** Service identifier, for a service request. */
  IdentifierService: string | null;
  /** Service category identifier, for a service request. */
  IdentifierServiceCategory: string | null;
  /** Service Guid, for a service request. */
  ServiceGuid: string | null;
  /** Id of the responsible person, if assigned. */
  ResponsibleId: string | null;
  /** Id of the executor, if assigned. */
  ExecutorId: string | null;
  /** Subtype. */
  RequestType: string | null;
  /** Type. */
  WorkType: string | null;
  /** Status (e.g. «Новая», «Ожидает оплаты»). */
  Status: string;
  /** Emergency (аварийная). */
  IsCrash: boolean;
  /** Important. */
  IsImportant: boolean;
  /** Subject to payment (подлежит оплате). */
  IsPayable: boolean;
  /** Under guarantee. */
  IsGuarantee: boolean;
  /** A complaint (жалоба). */
  IsComplaint: boolean;
  /** Justified (обоснованная). */
  IsReasonable: boolean;
  /** Repeated (повторная). */
  IsRepeated: boolean;
  /** Id of the resident (собственник). */
  ResidentId: string;
  /** Id of the real-estate object. */
  FlatId: string;
  /** Тип объекта of the request's object. */
  TypeObject: ObjectType;
  /** The resident's rating. */
  Rating: number | null;
  /** Comment on the rating. */
  RatingComment: string | null;
  /** Paid. */
  IsPayment: boolean;
  /** Amount to pay (documented `int`; decimals are kept, never rounded). */
  PaymentSum: number;
  /** Files from the resident. */
  Files: string[];
  /** Files from the executor. */
  FilesFromExecutor: string[];
  /** Pay-by date while the status is «Ожидает оплаты». */
  DelayedPaymentDateTime: string | null;
  /** The request's original comment. */
  SourceComment: string | null;
  /** Id of the meter, when the request concerns one. */
  IdCounter: string | null;
  /** Car make. */
  CarBrand: string | null;
  /** Car model. */
  CarModel: string | null;
  /** Car plate number. */
  CarNumber: string | null;
  /** Desired date, `dd.MM.yyyy` text as sent. */
  Date: string | null;
  /** Desired time, `HH:mm` text as sent. */
  Time: string | null;
  /** Customer's phone (may differ from the resident's). */
  CurrentPhone: string | null;
  /** Customer's e-mail (may differ from the resident's). */
  CurrentEmail: string | null;
  /** Supplier's ИНН (tax id), if any. */
  ProviderInn: string | null;
  /** Initiator's surname. */
  InitiatorSurname: string | null;
  /** Initiator's name. */
  InitiatorName: string | null;
  /** Initiator's patronymic. */
  InitiatorPatronymic: string | null;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link Request}. */
export const Request = named<Request>()(requestSchema);
