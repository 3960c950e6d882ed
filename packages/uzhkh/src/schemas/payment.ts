import * as z from 'zod/mini';
import { bool, dateTime, id, num, optNum, optText, text } from './fields.js';

/** Оплата (`Payment` in a change record, items of `DownloadPayments`). Sums are never rounded. */
export const Payment = z.looseObject({
  Sum: num(),
  Commission: optNum(),
  AccountNumber: text(),
  AccountId: text(),
  DateTime: dateTime(),
  Id: id(),
  /** Accrual month `MM.yyyy` when an accrual is paid (possibly in part). */
  AccrualDate: optText(),
  /** Paid services, comma-separated. */
  ServiceTitle: optText(),
  IdRequest: optText(),
  /** Bank transaction id. */
  OrderId: optText(),
  /** The platform's number given before acquiring. */
  OrderNumber: optText(),
  /** `true`: a service or request is paid; `false`: a balance top-up. */
  IsRequest: bool(),
  FromWeb: bool(),
  FromMobile: bool(),
  IsInsurance: bool(),
  /** Insurance period as text, e.g. «декабрь 2022». */
  InsurancePeriod: optText(),
  InsuranceNumber: optText(),
  InsuranceId: optText(),
  IsAutopay: bool(),
  ContractorName: optText(),
});
/** A payment as decoded. */
export type Payment = z.output<typeof Payment>;
