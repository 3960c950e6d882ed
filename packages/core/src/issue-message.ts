import type * as zc from 'zod/v4/core';

/**
 * zod/mini ships no locale, so every issue a schema did not word itself reads "Invalid input".
 * These messages say what was expected instead, from the issue alone and from the kind (never the
 * value) of what was given: validation errors and logs must not carry the user's data.
 */

/** zod/mini's message for every issue without its own. */
const BARE = 'Invalid input';

/** The value at `path` inside `root`, or `undefined`. */
function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The kind of a value, as a message names it. */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (v instanceof Date) return 'a Date';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  switch (typeof v) {
    case 'string':
      return v === '' ? 'an empty string' : 'a string';
    case 'number':
      return Number.isInteger(v) ? 'an integer' : 'a fractional number';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof v}`;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  bigint: 'a bigint',
  boolean: 'true or false',
  date: 'a Date',
  array: 'an array',
  object: 'an object',
  null: 'null',
  nan: 'NaN',
};

/** What an issue of one union branch expected, when it says so. */
function expectation(issue: zc.$ZodIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return issue.values.map((v) => JSON.stringify(v)).join(' or ');
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
      return issue.message === BARE ? undefined : issue.message;
    default:
      return undefined;
  }
}

function bound(issue: zc.$ZodIssueTooSmall | zc.$ZodIssueTooBig, word: 'least' | 'most'): string {
  const n = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  switch (issue.origin) {
    case 'string':
      return issue.code === 'too_small' && n === '1'
        ? 'must not be empty'
        : `must have at ${word} ${n} characters`;
    case 'array':
    case 'set':
      return `must have at ${word} ${n} items`;
    default: {
      const strict = issue.inclusive === false;
      if (issue.code === 'too_small') return strict ? `must be greater than ${n}` : `must be ${n} or more`;
      return strict ? `must be less than ${n}` : `must be ${n} or less`;
    }
  }
}

/**
 * A message for `issue` saying what is expected: the schema's own message when it has one,
 * otherwise one built from the issue's code. `input` is the whole value that was parsed.
 */
export function issueMessage(issue: zc.$ZodIssue, input: unknown): string {
  if (issue.message !== BARE) return issue.message;
  const given = at(input, issue.path);
  if (given === undefined && issue.code !== 'too_small' && issue.code !== 'too_big') return 'required';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${kindOf(given)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      const forms = [
        ...new Set(issue.errors.map((branch) => branch[0] && expectation(branch[0])).filter(Boolean)),
      ];
      return forms.length
        ? `expected ${forms.join(' or ')}, got ${kindOf(given)}`
        : `got ${kindOf(given)}, which matches none of the accepted forms`;
    }
    case 'too_small':
      return bound(issue, 'least');
    case 'too_big':
      return bound(issue, 'most');
    case 'invalid_format':
      return issue.format === 'regex'
        ? 'does not have the expected format'
        : `expected a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return `is not valid (${issue.code})`;
  }
}
