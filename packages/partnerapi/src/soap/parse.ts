import { XMLParser } from 'fast-xml-parser';
import { UnsafeXmlError, assertFewReferences, assertNoDtd } from './limits.js';
import { isComplete } from './xml.js';

export { MAX_REFERENCES, UnsafeXmlError, assertFewReferences, assertNoDtd } from './limits.js';

/** A parsed element as fast-xml-parser returns it (attributes prefixed `@_`, text under `#text`). */
export type XmlNode = string | { [key: string]: XmlNode | XmlNode[] | undefined };

/** Elements that repeat and must always be arrays, whatever their count. */
const REPEATED = new Set(['column', 'row', 'Value', 'Property', 'Type', 'return', 'Text']);

/** Deepest nesting accepted; real answers are about 8 levels deep. */
export const MAX_DEPTH = 64;

/**
 * fast-xml-parser set up for untrusted input: no entity expansion (the five predefined entities
 * and character references are decoded by us), declarations and processing instructions ignored,
 * nesting bounded, values left as text. Documents with a DTD are refused before parsing
 * ({@link assertNoDtd}).
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_DEPTH,
  isArray: (name) => REPEATED.has(name),
});

/** Parses a whole document with the safe settings above; a document cut short is an error. */
export function parseXml(text: string): Record<string, XmlNode | XmlNode[] | undefined> {
  assertNoDtd(text);
  assertFewReferences(text);
  if (!isComplete(text)) throw new Error('the document ends before its root element is closed (cut short)');
  return parser.parse(text) as Record<string, XmlNode | XmlNode[] | undefined>;
}

/** The child elements of a node (attributes and text left out), in document order of first appearance. */
export function childEntries(node: XmlNode | undefined): [string, XmlNode[]][] {
  if (node === undefined || typeof node === 'string') return [];
  const out: [string, XmlNode[]][] = [];
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('@_') || k === '#text' || v === undefined) continue;
    out.push([k, Array.isArray(v) ? v : [v]]);
  }
  return out;
}

/** The first child element named `name`. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  if (node === undefined || typeof node === 'string') return undefined;
  const v = node[name];
  return Array.isArray(v) ? v[0] : v;
}

/** All child elements named `name`. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (node === undefined || typeof node === 'string') return [];
  const v = node[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Text content of a node ("" for an element with no text). Still escaped. */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node;
  const t = node['#text'];
  return typeof t === 'string' ? t : '';
}

/** An attribute by local name (prefixes are removed by the parser). */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  if (node === undefined || typeof node === 'string') return undefined;
  const v = node[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}

/** True for an element with `xsi:nil="true"`. */
export function isNil(node: XmlNode | undefined): boolean {
  const v = attr(node, 'nil');
  return v === 'true' || v === '1';
}

/**
 * Parses an answer and returns its SOAP `Body`. Whatever is not a well-formed, safe SOAP envelope
 * becomes the error `refuse` builds (each service words its own advice), so no caller can read
 * data out of a document that was refused, cut short or not SOAP at all.
 */
export function soapBody(
  text: string,
  refuse: (what: string, cause?: unknown) => Error,
): Exclude<XmlNode, string> {
  let doc: ReturnType<typeof parseXml>;
  try {
    doc = parseXml(text);
  } catch (error) {
    if (error instanceof UnsafeXmlError) throw refuse(`the answer was refused: ${error.message}`, error);
    // fast-xml-parser may throw non-Error values; keep a plain Error as the cause.
    const detail = error instanceof Error ? error.message : Object.prototype.toString.call(error);
    throw refuse(`the answer is not well-formed XML (${detail.slice(0, 120)})`, new Error(detail));
  }
  const body = child(child(doc as never, 'Envelope'), 'Body');
  if (body === undefined || typeof body === 'string') throw refuse('the answer is not a SOAP envelope');
  return body;
}
