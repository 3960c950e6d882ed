import { zDecimalRequired, zFlag, zVendorDate } from '@x/core';
import * as z from 'zod/mini';

/** Document type (`Type`): 1 = Счёт-заказ (order), 3 = Счёт-возврат (refund). */
export type InvoiceType = 1 | 3;
/** Form of payment (`PaymentType`): 1 = наличный расчёт (cash), 3 = банковская карта (card). */
export type PaymentType = 1 | 3;
/**
 * VAT rate (`Tax`): -1 = без НДС (no VAT), 0, 10, 18, 20 as documented, plus the later legal rates
 * 5, 7 and 22; any other integer the server sends is kept as a number rather than rejected.
 */
export type VatRate = -1 | 0 | 5 | 7 | 10 | 18 | 20 | 22 | (number & {});

const GUID_RE = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

/** Input GUID (`uniqueidentifier`), braces allowed. */
export const zGuidInput = () =>
  z.string().check(z.regex(GUID_RE, 'must be a GUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301'));

/** Input enum of {@link InvoiceType}. */
export const zInvoiceTypeInput = () => z.union([z.literal(1), z.literal(3)]);
/** Input enum of {@link PaymentType}. */
export const zPaymentTypeInput = () => z.union([z.literal(1), z.literal(3)]);

/** A wire integer or numeric string. */
const zWireNumber = () => zDecimalRequired();

/** Wire `Type` → {@link InvoiceType} (numeric strings accepted). */
export const zInvoiceType = () => z.pipe(zWireNumber(), z.union([z.literal(1), z.literal(3)]));
/** Wire `PaymentType` → {@link PaymentType}. */
export const zPaymentType = () => z.pipe(zWireNumber(), z.union([z.literal(1), z.literal(3)]));
/** Wire `Tax` → {@link VatRate}; unknown rates pass as numbers. */
export const zVatRate = () =>
  z.pipe(
    zWireNumber(),
    z.transform((n: number): VatRate => n),
  );

/** Money (`decimal(18, 2)`), a number exactly as sent, never rounded. */
export const zMoney = () => zDecimalRequired();

/** `bit` → boolean; an absent or empty bit reads as `false`. */
export const zBit = () =>
  z.pipe(
    zFlag(),
    z.transform((v: boolean | null) => v ?? false),
  );

/** Optional text: absent, `null` and `""` become `null`; numbers become text. */
export const zOptText = () =>
  z.pipe(
    z.optional(z.nullable(z.union([z.string(), z.number()]))),
    z.transform((v: string | number | null | undefined) =>
      v === undefined || v === null || v === '' ? null : String(v),
    ),
  );

/** Required text; numbers (e.g. an invoice number sent as a number) become text. */
export const zText = () =>
  z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v: string | number) => String(v)),
  );

/** Vendor `datetime` → ISO local string (no offset), or `null`. */
export const zDate = () => zVendorDate();

/**
 * Input money: a finite positive number with at most two decimals (`decimal(18, 2)`), so the server
 * never has to round it.
 */
export const zMoneyInput = () =>
  z.number().check(
    z.superRefine((v, ctx) => {
      if (!Number.isFinite(v) || v <= 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a positive amount', input: v });
      } else if (Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) {
        ctx.addIssue({
          code: 'custom',
          message: 'has more than 2 decimals; the server stores decimal(18, 2) and would round it',
          input: v,
        });
      }
    }),
  );
