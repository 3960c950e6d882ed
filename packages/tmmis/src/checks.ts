/**
 * Optional arithmetic checks on invoices (off by default in the client; on in the emulator's strict
 * mode). Comparisons allow half a kopeck of floating-point noise; values themselves are never rounded.
 */

/** Which checks to run. */
export interface ConsistencyChecks {
  /** `smCost` = `smPrice` × `smCount` on every line. */
  lineCost: boolean;
  /** `invoiceSum` = Σ `smCost`. */
  invoiceSum: boolean;
  /** `paySum` (still due) ≤ `invoiceSum`. */
  paySum: boolean;
  /** A refund (`Type` 3) names its `ParentInvoiceGuid`. */
  refundParent: boolean;
}

/** Every check on. */
export const ALL_CHECKS: ConsistencyChecks = {
  lineCost: true,
  invoiceSum: true,
  paySum: true,
  refundParent: true,
};

/** The invoice fields the checks read. */
export interface CheckableInvoice {
  /** Invoice GUID; only used to name the invoice in problem messages. */
  invoiceGuid?: string | undefined;
  /** Document type: 1 = Счёт-заказ (order), 3 = Счёт-возврат (refund, which needs a parent). */
  Type: number;
  /** Parent (paid) invoice of a refund; the `refundParent` check requires it when `Type` is 3. */
  ParentInvoiceGuid?: string | null | undefined;
  /** Amount still to pay; the `paySum` check requires it not to exceed `invoiceSum`. */
  paySum: number;
  /** Invoice total; the `invoiceSum` check compares it with the sum of the lines' `smCost`. */
  invoiceSum: number;
  /**
   * Invoice lines (`Services`): quantity `smCount`, unit price `smPrice` and line total `smCost`,
   * which the `lineCost` check compares with `smPrice × smCount`.
   */
  Services: readonly {
    /** Quantity of the service. */
    smCount: number;
    /** Line total after discount. */
    smCost: number;
    /** Unit price after discount. */
    smPrice: number;
  }[];
}

const HALF_KOPECK = 0.005;
const same = (a: number, b: number) => Math.abs(a - b) < HALF_KOPECK;

/** Resolves the `consistencyChecks` option. */
export function resolveChecks(
  option: boolean | Partial<ConsistencyChecks> | undefined,
): ConsistencyChecks | undefined {
  if (!option) return undefined;
  if (option === true) return ALL_CHECKS;
  return { lineCost: false, invoiceSum: false, paySum: false, refundParent: false, ...option };
}

/** Problems found in one invoice; empty when it is consistent. */
export function checkInvoice(invoice: CheckableInvoice, checks: ConsistencyChecks = ALL_CHECKS): string[] {
  const problems: string[] = [];
  if (checks.lineCost) {
    invoice.Services.forEach((line, i) => {
      const expected = line.smPrice * line.smCount;
      if (!same(line.smCost, expected)) {
        problems.push(
          `Services.${i}: smCost ${line.smCost} ≠ smPrice ${line.smPrice} × smCount ${line.smCount}`,
        );
      }
    });
  }
  if (checks.invoiceSum && invoice.Services.length > 0) {
    const total = invoice.Services.reduce((sum, line) => sum + line.smCost, 0);
    if (!same(invoice.invoiceSum, total)) {
      problems.push(`invoiceSum ${invoice.invoiceSum} ≠ Σ smCost ${Number(total.toFixed(6))}`);
    }
  }
  if (checks.paySum && invoice.paySum - invoice.invoiceSum >= HALF_KOPECK) {
    problems.push(`paySum ${invoice.paySum} exceeds invoiceSum ${invoice.invoiceSum}`);
  }
  if (checks.refundParent && invoice.Type === 3 && !invoice.ParentInvoiceGuid) {
    problems.push('a refund invoice (Type 3) has no ParentInvoiceGuid');
  }
  return problems;
}
