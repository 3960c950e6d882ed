import {
  type CallOptions,
  type InputOf,
  type OperationMethods,
  type OutputOf,
  RequestValidationError,
  type Settled,
  settleOnce,
  toKopecks,
} from '@x/core';
import type { clientOperations } from '../operations/clients.js';
import type { paymentOperations } from '../operations/payments.js';

const DAY_MS = 86_400_000;

/** What a settle lookup compared: matching records in the same window before sending and after the lost answer. */
export interface MoneyEvidence {
  /** The vendor read used (`OrderPaysBetweenForAll` or `BonusesBetweenForAll`). */
  read: string;
  /** The window read, as `Date`s around the call (one day either side of the client's clock). */
  window: { StartDate: Date; StopDate: Date };
  /** What a record had to match, e.g. `{ dor_id: '1001', pay_debet: 120 }`. */
  match: Record<string, unknown>;
  /** Matching records before sending. */
  before: number;
  /** Matching records after the lost answer. */
  after: number;
  /** The records that appeared (what was found), when any. */
  found: Record<string, unknown>[];
}

/** What the AGBIS settle helpers resolve to. */
export type MoneySettlement = Settled<OutputOf<typeof paymentOperations.pay>, MoneyEvidence>;

type Payments = OperationMethods<typeof paymentOperations>;
type Clients = OperationMethods<typeof clientOperations>;

/** Input of `payments.payOnce` (that of `payments.pay`). */
export type PayOnceInput = InputOf<typeof paymentOperations.pay>;
/** Input of `payments.refundOnce` (that of `payments.refund`). */
export type RefundOnceInput = InputOf<typeof paymentOperations.refund>;
/** Input of `clients.addBonusOnce` (that of `clients.addBonus`, with `contr_id` required). */
export type AddBonusOnceInput = InputOf<typeof clientOperations.addBonus>;

function windowAround(now: number) {
  return { StartDate: new Date(now - DAY_MS), StopDate: new Date(now + DAY_MS) };
}

function countMatching<T extends Record<string, unknown>>(
  rows: readonly T[] | undefined,
  match: (row: T) => boolean,
) {
  return (rows ?? []).filter(match);
}

/**
 * Settles an order payment or refund (`PayForAll` / `ReturnPayForAll`) through
 * `OrderPaysBetweenForAll`: counts the order's records of exactly this amount (`pay_debet` for a
 * payment, `pay_kredit` for a refund) in a window of one day either side of now, sends once, and
 * after an unknown outcome counts again: one more record means it was recorded.
 */
function settleOrderMoney(
  payments: Payments,
  kind: 'pay' | 'refund',
  input: PayOnceInput,
  now: () => number,
  options: CallOptions | undefined,
): Promise<MoneySettlement> {
  const operation = kind === 'pay' ? 'agbis.payments.payOnce' : 'agbis.payments.refundOnce';
  const field = kind === 'pay' ? 'pay_debet' : 'pay_kredit';
  const window = windowAround(now());
  const dorId = String(input.dor_id);
  const amount = toKopecks(input.amount);
  const read = async () => {
    const { order_pays } = await payments.between(window, { signal: options?.signal });
    return countMatching(
      order_pays as Record<string, unknown>[] | undefined,
      (row) => String(row.dor_id) === dorId && toKopecks(row[field]) === amount,
    );
  };
  return settleOnce({
    operation,
    snapshot: read,
    send: () => (kind === 'pay' ? payments.pay(input, options) : payments.refund(input, options)),
    lookup: async (before) => {
      const after = await read();
      const evidence: MoneyEvidence = {
        read: 'OrderPaysBetweenForAll',
        window,
        match: { dor_id: dorId, [field]: input.amount },
        before: before.length,
        after: after.length,
        found: after.slice(before.length),
      };
      return {
        found: after.length > before.length,
        checked: [
          `OrderPaysBetweenForAll: ${before.length} record(s) of order ${dorId} with ${field} ${input.amount} before, ${after.length} after`,
        ],
        evidence,
      };
    },
  });
}

/**
 * `PayForAll` at most once; a lost answer is settled through `OrderPaysBetweenForAll` (see the
 * README for the matching rule and its limits).
 */
export function payOnce(
  payments: Payments,
  input: PayOnceInput,
  now: () => number,
  options?: CallOptions,
): Promise<MoneySettlement> {
  return settleOrderMoney(payments, 'pay', input, now, options);
}

/** `ReturnPayForAll` at most once; a lost answer is settled through `OrderPaysBetweenForAll`. */
export function refundOnce(
  payments: Payments,
  input: RefundOnceInput,
  now: () => number,
  options?: CallOptions,
): Promise<MoneySettlement> {
  return settleOrderMoney(payments, 'refund', input, now, options);
}

/**
 * `AddBonusForAll` at most once; a lost answer is settled through `BonusesBetweenForAll`: the
 * client's accruals of exactly this amount (and this comment, when one is given) are counted before
 * and after. `contr_id` is required, because that read finds bonuses by client id, not by card.
 */
export function addBonusOnce(
  clients: Clients,
  input: AddBonusOnceInput,
  now: () => number,
  options?: CallOptions,
): Promise<MoneySettlement> {
  const operation = 'agbis.clients.addBonusOnce';
  if (input.contr_id === undefined) {
    return Promise.reject(
      new RequestValidationError(
        [
          {
            path: 'contr_id',
            message:
              'required by addBonusOnce: BonusesBetweenForAll finds bonuses by client id, not by card; look the client up first',
          },
        ],
        { operation },
      ),
    );
  }
  const contrId = String(input.contr_id);
  const window = windowAround(now());
  const amount = toKopecks(input.amount);
  const read = async () => {
    const { bonuses } = await clients.bonusesBetween(
      { contr_id: contrId, ...window },
      { signal: options?.signal },
    );
    return countMatching(
      bonuses as Record<string, unknown>[] | undefined,
      (row) =>
        toKopecks(row.kredit) === amount &&
        (input.comment === undefined || (row.comment ?? '') === input.comment),
    );
  };
  return settleOnce({
    operation,
    snapshot: read,
    send: () => clients.addBonus(input, options),
    lookup: async (before) => {
      const after = await read();
      return {
        found: after.length > before.length,
        checked: [
          `BonusesBetweenForAll: ${before.length} accrual(s) of ${input.amount} for client ${contrId} before, ${after.length} after`,
        ],
        evidence: {
          read: 'BonusesBetweenForAll',
          window,
          match: {
            contr_id: contrId,
            kredit: input.amount,
            ...(input.comment === undefined ? {} : { comment: input.comment }),
          },
          before: before.length,
          after: after.length,
          found: after.slice(before.length),
        },
      };
    },
  });
}
