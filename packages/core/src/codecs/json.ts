/**
 * JSON text → value, keeping integers that a JS number cannot hold exactly. Vendors send ids
 * (invoice numbers, 1C codes, bigint keys) as bare JSON numbers; `JSON.parse` would round
 * `12345678901234567891` to `12345678901234567000` and the id would point at another record.
 */

/**
 * Parses JSON like `JSON.parse`, except that an integer literal outside the safe range
 * (|n| > 2^53 − 1) becomes a string of its exact digits. Fractions and exponents stay numbers.
 * Throws `SyntaxError` on invalid JSON, as `JSON.parse` does.
 */
export function parseJsonExact(text: string): unknown {
  // Parse first, then look for a number that may have lost digits: a walk over the parsed numbers
  // is several times cheaper than a regular-expression scan of the text, and digits inside strings
  // (bank accounts, card masks) never trigger the exact scan. Only an answer that does hold a
  // number beyond 2^53 (or an exponent that reads like one) is parsed a second time.
  const value: unknown = JSON.parse(text);
  if (!holdsUnsafeNumber(value)) return value;
  return JSON.parse(quoteUnsafeIntegers(text));
}

/**
 * Whether a parsed JSON value holds a number outside ±(2^53 − 1), Infinity included. Iterative:
 * a hostile answer nested 100,000 levels deep must not overflow the stack.
 */
function holdsUnsafeNumber(root: unknown): boolean {
  if (typeof root !== 'object' || root === null) return isUnsafe(root);
  const stack: object[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const v: unknown = node[i];
        if (typeof v === 'object') {
          if (v !== null) stack.push(v);
        } else if (isUnsafe(v)) return true;
      }
    } else {
      for (const key in node) {
        const v: unknown = (node as Record<string, unknown>)[key];
        if (typeof v === 'object') {
          if (v !== null) stack.push(v);
        } else if (isUnsafe(v)) return true;
      }
    }
  }
  return false;
}

function isUnsafe(v: unknown): boolean {
  return typeof v === 'number' && (v > Number.MAX_SAFE_INTEGER || v < -Number.MAX_SAFE_INTEGER);
}

/** Rewrites unsafe integer literals outside strings as JSON strings; everything else is copied. */
function quoteUnsafeIntegers(text: string): string {
  const parts: string[] = [];
  let copiedTo = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // Skip the string literal, escapes included.
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i += 2;
        else if (d === 0x22) break;
        else i++;
      }
      i++;
      continue;
    }
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      i++;
      while (i < n && isNumberChar(text.charCodeAt(i))) i++;
      const token = text.slice(start, i);
      if (/^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
        parts.push(text.slice(copiedTo, start), `"${token}"`);
        copiedTo = i;
      }
      continue;
    }
    i++;
  }
  if (copiedTo === 0) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

function isNumberChar(c: number): boolean {
  // digits, '.', 'e', 'E', '+', '-'
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;
}
