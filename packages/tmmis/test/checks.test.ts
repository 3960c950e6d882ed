import { ApiError, ResponseError } from '@x/core';
import { checkInvoice } from '@x/tmmis';
import { TmmisEmulator, generateInvoice } from '@x/tmmis/testing';
import { describe, expect, it } from 'vitest';
import { DESK, useHarness } from './harness.js';

const { server, fresh } = useHarness();

const broken = generateInvoice({
  overrides: {
    invoiceNumber: 'BAD-1',
    Services: [{ smCode: 'A', smName: 'A', Tax: 20, smCount: 2, smPrice: 100, smCost: 150 }],
    invoiceSum: 300,
  },
});

describe('consistency checks', () => {
  it('generates consistent invoices with N lines', () => {
    for (const lines of [1, 5, 40]) {
      const inv = generateInvoice({ lines, seed: lines });
      expect(inv.Services).toHaveLength(lines);
      const sum = inv.Services.reduce((s, l) => s + Math.round(l.smCost! * 100), 0) / 100;
      expect(
        checkInvoice({
          ...inv,
          Type: 1,
          invoiceSum: sum,
          paySum: sum,
          Services: inv.Services.map((l) => ({ ...l, smCost: l.smCost! })),
        }),
      ).toEqual([]);
    }
  });

  it('names each broken rule', () => {
    const problems = checkInvoice({
      Type: 3,
      invoiceSum: 300,
      paySum: 400,
      Services: [{ smCount: 2, smPrice: 100, smCost: 150 }],
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/smCost 150/);
    expect(problems.join('\n')).toMatch(/ParentInvoiceGuid/);
  });

  it('are off by default and on with consistencyChecks', async () => {
    const { emulator, client } = fresh();
    emulator.addInvoice(broken);
    await expect(client.invoices.byNumber({ number: 'BAD-1' })).resolves.toMatchObject({
      invoices: [{ invoiceSum: 300 }],
    });
    server.resetHandlers();
    const checked = fresh({}, { consistencyChecks: true });
    checked.emulator.addInvoice(broken);
    const error = await checked.client.invoices.byNumber({ number: 'BAD-1' }).catch((e) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.message).toMatch(/consistency/);
  });

  it('strict emulator refuses inconsistent seeds and overpayments', async () => {
    expect(() => new TmmisEmulator({ strict: true }).addInvoice(broken)).toThrow(/strict mode/);
    expect(() => new TmmisEmulator().addInvoice(generateInvoice({ overrides: { Type: 3 } }))).toThrow(
      /ParentInvoiceGuid/,
    );
    const { emulator, client } = fresh({ strict: true });
    emulator.seed({ cashDesks: [{ Guid: DESK, Name: 'K' }] });
    const inv = emulator.addInvoice(generateInvoice());
    const error = await client.invoices
      .pay({
        invoiceGuid: inv.invoiceGuid,
        checkNum: '1',
        BillDate: '2026-01-01',
        cashdeskGuid: DESK,
        Type: 1,
        Payments: [{ paySum: inv.invoiceCents / 100 + 1, PaymentType: 1 }],
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.vendorCode).toBe('SUM');
    expect(emulator.invoice(inv.invoiceGuid)!.status).toBe('created');
  });
});
