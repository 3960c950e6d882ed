/**
 * `@x/core/zod`: the zod/mini functions the `@x` packages call at run time, and nothing else.
 *
 * Not for users, no compatibility promise. The packages' sources import `zod/mini` and
 * `zod/v4/core` as usual; their builds (scripts/tsup.shared.mjs) point those run-time imports here,
 * so that one module serves every package. Why: in Node every public zod entry evaluates all of
 * zod's ~50 locale modules (`export * as locales`), which cost more than importing ky outright.
 * In Node (the `node` export condition) this entry is therefore a build with these functions
 * bundled in (dist/zod.node.js, no locales). Bundlers match the `module` condition first and get
 * plain re-exports of `zod/mini`, as does every other runtime: an app that uses zod itself still
 * bundles one copy of it, and tree-shaking drops the locales there anyway.
 *
 * Every name a package uses as `z.<name>` at run time must be listed here: the build fails
 * otherwise (scripts/tsup.shared.mjs), and so does core's `zod-entry` test.
 * @packageDocumentation
 */
export {
  NEVER,
  _default,
  array,
  boolean,
  compile,
  custom,
  date,
  enum,
  gte,
  instanceof,
  int,
  literal,
  looseObject,
  maxLength,
  maximum,
  minLength,
  minimum,
  nonnegative,
  null,
  nullable,
  number,
  object,
  optional,
  pipe,
  positive,
  refine,
  regex,
  safeParse,
  strictObject,
  string,
  superRefine,
  transform,
  undefined,
  union,
  unknown,
  url,
} from 'zod/mini';
