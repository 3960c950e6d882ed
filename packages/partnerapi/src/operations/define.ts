import { type NamedSchema, type Operation, type Schema, defineOperation } from '@x/core';
import type { NamedCheck } from '@x/core/internal';
import type * as zc from 'zod/v4/core';
import * as z from 'zod/mini';
import { type RowShape, rowSchema } from '../schemas/fields.js';
import type { Params } from '../schemas/params.js';
import type { Columns, ParamSpec, PartnerOpMeta } from '../wire.js';

type Shape<P extends Params> = { -readonly [K in keyof P]: P[K]['schema'] };
type AnyRequired<P extends Params> = true extends P[keyof P]['required'] ? true : false;

/** Input schema of an operation: optional as a whole when no operand is required. */
export type InputSchema<P extends Params> =
  AnyRequired<P> extends true
    ? z.ZodMiniObject<Shape<P>, z.core.$strict>
    : z.ZodMiniOptional<z.ZodMiniObject<Shape<P>, z.core.$strict>>;

/** Output schema of a rows operation. */
export type RowsSchema<C extends Columns> = z.ZodMiniArray<z.ZodMiniObject<RowShape<C>, z.core.$loose>>;

interface Common<P extends Params> {
  /** Wire name, exactly as the document spells it. */
  wire: string;
  doc: string;
  idempotent: boolean;
  /** Operands in the document's order. */
  params: P;
  deprecated?: string;
  /** For a write: how to check whether a call with an unknown outcome was carried out. */
  verify?: string;
}

/**
 * Wire names (operands and columns) whose values are personal data: names of clients (often
 * individuals or ИП), ФИО and birthdays of partner and client users, contacts, INN of individuals,
 * SIP subscriber numbers. Declared once here; every operation whose operands or columns include one
 * of them carries it in `personal`, and logs and errors mask it (see `logPersonalData`).
 */
export const PERSONAL_FIELDS: ReadonlySet<string> = new Set([
  'client_name',
  'client_full_name',
  'client_inn',
  'INN',
  'contact_view',
  'partner_user_name',
  'partner_user_family_name',
  'partner_user_father_name',
  'partner_user_birthday',
  'client_user_name',
  'client_user_family_name',
  'client_user_father_name',
  'client_user_birthday',
  /** The operand of partner_user_set_birthday and client_user_set_birthday. */
  'birthday',
  'abonent',
]);

function personalOf(...names: readonly (readonly string[])[]): string[] | undefined {
  const found = [...new Set(names.flat())].filter((n) => PERSONAL_FIELDS.has(n));
  return found.length > 0 ? found : undefined;
}

function inputOf<P extends Params>(params: P): InputSchema<P> {
  const shape: Record<string, z.ZodMiniType> = {};
  let required = false;
  for (const [name, p] of Object.entries(params)) {
    shape[name] = p.schema;
    required ||= p.required;
  }
  const obj = z.strictObject(shape);
  return (required ? obj : z.optional(obj)) as unknown as InputSchema<P>;
}

function specsOf(params: Params): ParamSpec[] {
  return Object.entries(params).map(([name, p]) => ({ name, type: p.type, required: p.required }));
}

/**
 * What every operation kind shares: the descriptive fields, the input schema and the operand specs
 * come from `def`; the kind brings its output schema, result spec and the names (columns) that add
 * to the operands when personal data is looked for. Both schemas are built on first use (a call, a
 * test, a generator): a client is imported and constructed without building any of them, and an
 * application that calls three operations builds three operations' schemas.
 */
function partnerOp<P extends Params, O extends Schema>(
  def: Common<P>,
  output: () => O,
  meta: Omit<PartnerOpMeta, 'params'>,
  columns: readonly string[] = [],
): Operation<InputSchema<P>, O, PartnerOpMeta> {
  let i: Schema | undefined;
  let o: O | undefined;
  return defineOperation({
    wire: def.wire,
    idempotent: def.idempotent,
    doc: def.doc,
    deprecated: def.deprecated,
    verify: def.verify,
    personal: personalOf(Object.keys(def.params), columns),
    get input() {
      i ??= inputOf(def.params);
      return i;
    },
    get output() {
      o ??= output();
      return o;
    },
    meta: { params: specsOf(def.params), ...meta },
  }) as unknown as Operation<InputSchema<P>, O, PartnerOpMeta>;
}

/** An operation answering with rows of the given columns. */
export function rowsOp<const P extends Params, const C extends Columns>(
  def: Common<P> & { columns: C; key: readonly (keyof C & string)[]; emptyOnSuccess?: boolean },
): Operation<InputSchema<P>, RowsSchema<C>, PartnerOpMeta> {
  return partnerOp(
    def,
    () => z.array(rowSchema(def.columns)) as RowsSchema<C>,
    { result: { kind: 'rows', columns: def.columns, key: def.key }, emptyOnSuccess: def.emptyOnSuccess },
    Object.keys(def.columns),
  );
}

/** An operation answering with a flag (Истина/Ложь). */
export function flagOp<const P extends Params>(
  def: Common<P>,
): Operation<InputSchema<P>, z.ZodMiniBoolean, PartnerOpMeta> {
  return partnerOp(def, () => z.boolean(), { result: { kind: 'flag' } });
}

/** An operation answering with base64Binary data, decoded to bytes. */
export function bytesOp<const P extends Params>(
  def: Common<P>,
): Operation<InputSchema<P>, z.ZodMiniCustom<Uint8Array, Uint8Array>, PartnerOpMeta> {
  return partnerOp(def, () => z.custom<Uint8Array>((v) => v instanceof Uint8Array), {
    result: { kind: 'bytes' },
  });
}

/** Input of an operation without operands: nothing, or an empty object (any key is refused). */
export type NoInput = Record<string, never>;

/**
 * Gives an operation named input and result types (what hovers, declarations and the reference
 * show), checked at compile time to be exactly what its schemas infer: a parameter or column added
 * to the table without its named type fails to compile. At run time it returns the operation itself.
 */
export function namedOp<In, Out>(): <I extends Schema, O extends Schema>(
  op: Operation<I, O, PartnerOpMeta>,
  ...exact: [...NamedCheck<I, zc.output<I>, In>, ...NamedCheck<O, Out, unknown>]
) => Operation<NamedSchema<zc.output<I>, In>, NamedSchema<Out>, PartnerOpMeta> {
  return ((op: Operation<Schema, Schema, PartnerOpMeta>) => op) as unknown as <
    I extends Schema,
    O extends Schema,
  >(
    op: Operation<I, O, PartnerOpMeta>,
    ...exact: [...NamedCheck<I, zc.output<I>, In>, ...NamedCheck<O, Out, unknown>]
  ) => Operation<NamedSchema<zc.output<I>, In>, NamedSchema<Out>, PartnerOpMeta>;
}
