import { named } from '@x/core/internal';
import * as z from 'zod/mini';
import { bool, dateTime, id, num, optNum, optText, text } from './fields.js';

const paymentSchema = z.looseObject({
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
/** Оплата (`Payment` in a change record, items of `DownloadPayments`). Sums are never rounded. */
export interface Payment {
  /** Amount paid. */
  Sum: number;
  /** Commission (documented `decimal`, but optional), `null` when absent. */
  Commission: number | null;
  /** Номер лицевого счёта the payment is for. */
  AccountNumber: string;
  /** Id of the personal account. */
  AccountId: string;
  /** When the payment was made. */
  DateTime: string | null;
  /** Payment id. */
  Id: string;
  /** Accrual month `MM.yyyy` when an accrual is paid (possibly in part). */
  AccrualDate: string | null;
  /** Paid services, comma-separated. */
  ServiceTitle: string | null;
  /** Id of the paid request (заявка), if any. */
  IdRequest: string | null;
  /** Bank transaction id. */
  OrderId: string | null;
  /** The platform's number given before acquiring. */
  OrderNumber: string | null;
  /** `true`: a service or request is paid; `false`: a balance top-up. */
  IsRequest: boolean;
  /** Paid from the web cabinet. */
  FromWeb: boolean;
  /** Paid from the mobile app. */
  FromMobile: boolean;
  /** An insurance payment. */
  IsInsurance: boolean;
  /** Insurance period as text, e.g. «декабрь 2022». */
  InsurancePeriod: string | null;
  /** Insurance policy number, for an insurance payment. */
  InsuranceNumber: string | null;
  /** Id of the insurance offer. */
  InsuranceId: string | null;
  /** Paid by autopayment. */
  IsAutopay: boolean;
  /** Contractor name (for a balance top-up, if any). */
  ContractorName: string | null;
  /** Fields the platform sent that the document does not describe, kept as sent. */
  [field: string]: unknown;
}
/** Schema of {@link Payment}. */
export const Payment = named<Payment>()(paymentSchema);
