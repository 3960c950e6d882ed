import { defineOperation } from '@x/core';
import { CashDeskInput } from '../schemas/cash-desk.js';
import { CommandResult } from '../schemas/operation-result.js';
import { cashDeskBody } from '../wire.js';
import { commandMeta } from './meta.js';

/** The cash-desk directory operation, keyed by SDK method name. */
export const cashDeskOperations = {
  /**
   * Registers (or updates, by `Guid`) one cash desk of the 1C directory.
   * Wire: `POST api/paidServices/IntegrationInvoice/CashDesk` (section 4).
   */
  register: defineOperation({
    wire: 'CashDesk',
    idempotent: false,
    verify:
      'ask the ТМ:МИС administrator whether the cash desk with this Guid is in the directory (the API cannot read the directory back); sending the same Guid again replaces the entry rather than adding one',
    input: CashDeskInput,
    output: CommandResult,
    doc: 'Registers one cash desk of the 1C directory (Guid, Name, Code, validity dates).',
    meta: commandMeta('CashDesk', [], (input) => cashDeskBody(input as Parameters<typeof cashDeskBody>[0])),
  }),
};
