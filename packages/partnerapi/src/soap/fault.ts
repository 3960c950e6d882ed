import { type XmlNode, child, children, textOf } from './parse.js';
import { unescapeXml } from './xml.js';

/** A SOAP Fault as read from either envelope version. */
export interface SoapFault {
  /** `soap:Receiver`, `soap:Sender` (1.2) or `soap:Server`, `soap:Client` (1.1), subcodes appended after `/`. */
  code: string;
  /** The reason text, decoded. */
  message: string;
}

/** Reads a Fault element (the parser has already removed namespace prefixes from element names). */
export function readFault(fault: XmlNode): SoapFault {
  // SOAP 1.1
  const faultcode = child(fault, 'faultcode');
  if (faultcode !== undefined || child(fault, 'faultstring') !== undefined) {
    return {
      code: unescapeXml(textOf(faultcode)).trim(),
      message: unescapeXml(textOf(child(fault, 'faultstring'))).trim(),
    };
  }
  // SOAP 1.2: Code/Value (+ Subcode/Value...), Reason/Text (one per language; the first is used)
  const codes: string[] = [];
  for (let c = child(fault, 'Code'); c !== undefined; c = child(c, 'Subcode')) {
    const v = unescapeXml(textOf(child(c, 'Value'))).trim();
    if (v) codes.push(v);
  }
  const text = children(child(fault, 'Reason'), 'Text')[0];
  return { code: codes.join('/'), message: unescapeXml(textOf(text)).trim() };
}
