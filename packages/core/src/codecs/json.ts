/**
 * JSON text → value, keeping integers that a JS number cannot hold exactly. Vendors send ids
 * (invoice numbers, 1C codes, bigint keys) as bare JSON numbers; `JSON.parse` would round
 * `12345678901234567891` to `12345678901234567000` and the id would point at another record.
 */

// Any run of 16+ digits may exceed Number.MAX_SAFE_INTEGER (9007199254740991, 16 digits). A number
// literal starts a value: at the start of the text or after `:`, `,` or `[` (whitespace between),
// so 16-digit runs inside strings (bank accounts, card masks) do not send the text through the
// slower exact scan. Text inside strings can still match; the scan then finds nothing to quote.
const LONG_DIGITS = /(?:^|[:,[])\s*-?\d{16}/;

/**
 * Parses JSON like `JSON.parse`, except that an integer literal outside the safe range
 * (|n| > 2^53 − 1) becomes a string of its exact digits. Fractions and exponents stay numbers.
 * Throws `SyntaxError` on invalid JSON, as `JSON.parse` does.
 */
export function parseJsonExact(text: string): unknown {
  if (!LONG_DIGITS.test(text)) return JSON.parse(text);
  return JSON.parse(quoteUnsafeIntegers(text));
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
