import { zDecimal, zDecimalRequired, zFlag, zVendorDate } from '@x/core';
import { alwaysPresent } from '@x/core/internal';
import * as z from 'zod/mini';

/**
 * Field codecs for the .NET JSON this platform sends. The document marks fields as required or
 * not and uses .NET types (`string`, `int?`, `decimal`, `DateTime?`, `bool`); these helpers turn
 * that vocabulary into schemas, so every entity file reads like the vendor's table.
 */

/*
 * Fields the document marks required are wrapped in `alwaysPresent`: an answer none of whose
 * records carries one is reported (strict: ResponseError; lenient: one warning per call) rather
 * than read as "" / false / null. Optional (`…?`) fields are not.
 */

/** Lets a key be absent and hands `undefined` to `inner`, which decides what absence means. */
const absentOk = <S extends z.ZodMiniType>(inner: S) => z.pipe(z.optional(z.unknown()), inner);

/**
 * Required text. A .NET `string` is a reference and may be serialised as `null` even where the
 * document says "required", so `null` becomes `""` and the type stays `string`.
 */
export const text = () =>
  alwaysPresent(
    z.pipe(
      absentOk(z.union([z.string(), z.number(), z.null(), z.undefined()])),
      z.transform((v) => (v === null || v === undefined ? '' : String(v))),
    ),
  );

/** Optional text: absent or `null` → `null`. */
export const optText = () =>
  z.pipe(
    absentOk(z.union([z.string(), z.number(), z.null(), z.undefined()])),
    z.transform((v): string | null => (v === null || v === undefined ? null : String(v))),
  );

/** An identifier: text, also accepted when the server sends it as a number. Must be present. */
export const id = () =>
  alwaysPresent(
    z.pipe(
      z.union([z.string(), z.number()]),
      z.transform((v) => String(v)),
    ),
  );

/** Required `int`/`decimal` (numbers, also as numeric strings with a dot or comma). */
export const num = () => alwaysPresent(zDecimalRequired());

/** Optional `int?`/`double?`/`decimal?`: absent, `null` or `""` → `null`. */
export const optNum = () => absentOk(zDecimal());

/** Required `bool`; an absent or `null` value is `false` (.NET's default for `bool`). */
export const bool = () =>
  alwaysPresent(
    z.pipe(
      absentOk(zFlag()),
      z.transform((v) => v === true),
    ),
  );

/** Optional `bool?`: keeps `null` (meaningful for IsEmployer/IsOwner outside an account). */
export const optBool = () => absentOk(zFlag());

/**
 * Required `DateTime` as an ISO local string (`2024-05-01T10:30:00`); .NET's empty
 * `0001-01-01T00:00:00` becomes `null`, so the type admits `null` rather than failing a whole page.
 */
export const dateTime = () => alwaysPresent(zVendorDate());

/** Optional `DateTime?` as an ISO local string or `null`. */
export const optDateTime = () => absentOk(zVendorDate());

/** `List<string>`: absent or `null` → `[]`. */
export const stringList = () =>
  z.pipe(
    absentOk(z.union([z.array(z.string()), z.null(), z.undefined()])),
    z.transform((v) => v ?? []),
  );

/**
 * A documented enumeration that also accepts values added later: the known values autocomplete,
 * any other string passes through unchanged.
 */
export const openEnum = <const T extends readonly string[]>(_known: T) =>
  alwaysPresent(
    z.pipe(
      z.string(),
      z.transform((v) => v as T[number] | (string & {})),
    ),
  );

/** Optional variant of {@link openEnum}. */
export const optOpenEnum = <const T extends readonly string[]>(_known: T) =>
  z.pipe(
    absentOk(z.union([z.string(), z.null(), z.undefined()])),
    z.transform((v) => (v ?? null) as T[number] | (string & {}) | null),
  );
