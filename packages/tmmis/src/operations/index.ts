import type { Operation, Schema } from '@x/core';
import { cashDeskOperations } from './cash-desks.js';
import { invoiceOperations } from './invoices.js';
import type { TmmisMeta } from './meta.js';

export { cashDeskOperations } from './cash-desks.js';
export { invoiceOperations } from './invoices.js';
export { BASE_PATH, DEFAULT_LEGACY_PATH, type TmmisMeta } from './meta.js';

/** Every operation by client group (`invoices`, `cashDesks`): methods, emulator routing and docs come from it. */
export const operationGroups = { invoices: invoiceOperations, cashDesks: cashDeskOperations } as const;

/** Every operation with its group, for routing (emulator) and docs. */
export const allOperations: readonly {
  /** Client property holding the method: `invoices` or `cashDesks`. */
  group: string;
  /** SDK method name within the group (`byNumber`, `pay`, `register`...). */
  key: string;
  /** The operation: wire name (`ByNumber`, `Pay`, `CashDesk`...), schemas and HTTP facts in `meta`. */
  op: Operation<Schema, Schema, TmmisMeta>;
}[] = [
  ...Object.entries(invoiceOperations).map(([key, op]) => ({ group: 'invoices', key, op })),
  ...Object.entries(cashDeskOperations).map(([key, op]) => ({ group: 'cashDesks', key, op })),
];
