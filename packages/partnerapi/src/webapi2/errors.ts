import { ApiError, type ApiErrorInit, AuthError, RateLimitError } from '@x/core';
import { prefix } from '@x/core/internal';

/** The `ResultCode` of a successful answer; every other code is a failure. */
export const SUCCESS = 'SUCCESS';

/** Fields of a {@link PartnerWebApi2Error}. */
export interface PartnerWebApi2ErrorInit extends ApiErrorInit {
  /** The `ResultCode` exactly as the server sent it. */
  resultCode: string;
}

/**
 * PartnerWebAPI2 answered with a `ResultCode` other than `SUCCESS` (neither a limit nor an
 * authorisation code). `resultCode` is the server's code as sent, the stable value to switch on;
 * `vendorMessage` the server's text from `ResultData`. Codes are an open set: an unknown code is
 * still this error, never data.
 */
export class PartnerWebApi2Error extends ApiError {
  /** @internal */
  static override readonly brand: symbol = Symbol.for('@x/partnerapi/error/PartnerWebApi2Error');
  /** The server's `ResultCode`, e.g. `PARAM_NOT_EXIST`. */
  readonly resultCode: string;
  constructor(message: string, init: PartnerWebApi2ErrorInit) {
    super(message, init);
    this.resultCode = init.resultCode;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), resultCode: this.resultCode };
  }
}

/** Codes (and texts) that mean the hourly operation budget is spent. */
const LIMIT = /LIMIT/i;
const LIMIT_TEXT = /лимит/i;
/** Codes (and texts) that mean the account may not do this. */
const AUTH = /AUTH|ACCESS|PERMISSION|FORBIDDEN|DENIED|RIGHTS/i;
const AUTH_TEXT = /авториз|недостаточно\s+прав|доступ\s+запрещ/i;

/** Milliseconds until the next full hour: the budgets are per hour. */
export function untilNextHour(now: number): number {
  return 3_600_000 - (now % 3_600_000);
}

/**
 * The error for a non-SUCCESS `ResultCode`: a limit code → RateLimitError (with the time to the
 * next hour, so the transport does not retry within the hour), an authorisation code → AuthError,
 * anything else → {@link PartnerWebApi2Error}.
 */
export function resultCodeError(
  code: string,
  text: string,
  operation: string,
  now: number = Date.now(),
): ApiError {
  const shown = text ? `: ${text}` : '';
  const init = { operation, vendorCode: code, vendorMessage: text };
  if (LIMIT.test(code) || LIMIT_TEXT.test(text)) {
    const retryAfterMs = untilNextHour(now);
    return new RateLimitError(
      `${prefix(operation)}PartnerWebAPI2 refused the call with ${code}${shown}; the hourly budget of this operation is spent, call again in the next hour.`,
      { ...init, retryAfterMs },
    );
  }
  if (AUTH.test(code) || AUTH_TEXT.test(text)) {
    return new AuthError(
      `${prefix(operation)}PartnerWebAPI2 refused the call with ${code}${shown}; the user needs administrator rights in the partner's 1С-Коннект cabinet.`,
      init,
    );
  }
  return new PartnerWebApi2Error(
    `${prefix(operation)}PartnerWebAPI2 refused the call with ${code}${shown}; correct the request as the message says.`,
    { ...init, resultCode: code },
  );
}
