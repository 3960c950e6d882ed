import type { HandlersOf } from '@x/core/testing';
import type { invoiceOperations } from '../../operations/invoices.js';
import { EmulatorRefusal, type RecordedPayment } from '../state.js';
import { type Handler, asRecord, field, invoiceList, requiredText } from './common.js';

/** Invoice operations: one handler per entry of `invoiceOperations`, under the same key. */
export const invoiceHandlers = {
  byNumber: (ctx) =>
    invoiceList(
      ctx,
      ctx.state.byNumber(ctx.clinic, ctx.param('invoiceGuid'), ctx.param('number')),
      'byNumber',
    ),
  byPayer: (ctx) =>
    invoiceList(ctx, ctx.state.byPayer(ctx.clinic, ctx.param('FIO'), ctx.param('Birthday')), 'byPayer'),
  receive: (ctx) => {
    ctx.state.receive(ctx.clinic, ctx.param('invoiceGuid'));
    return null;
  },
  pay: (ctx) => {
    ctx.state.pay(ctx.clinic, ctx.param('invoiceGuid'), readPay(ctx.body));
    return null;
  },
  list: (ctx) =>
    invoiceList(
      ctx,
      ctx.state.legacy(ctx.clinic, ctx.param('invoiceGuid'), ctx.param('FIO'), ctx.param('Birthday')),
      'legacy',
    ),
} satisfies HandlersOf<typeof invoiceOperations, Handler>;

function readPay(body: unknown): RecordedPayment & { ParentInvoiceGuid?: string } {
  const r = asRecord(body);
  const payments = field(r, 'Payments');
  if (!Array.isArray(payments)) throw new EmulatorRefusal('PARAM', 'Не заполнен массив Payments', 400);
  const parent = field(r, 'ParentInvoiceGuid');
  return {
    checkNum: requiredText(r, 'checkNum'),
    BillDate: requiredText(r, 'BillDate'),
    cashdeskGuid: requiredText(r, 'cashdeskGuid'),
    Type: Number(field(r, 'Type')),
    Payments: payments.map((p) => {
      const pr = asRecord(p);
      const paySum = Number(field(pr, 'paySum'));
      if (!Number.isFinite(paySum) || paySum <= 0)
        throw new EmulatorRefusal('PARAM', 'Неверная сумма платежа', 400);
      return { paySum, PaymentType: Number(field(pr, 'PaymentType')) };
    }),
    ...(typeof parent === 'string' ? { ParentInvoiceGuid: parent } : {}),
  };
}
