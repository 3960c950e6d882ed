import type * as zc from 'zod/v4/core';

/**
 * A schema whose output and input read as named types. It is zod's own `$ZodType<Output, Input>`
 * (same parameter order), so `InputOf`/`OutputOf` and IDE hovers show the name, not the schema's
 * expanded inferred type.
 */
export type NamedSchema<Out, In = unknown> = zc.$ZodType<Out, In>;

/**
 * `true` when `A` and `B` are the same type; mutual assignability is not enough here (an extra
 * optional field, `any` or a `readonly` difference make them unequal).
 */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * Empty when the schema infers exactly `Out` and `In` (`In` = `unknown`: the input is not named, as
 * for a result whose wire shape users never write); otherwise a tuple that names the mismatch.
 */
export type NamedCheck<S extends zc.$ZodType, Out, In> =
  Equal<zc.output<S>, Out> extends true
    ? Equal<In, unknown> extends true
      ? []
      : Equal<zc.input<S>, In> extends true
        ? []
        : [error: 'the named input type differs from what the schema accepts', schemaInput: zc.input<S>]
    : [error: 'the named output type differs from what the schema produces', schemaOutput: zc.output<S>];

/**
 * Gives a schema named output and input types, checked at compile time to be exactly what the
 * schema infers, so the documented interface and the schema cannot drift apart. At run time it
 * returns the schema itself.
 *
 * @example
 * ```ts
 * export interface PayInput { invoiceGuid: string; checkNum: string }
 * export const PayInput = named<z.output<typeof payInputSchema>, PayInput>()(payInputSchema);
 * ```
 */
export function named<Out, In = unknown>(): <S extends zc.$ZodType>(
  schema: S,
  ...exact: NamedCheck<S, Out, In>
) => NamedSchema<Out, In> {
  return ((schema: zc.$ZodType) => schema) as unknown as <S extends zc.$ZodType>(
    schema: S,
    ...exact: NamedCheck<S, Out, In>
  ) => NamedSchema<Out, In>;
}
