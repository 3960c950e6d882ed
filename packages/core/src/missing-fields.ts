import type * as zc from 'zod/v4/core';

/**
 * Documented fields that an answer lacks entirely. Vendors add fields freely (kept) and send `null`
 * for values they do not have (decoded as `null`), but a documented field that no record of an
 * answer carries at all usually means the vendor renamed it or changed the answer's shape: decoded
 * quietly it would read as `null` everywhere. So a schema marks the fields its vendor document
 * gives as always present with {@link alwaysPresent}, and `decodeOutput` reports such a field when
 * it is absent (not `null`: absent) from every record of an answer.
 *
 * Why a marker rather than the schema's optionality: the clients' codecs accept an absent value on
 * purpose (an absent .NET `bool` reads as `false`, an absent AGBIS amount as `null`), so optionality
 * in the schema says how to decode, not what the document promises.
 */

const marked = new WeakSet<object>();

/**
 * Marks a field schema as documented to be in every record of an answer, so that an answer none
 * of whose records carries the field is reported (strict: ResponseError; lenient: one warning per
 * call) instead of decoding to `null`. Returns the same schema; use it as the value of an object
 * shape's key. Leave fields the vendor document marks optional (or omits in its examples) unmarked.
 */
export function alwaysPresent<S extends zc.$ZodType>(schema: S): S {
  marked.add(schema);
  return schema;
}

/** Whether {@link alwaysPresent} marked this schema. */
export function isAlwaysPresent(schema: zc.$ZodType): boolean {
  return marked.has(schema);
}

type Def = {
  type: string;
  in?: zc.$ZodType;
  innerType?: zc.$ZodType;
  element?: zc.$ZodType;
  shape?: Record<string, zc.$ZodType>;
  options?: readonly zc.$ZodType[];
};

const defOf = (schema: zc.$ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/** Follows wrappers and pipes to the schema that reads the wire value (its input side). */
function unwrap(schema: zc.$ZodType): zc.$ZodType {
  let current = schema;
  for (let i = 0; i < 32; i++) {
    const def = defOf(current);
    if (def.type === 'pipe' && def.in) current = def.in;
    else if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'union' && def.options) {
      // `record | null` and the like: follow the one container option; a union of several shapes
      // (a record here, a list there) cannot say which fields a value should have, so it is left alone.
      const containers = def.options.filter((o) => {
        const t = defOf(unwrap(o)).type;
        return t === 'object' || t === 'array';
      });
      if (containers.length !== 1) return current;
      current = containers[0]!;
    } else return current;
  }
  return current;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** Most records looked at per level: enough to see a field anywhere, cheap on huge answers. */
const MAX_RECORDS = 10_000;

const markedBelow = new WeakMap<zc.$ZodType, boolean>();

/**
 * Whether a marked field can be found in or under `schema`: fields without one (leaves, and the
 * many nested records the documents leave unmarked) are skipped instead of gathering their values
 * from every record. Remembered per schema; a schema that refers to itself counts as having one.
 */
function hasMarkedBelow(schema: zc.$ZodType): boolean {
  const known = markedBelow.get(schema);
  if (known !== undefined) return known;
  markedBelow.set(schema, true);
  const def = defOf(unwrap(schema));
  let found = false;
  if (def.type === 'array' && def.element) found = hasMarkedBelow(def.element);
  else if (def.type === 'object' && def.shape) {
    for (const field of Object.values(def.shape)) {
      if (marked.has(field) || hasMarkedBelow(field)) {
        found = true;
        break;
      }
    }
  }
  markedBelow.set(schema, found);
  return found;
}

function walk(schema: zc.$ZodType, values: readonly unknown[], path: string, out: string[]): void {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'array' && def.element) {
    const items: unknown[] = [];
    for (const v of values) {
      if (!Array.isArray(v)) continue;
      for (const item of v) {
        if (items.length >= MAX_RECORDS) break;
        items.push(item);
      }
    }
    if (items.length > 0) walk(def.element, items, `${path}[]`, out);
    return;
  }
  if (def.type !== 'object' || !def.shape) return;
  const records = values.filter(isRecord);
  if (records.length === 0) return;
  for (const [key, field] of Object.entries(def.shape)) {
    const at = path ? `${path}.${key}` : key;
    if (marked.has(field) && !records.some((r) => Object.hasOwn(r, key))) {
      out.push(at);
      continue;
    }
    if (!hasMarkedBelow(field)) continue;
    const children = records.map((r) => (Object.hasOwn(r, key) ? r[key] : undefined));
    const present = children.filter((c) => c !== undefined && c !== null);
    if (present.length > 0) walk(field, present, at, out);
  }
}

/**
 * Paths of the fields marked {@link alwaysPresent} in `schema` that are absent from every record
 * of `value` (`invoices[].invoiceGuid`, `Items[].Id`, `dor_id`). A record is an object the schema
 * describes: the answer itself, or each element of a list in it, at any depth. Lists with no
 * records report nothing: there is nothing to miss a field from.
 */
export function findMissingFields(schema: zc.$ZodType, value: unknown): string[] {
  const out: string[] = [];
  walk(schema, [value], '', out);
  return out;
}
