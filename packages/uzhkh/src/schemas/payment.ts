import * as z from 'zod/mini';
import { bool, dateTime, id, num, optNum, optText, text } from './fields.js';

/** Оплата (`Payment` in a change record, items of `DownloadPayments`). Sums are never rounded. */
export const Payment = z.looseObject({
  /** Amount paid. */
  Sum: num(),
  /** Commission (documented `decimal`, but optional), `null` when absent. */
  Commission: optNum(),
  /** Номер лицевого счёта the payment is for. */
  AccountNumber: text(),
  /** Id of the personal account. */
  AccountId: text(),
  /** When the payment was made. */
  DateTime: dateTime(),
  /** Payment id. */
  Id: id(),
  /** Accrual month `MM.yyyy` when an accrual is paid (possibly in part). */
  AccrualDate: optText(),
  /** Paid services, comma-separated. */
  ServiceTitle: optText(),
  /** Id of the paid request (заявка), if any. */
  IdRequest: optText(),
  /** Bank transaction id. */
  OrderId: optText(),
  /** The platform's number given before acquiring. */
  OrderNumber: optText(),
  /** `true`: a service or request is paid; `false`: a balance top-up. */
  IsRequest: bool(),
  /** Paid from the web cabinet. */
  FromWeb: bool(),
  /** Paid from the mobile app. */
  FromMobile: bool(),
  /** An insurance payment. */
  IsInsurance: bool(),
  /** Insurance period as text, e.g. «декабрь 2022». */
  InsurancePeriod: optText(),
  /** Insurance policy number, for an insurance payment. */
  InsuranceNumber: optText(),
  /** Id of the insurance offer. */
  InsuranceId: optText(),
  /** Paid by autopayment. */
  IsAutopay: bool(),
  /** Contractor name (for a balance top-up, if any). */
  ContractorName: optText(),
});
/** A payment as decoded. */
export type Payment = z.output<typeof Payment>;
