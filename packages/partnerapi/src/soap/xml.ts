/** XML text helpers shared by the envelope builder, both decoders and the emulator. */

// CR is escaped too: XML parsers turn a literal CR (and CRLF) into LF; a character reference survives.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
};
const ESCAPE_RE = /[&<>"'\r]/g;
// A non-global twin for testing: `test` on a global regex is stateful (lastIndex).
const NEEDS_ESCAPE = /[&<>"'\r]/;
// Characters XML 1.0 cannot carry at all, even escaped (C0 controls except tab, LF, CR; lone surrogates; U+FFFE/F).
// Kept as a string: a regex literal would contain control characters, which the linter forbids.
const INVALID_SOURCE =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const INVALID_RE = new RegExp(INVALID_SOURCE);

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_RE, (c) => ESCAPES[c]!) : text;
}

/** True when `text` holds a character XML 1.0 cannot represent. */
export function hasInvalidXmlChar(text: string): boolean {
  return INVALID_RE.test(text);
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes the five predefined entities and character references. Anything else (a DTD-declared
 * entity) is left as written: this SDK never expands custom entities.
 */
export function unescapeXml(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  // A hand-written loop: answers escape many cells (`&amp;`, `&lt;`...) and a regex replace with a
  // callback costs several times more per cell.
  let out = '';
  let from = 0;
  while (amp !== -1) {
    const semi = text.indexOf(';', amp + 1);
    if (semi === -1 || semi - amp > 10) {
      amp = text.indexOf('&', amp + 1);
      continue;
    }
    const ref = text.slice(amp + 1, semi);
    let rep: string | undefined;
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code =
        ref.charCodeAt(1) === 120 /* x */
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      if (/^#(x[0-9a-fA-F]{1,6}|[0-9]{1,7})$/.test(ref) && code > 0 && code <= 0x10ffff)
        rep = String.fromCodePoint(code);
    } else rep = NAMED[ref];
    if (rep === undefined) {
      amp = text.indexOf('&', amp + 1);
      continue;
    }
    out += text.slice(from, amp) + rep;
    from = semi + 1;
    amp = text.indexOf('&', from);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Element names that must never become object keys: they would reach Object.prototype. */
export function isDangerousName(name: string): boolean {
  return name === '__proto__' || name === 'constructor' || name === 'prototype';
}

/** Strips a namespace prefix (`m:return` → `return`). */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
}

/**
 * True when the document's root element is closed at its end. fast-xml-parser accepts a document
 * whose closing tags never came, so an answer cut short on a clean connection end (a proxy, a
 * restarted front end) would otherwise decode into the rows that happened to arrive.
 */
export function isComplete(text: string): boolean {
  return isCompleteParts(text, text);
}

/** How much of a document's end {@link isCompleteParts} needs at most. */
export const COMPLETE_TAIL = 16384;

/**
 * {@link isComplete} for a document seen in pieces: `start` holds its beginning through the root
 * element's open tag, `end` its last {@link COMPLETE_TAIL} characters (or all of it when shorter).
 */
export function isCompleteParts(start: string, end: string): boolean {
  let i = start.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    i = start.indexOf('<', i);
    if (i === -1) return false;
    const skip = start.startsWith('<?', i) ? '?>' : start.startsWith('<!--', i) ? '-->' : undefined;
    if (skip === undefined) break;
    const stop = start.indexOf(skip, i);
    if (stop === -1) return false;
    i = stop + skip.length;
  }
  // The root's name is within 8 KiB of the start, so `name.length + 4096` < COMPLETE_TAIL.
  const open = /^<([\w.:-]+)[^>]*?(\/?)>/.exec(start.slice(i, i + 8192));
  if (!open) return false;
  if (open[2] === '/') return true;
  const name = open[1]!;
  const tail = end.slice(-(name.length + 4096)).trimEnd();
  return (
    tail.endsWith('>') &&
    new RegExp(`</${name.replace(/\./g, '\\.')}\\s*>$`).test(tail.slice(-(name.length + 64)))
  );
}
