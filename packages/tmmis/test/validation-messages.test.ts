// Validation messages say what is expected, never only "Invalid input" (issue 11, item 7).
import { cashDeskOperations, invoiceOperations } from '@x/tmmis';
import { bareMessages } from '@x/test-kit';
import { describe, expect, it } from 'vitest';

describe('ТМ:МИС validation messages', () => {
  it('no input field of any operation answers a bad value with a bare "Invalid input"', () => {
    const { fields, bare } = bareMessages({ invoices: invoiceOperations, cashDesks: cashDeskOperations });
    expect(fields).toBeGreaterThan(10);
    expect(bare).toEqual([]);
  });
});
