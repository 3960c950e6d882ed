import { type XmlNode, attr, childEntries, textOf } from './parse.js';

/**
 * Typed-value helpers shared by every 1C answer decoder (PartnerAPI and its successors).
 *
 * 1C writes a value whose schema type is `anyType` as `<Value xsi:type="ValueTable|Structure|xs:…">`,
 * and it may do so once more around a value that is already typed: under `return`, inside
 * `ResultData`, inside any Structure property. A decoder that does not look through that wrapper
 * sees one record whose fields are `column` and `row`.
 */

/** Wrappers followed at most; real answers have one, a deeper chain is not an answer 1C writes. */
const MAX_WRAPPERS = 8;

/** The `xsi:type` of an element without its prefix (`ValueTable`, `Structure`, `string`), if any. */
export function bareTypeOf(node: XmlNode | undefined): string | undefined {
  const type = attr(node, 'type');
  if (type === undefined) return undefined;
  const i = type.indexOf(':');
  return i === -1 ? type : type.slice(i + 1);
}

/** The one `<Value>` child of `node` when it is the node's only content, otherwise `undefined`. */
function soleValue(node: XmlNode | undefined): XmlNode | undefined {
  const entries = childEntries(node);
  if (entries.length !== 1) return undefined;
  const [name, nodes] = entries[0]!;
  if (name !== 'Value' || nodes.length !== 1) return undefined;
  // Text beside the element would make it mixed content, not a wrapper.
  if (textOf(node).trim() !== '') return undefined;
  return nodes[0];
}

/**
 * Looks through `<Value xsi:type="…">` wrappers: returns the innermost element whose content is
 * not a single `<Value>` child (the table, Structure or scalar itself), or `node` when it is not a
 * wrapper. Works on fast-xml-parser nodes as `parseXml` produces them.
 */
export function unwrapTypedValue(node: XmlNode | undefined): XmlNode | undefined {
  let current = node;
  for (let i = 0; i < MAX_WRAPPERS; i++) {
    const inner = soleValue(current);
    if (inner === undefined) return current;
    current = inner;
  }
  return current;
}

/** True when the element holds no child elements (a text value, an empty or a nil element). */
export function isScalarNode(node: XmlNode | undefined): boolean {
  return node === undefined || typeof node === 'string' || childEntries(node).length === 0;
}
