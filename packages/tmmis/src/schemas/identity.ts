import * as z from 'zod/mini';

/**
 * Checks an ОГРН (13 digits) or ОГРНИП (15 digits), check digit included.
 * ОГРН: the 13th digit is (first 12 digits mod 11) mod 10; ОГРНИП: the 15th is (first 14 mod 13) mod 10.
 */
export function isValidOgrn(value: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false;
  const body = value.slice(0, -1);
  const modulus = value.length === 13 ? 11n : 13n;
  return Number((BigInt(body) % modulus) % 10n) === Number(value.at(-1));
}

/** Why an ОГРН/ОГРНИП is not valid, or `undefined` when it is. */
export function ogrnProblem(value: string): string | undefined {
  if (!/^\d+$/.test(value)) return 'OGRN must contain digits only';
  if (value.length !== 13 && value.length !== 15) {
    return `OGRN must have 13 digits (ОГРН) or 15 digits (ОГРНИП), got ${value.length}`;
  }
  if (!isValidOgrn(value)) return 'OGRN check digit does not match; check the number';
  return undefined;
}

/** Input schema of an ОГРН/ОГРНИП: digits, 13 or 15 of them, with a valid check digit. */
export const zOgrn = () =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const problem = ogrnProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    }),
  );

/** Input schema of an OID of a structural division (`varchar(50)`). */
export const zOid = () => z.string().check(z.minLength(1), z.maxLength(50));

/** The clinic a call addresses when it overrides the client's defaults (every operation accepts it). */
export interface ClinicOverride {
  /** ОГРН ЛПУ (13 digits) or ОГРНИП (15 digits, check digit verified); defaults to the client's `ogrn`. */
  OGRN?: string | undefined;
  /** OID of the clinic's structural division (`varchar(50)`); defaults to the client's `oid`. */
  OID?: string | undefined;
}

/** `OGRN` and `OID` a call may carry to override the client's defaults. */
export const clinicOverrideShape = {
  /** ОГРН ЛПУ (13 digits) or ОГРНИП (15 digits); defaults to the client's `ogrn`. */
  OGRN: z.optional(zOgrn()),
  /** OID of the clinic's structural division; defaults to the client's `oid`. */
  OID: z.optional(zOid()),
};
