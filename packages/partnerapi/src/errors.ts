import { ApiError, type ApiErrorInit } from '@x/core';

/**
 * Stable codes for the failures the PartnerAPI document names, so callers need not match Russian text.
 * - `invalid_registration_number`: «Не корректный регистрационный номер»
 * - `empty_client_name`: «Наименование добавляемого клиента не должно быть пустым»
 * - `missing_region`: «При добавлении клиента не указан регион»
 * - `missing_client_reference`: «При изменении клиентов необходимо указать ссылку на изменяемого клиента»
 * - `fault`: any other SOAP Fault
 * - `result_code`: a non-success `ResultCode` inside the answer
 */
export type PartnerApiErrorReason =
  | 'invalid_registration_number'
  | 'empty_client_name'
  | 'missing_region'
  | 'missing_client_reference'
  | 'fault'
  | 'result_code';

/** Fields of a {@link PartnerApiError}. */
export interface PartnerApiErrorInit extends ApiErrorInit {
  /** The stable code for the vendor's message. */
  reason: PartnerApiErrorReason;
  /** The SOAP fault code as sent (`soap:Receiver`, `soap:Server`...), when the answer was a Fault. */
  faultCode?: string | undefined;
}

/**
 * The PartnerAPI refused the call with a SOAP Fault (or a non-success result code). `vendorCode` is
 * the fault code, `vendorMessage` the decoded message, `reason` a stable code for documented messages.
 */
export class PartnerApiError extends ApiError {
  /** @internal */
  static override readonly brand: symbol = Symbol.for('@x/partnerapi/error/PartnerApiError');
  /** Stable code of the failure; see {@link PartnerApiErrorReason}. */
  readonly reason: PartnerApiErrorReason;
  /** The SOAP fault code as sent. */
  readonly faultCode: string | undefined;
  constructor(message: string, init: PartnerApiErrorInit) {
    super(message, init);
    this.reason = init.reason;
    this.faultCode = init.faultCode;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), reason: this.reason, faultCode: this.faultCode };
  }
}

const KNOWN: readonly [RegExp, PartnerApiErrorReason][] = [
  [/не\s*корректный\s+регистрационный\s+номер/i, 'invalid_registration_number'],
  [/наименование\s+добавляемого\s+клиента\s+не\s+должно\s+быть\s+пустым/i, 'empty_client_name'],
  [/при\s+добавлении\s+клиента\s+не\s+указан\s+регион/i, 'missing_region'],
  [/необходимо\s+указать\s+ссылку\s+на\s+изменяемого\s+клиента/i, 'missing_client_reference'],
];

/**
 * Maps a vendor message to its stable reason. 1C wraps module errors in context
 * (`Ошибка при вызове метода контекста (…): <text>`), so messages are matched anywhere in the text.
 */
export function reasonOf(message: string): PartnerApiErrorReason | undefined {
  for (const [re, reason] of KNOWN) if (re.test(message)) return reason;
  return undefined;
}

/** The documented messages, keyed by reason (the emulator answers with these exact texts). */
export const DOCUMENTED_MESSAGES = {
  invalid_registration_number: 'Не корректный регистрационный номер',
  empty_client_name: 'Наименование добавляемого клиента не должно быть пустым',
  missing_region: 'При добавлении клиента не указан регион',
  missing_client_reference: 'При изменении клиентов необходимо указать ссылку на изменяемого клиента',
} as const;
