import {
  type CallOptions,
  type OperationMethods,
  RequestValidationError,
  type Settled,
  settleOnce,
  toKopecks,
} from '@x/core';
import type { invoiceOperations } from '../operations/invoices.js';
import type { CommandResult } from '../schemas/operation-result.js';
import type { PayInput } from '../schemas/payment.js';

/** The invoice as `ByNumber` showed it just before paying and after the answer was lost. */
export interface PaymentEvidence {
  /** The invoice paid. */
  invoiceGuid: string;
  /** Sum of this receipt's `Payments`, in roubles. */
  paid: number;
  /** `paySum` (still due) before paying. */
  dueBefore: number;
  /** `paySum` after the lost answer; `null` when `ByNumber` no longer lists the invoice. */
  dueAfter: number | null;
  /** `BillFlag` after the lost answer; `null` when the invoice is no longer listed. */
  billFlagAfter: boolean | null;
}

/** What {@link payOnce} resolves to. */
export type PaymentSettlement = Settled<CommandResult, PaymentEvidence>;

type Invoices = OperationMethods<typeof invoiceOperations>;

/**
 * `Pay` at most once, settling a lost answer through `ByNumber` (the vendor has no read of the
 * payments themselves, and `ByNumber` lists only invoices still open: Создан, Передан в кассу,
 * Частично оплачен):
 * 1. reads the invoice (`ByNumber` by GUID) and remembers `paySum`, the amount still due; an invoice
 *    that is not listed is refused before anything is sent, since a lost answer could not be settled;
 * 2. sends `Pay` once;
 * 3. when the outcome is unknown, reads the invoice again. Recorded when `BillFlag` is set, when
 *    `paySum` dropped by exactly this receipt's sum, or when the invoice left the open list and this
 *    receipt covered all that was due. Otherwise throws `PaymentOutcomeUnknownError` with both reads.
 *
 * Limits: the match is by amount, because the answers carry no receipt number (`checkNum`); another
 * cash desk paying the same amount on the same invoice between steps 1 and 3 is indistinguishable,
 * and an invoice annulled meanwhile reads like a payment in full.
 */
export function payOnce(
  invoices: Invoices,
  input: PayInput,
  options?: CallOptions,
): Promise<PaymentSettlement> {
  const operation = 'invoices.payOnce';
  const clinic = { ...(input.OGRN ? { OGRN: input.OGRN } : {}), ...(input.OID ? { OID: input.OID } : {}) };
  const read = async () => {
    const { invoices: list } = await invoices.byNumber(
      { ...clinic, invoiceGuid: input.invoiceGuid },
      { signal: options?.signal },
    );
    return list.find((i) => sameGuid(i.invoiceGuid, input.invoiceGuid));
  };
  const paid = (input.Payments ?? []).reduce((s, p) => s + (toKopecks(p.paySum) ?? 0), 0);
  return settleOnce({
    operation,
    snapshot: async () => {
      const invoice = await read();
      if (!invoice) {
        throw new RequestValidationError(
          [
            {
              path: 'invoiceGuid',
              message:
                'ByNumber does not list this invoice (it is not Создан, Передан в кассу or Частично оплачен), so a lost answer could not be settled; use invoices.pay',
            },
          ],
          { operation },
        );
      }
      return { due: toKopecks(invoice.paySum) ?? 0 };
    },
    send: () => invoices.pay(input, options),
    lookup: async (before) => {
      const after = await read();
      const evidence: PaymentEvidence = {
        invoiceGuid: input.invoiceGuid,
        paid: paid / 100,
        dueBefore: before.due / 100,
        dueAfter: after ? (toKopecks(after.paySum) ?? 0) / 100 : null,
        billFlagAfter: after ? after.BillFlag : null,
      };
      const dueAfter = after ? toKopecks(after.paySum) : undefined;
      const found = after
        ? after.BillFlag === true || (dueAfter !== undefined && before.due - dueAfter === paid)
        : paid >= before.due;
      const checked = [
        after
          ? `ByNumber ${input.invoiceGuid}: paySum ${evidence.dueBefore} before, ${evidence.dueAfter} after, BillFlag ${after.BillFlag ? 1 : 0} (this receipt: ${evidence.paid})`
          : `ByNumber ${input.invoiceGuid}: no longer listed (was due ${evidence.dueBefore}; this receipt: ${evidence.paid})`,
      ];
      return { found, checked, evidence };
    },
  });
}

function sameGuid(a: string, b: string): boolean {
  const norm = (g: string) => g.replace(/[{}]/g, '').toLowerCase();
  return norm(a) === norm(b);
}
