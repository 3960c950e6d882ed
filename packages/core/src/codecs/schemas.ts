import * as z from 'zod/mini';
import { base64ToBytes } from './base64.js';
import { parseFlag } from './boolean.js';
import { type DateInput, type VendorDateFormat, formatVendorDate, parseVendorDate } from './date.js';
import { formatDecimal, parseDecimal } from './number.js';

/**
 * zod/mini building blocks for vendor values, shared by every client. Each turns a wire value into
 * a JS value and reports a schema issue (never a thrown exception) when it cannot.
 */

function converting<I, O>(fn: (v: I) => O) {
  return z.transform<I, O>((value, ctx) => {
    try {
      return fn(value);
    } catch (error) {
      ctx.issues.push({
        code: 'custom',
        message: error instanceof Error ? error.message : String(error),
        input: value,
      });
      return z.NEVER;
    }
  });
}

type WireScalar = string | number | boolean | null | undefined;
const wireScalar = z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()]);

/** A wire scalar (string, number, boolean, null or absent) converted by `parse`. */
const fromScalar = <O>(parse: (v: WireScalar) => O) => z.pipe(wireScalar, converting(parse));

/** `"132,69"` / `"132.69"` / `132.69` → `132.69`; empty → `null`. */
export const zDecimal = () => fromScalar((v) => parseDecimal(v));

/** Like {@link zDecimal} but a missing value is an error. */
export const zDecimalRequired = () =>
  fromScalar((v) => {
    const n = parseDecimal(v);
    if (n === null) throw new RangeError('a number is required');
    return n;
  });

/** `"1"`/`"0"`/bit/`"true"` → boolean; empty → `null`. */
export const zFlag = () => fromScalar((v) => parseFlag(v));

/** Vendor date or date-time → ISO local string; empty or year 0001 → `null`. */
export const zVendorDate = () =>
  z.pipe(
    z.union([z.string(), z.null(), z.undefined()]),
    converting((v: string | null | undefined) => parseVendorDate(v)),
  );

/** base64 text → bytes. */
export const zBase64Bytes = () =>
  z.pipe(
    z.string(),
    converting((v: string) => base64ToBytes(v)),
  );

/**
 * An input date (ISO string, vendor string or `Date`) → the vendor's text layout. A `Date` is
 * written in the wall time of `timeZone`, or of the calling client's zone (`withTimeZone`).
 */
export const zDateInput = (format: VendorDateFormat, timeZone?: string) =>
  z.pipe(
    z.union([z.string(), z.date()]),
    converting((v: DateInput) => formatVendorDate(v, format, timeZone)),
  );

/** An input number → text with the vendor's decimal separator. */
export const zDecimalInput = (separator: ',' | '.' = '.') =>
  z.pipe(
    z.number(),
    converting((v: number) => formatDecimal(v, separator)),
  );
