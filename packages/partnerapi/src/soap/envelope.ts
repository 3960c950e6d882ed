import { escapeXml } from './xml.js';

/** SOAP envelope versions the service speaks. 1C publishes both bindings; 1.2 is the default. */
export type SoapVersion = '1.1' | '1.2';

/** XML Schema types operands are sent with (`xsi:type`). */
export type WireType = 'string' | 'boolean' | 'decimal' | 'dateTime' | 'date' | 'base64Binary';

/** One operand, already converted to its wire text (or `null`, sent as `xsi:nil="true"`). */
export interface Operand {
  /** Operand element name as the document spells it (e.g. `client_reg_num`). */
  name: string;
  /** `xsi:type` the value is sent with. */
  type: WireType;
  /** Wire text; `null` for an absent (`=void`) operand. */
  value: string | null;
}

/** Namespace URIs of the two SOAP versions. */
export const SOAP_NS: Record<SoapVersion, string> = {
  '1.1': 'http://schemas.xmlsoap.org/soap/envelope/',
  '1.2': 'http://www.w3.org/2003/05/soap-envelope',
};
/** XML Schema namespace. */
export const XS_NS = 'http://www.w3.org/2001/XMLSchema';
/** XML Schema instance namespace (`xsi:type`, `xsi:nil`). */
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
/** 1C's namespace of ValueTable, Structure and friends. */
export const V8_NS = 'http://v8.1c.ru/8.1/data/core';

/** The `SOAPAction` 1C web services expect: `"<namespace>#<Service>:<operation>"`, quotes included. */
export function soapAction(namespace: string, service: string, operation: string): string {
  return `"${namespace}#${service}:${operation}"`;
}

/** HTTP headers of a request: `Content-Type` per SOAP version plus `SOAPAction` (sent for both versions, as 1C's own clients do). */
export function soapHeaders(version: SoapVersion, action: string): Record<string, string> {
  return version === '1.2'
    ? { 'content-type': `application/soap+xml; charset=utf-8; action=${action}`, soapaction: action }
    : { 'content-type': 'text/xml; charset=utf-8', soapaction: action };
}

/** Whether operand elements carry the service namespace (`qualified`, 1C's default) or none. */
export type OperandForm = 'qualified' | 'unqualified';

function operandXml(o: Operand, form: OperandForm): string {
  const tag = form === 'qualified' ? `par:${o.name}` : o.name;
  if (o.value === null) return `<${tag} xsi:nil="true"/>`;
  return `<${tag} xsi:type="xs:${o.type}">${escapeXml(o.value)}</${tag}>`;
}

/**
 * Builds a document/literal request: the operation element in the service namespace, each operand
 * a child element of the same namespace, typed with `xsi:type` or nil.
 */
export function buildEnvelope(
  version: SoapVersion,
  namespace: string,
  operation: string,
  operands: readonly Operand[],
  form: OperandForm = 'qualified',
): string {
  let body = '';
  for (const o of operands) body += operandXml(o, form);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<soap:Envelope xmlns:soap="${SOAP_NS[version]}" xmlns:par="${escapeXml(namespace)}" xmlns:xs="${XS_NS}" xmlns:xsi="${XSI_NS}">` +
    `<soap:Header/><soap:Body><par:${operation}>${body}</par:${operation}></soap:Body></soap:Envelope>`
  );
}
