// findMissingFields skips fields with no marked field under them: the skip must never hide a
// marked field nested under unmarked records, lists, wrappers or a schema that refers to itself.
import { alwaysPresent, findMissingFields } from '@x/core/internal';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';

const Deep = z.looseObject({
  label: z.optional(z.string()),
  detail: z.optional(
    z.nullable(
      z.looseObject({
        plain: z.optional(z.number()),
        rows: z.optional(z.array(z.looseObject({ code: alwaysPresent(z.optional(z.string())) }))),
      }),
    ),
  ),
});

interface Node {
  name?: string | undefined;
  children?: Node[] | undefined;
}
const Tree: z.ZodMiniType<Node> = z.looseObject({
  name: alwaysPresent(z.optional(z.string())),
  get children() {
    return z.optional(z.array(Tree));
  },
});

describe('findMissingFields under unmarked containers', () => {
  it('finds a marked field two unmarked levels down, and only where records exist', () => {
    expect(findMissingFields(Deep, { label: 'a', detail: { plain: 1, rows: [{ other: 1 }] } })).toEqual([
      'detail.rows[].code',
    ]);
    expect(findMissingFields(Deep, { label: 'a', detail: { rows: [{ code: 'x' }] } })).toEqual([]);
    expect(findMissingFields(Deep, { label: 'a', detail: null })).toEqual([]);
  });

  it('follows a schema that refers to itself', () => {
    expect(findMissingFields(Tree, { name: 'root', children: [{ children: [{ nick: 'x' }] }] })).toEqual([
      'children[].name',
      'children[].children[].name',
    ]);
  });
});
