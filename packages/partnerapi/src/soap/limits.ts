/** The refusals both decoders apply before reading an answer (no parser needed for them). */

/** Thrown for markup the SDK refuses to process; the wire layer turns it into a ResponseError. */
export class UnsafeXmlError extends Error {}

/** Refuses documents carrying a DTD: entity declarations are the door to expansion bombs and XXE. */
export function assertNoDtd(text: string): void {
  if (text.indexOf('<!DOCTYPE') !== -1 || text.indexOf('<!ENTITY') !== -1) {
    throw new UnsafeXmlError('the answer carries a DTD, which this SDK never processes');
  }
}

/**
 * Most character and entity references (`&#65;`, `&amp;`...) accepted in one answer. A reference
 * never expands the text, but decoding millions of them costs seconds and hundreds of megabytes
 * (CVE-2026-33036 class); a 10,000-row answer carries a few tens of thousands at most.
 */
export const MAX_REFERENCES = 200_000;

/** Refuses answers with more than {@link MAX_REFERENCES} references; stops counting at the bound. */
export function assertFewReferences(text: string): void {
  let n = 0;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    if (++n > MAX_REFERENCES) {
      throw new UnsafeXmlError(
        `the answer carries more than ${MAX_REFERENCES} character or entity references`,
      );
    }
  }
}
