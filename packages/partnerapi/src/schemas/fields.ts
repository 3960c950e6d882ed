import { parseVendorDate, zDecimal, zFlag, zVendorDate } from '@x/core';
import * as z from 'zod/mini';
import type { ColumnType, Columns } from '../wire.js';

/** A text column: `null` when the server sent nil or left the field out. */
const zText = () =>
  z.pipe(
    z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()]),
    z.transform((v: string | number | boolean | null | undefined) =>
      v === null || v === undefined ? null : String(v),
    ),
  );

/** A date column → `YYYY-MM-DD`; 1C's empty date (`01.01.0001`, "open-ended") → `null`. */
const zDateOnly = () =>
  z.pipe(
    z.union([z.string(), z.null(), z.undefined()]),
    z.transform((v: string | null | undefined, ctx) => {
      try {
        const iso = parseVendorDate(v);
        return iso === null ? null : iso.slice(0, 10);
      } catch (error) {
        ctx.issues.push({ code: 'custom', message: (error as Error).message, input: v });
        return z.NEVER;
      }
    }),
  );

const FIELDS = {
  string: zText,
  boolean: zFlag,
  integer: zDecimal,
  date: zDateOnly,
  datetime: zVendorDate,
} as const;

type FieldSchemas = { [K in ColumnType]: ReturnType<(typeof FIELDS)[K]> };

/** A result row as the vendor sends it: the columns the SDK documents, and any others kept as they came. */
export interface VendorRow {
  /** Columns the vendor adds and the SDK does not know yet, kept as sent. */
  [column: string]: unknown;
}

/** The zod shape of a row with the given columns. */
export type RowShape<C extends Columns> = { -readonly [K in keyof C]: FieldSchemas[C[K]] };

/**
 * Schema of one result row: every documented column converted to its JS type (`null` when nil or
 * absent); columns the vendor adds later are kept as they came.
 */
export function rowSchema<const C extends Columns>(columns: C): z.ZodMiniObject<RowShape<C>, z.core.$loose> {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [name, type] of Object.entries(columns)) shape[name] = FIELDS[type]();
  return z.looseObject(shape) as unknown as z.ZodMiniObject<RowShape<C>, z.core.$loose>;
}
