import { allOperations } from '../operations/index.js';
import { escapeXml } from '../soap/xml.js';
import type { ParamType } from '../wire.js';

const XSD: Record<ParamType, string> = {
  string: 'xs:string',
  boolean: 'xs:boolean',
  int: 'xs:decimal',
  date: 'xs:dateTime',
  datetime: 'xs:dateTime',
};

/**
 * A document/literal WSDL for the emulated service, generated from the operation table in the
 * layout 1C publishes (SOAP 1.1 and 1.2 bindings, `soapAction` = `<namespace>#<Service>:<operation>`).
 */
export function wsdlXml(namespace: string, service: string, location: string): string {
  const ns = escapeXml(namespace);
  const ops = allOperations().map((e) => e.op);
  let elements = '';
  let messages = '';
  let portOps = '';
  let bind11 = '';
  let bind12 = '';
  for (const op of ops) {
    const params = op.meta.params
      .map(
        (p) =>
          `<xs:element name="${p.name}" type="${XSD[p.type]}" nillable="true"${p.required ? '' : ' minOccurs="0"'}/>`,
      )
      .join('');
    const ret =
      op.meta.result.kind === 'flag'
        ? 'xs:boolean'
        : op.meta.result.kind === 'bytes'
          ? 'xs:base64Binary'
          : 'core:ValueTable';
    elements += `<xs:element name="${op.wire}"><xs:complexType><xs:sequence>${params}</xs:sequence></xs:complexType></xs:element>`;
    elements += `<xs:element name="${op.wire}Response"><xs:complexType><xs:sequence><xs:element name="return" type="${ret}" nillable="true"/></xs:sequence></xs:complexType></xs:element>`;
    messages += `<message name="${op.wire}RequestMessage"><part name="parameters" element="tns:${op.wire}"/></message>`;
    messages += `<message name="${op.wire}ResponseMessage"><part name="parameters" element="tns:${op.wire}Response"/></message>`;
    portOps += `<operation name="${op.wire}"><input message="tns:${op.wire}RequestMessage"/><output message="tns:${op.wire}ResponseMessage"/></operation>`;
    const action = `${ns}#${escapeXml(service)}:${op.wire}`;
    bind11 += `<operation name="${op.wire}"><soapbind:operation style="document" soapAction="${action}"/><input><soapbind:body use="literal"/></input><output><soapbind:body use="literal"/></output></operation>`;
    bind12 += `<operation name="${op.wire}"><soap12bind:operation style="document" soapAction="${action}"/><input><soap12bind:body use="literal"/></input><output><soap12bind:body use="literal"/></output></operation>`;
  }
  const svc = escapeXml(service);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<definitions xmlns="http://schemas.xmlsoap.org/wsdl/" xmlns:soap12bind="http://schemas.xmlsoap.org/wsdl/soap12/" xmlns:soapbind="http://schemas.xmlsoap.org/wsdl/soap/" xmlns:tns="${ns}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" name="${svc}" targetNamespace="${ns}">` +
    `<types><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:core="http://v8.1c.ru/8.1/data/core" targetNamespace="${ns}" elementFormDefault="qualified">${elements}</xs:schema></types>` +
    messages +
    `<portType name="${svc}PortType">${portOps}</portType>` +
    `<binding name="${svc}SoapBinding" type="tns:${svc}PortType"><soapbind:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>${bind11}</binding>` +
    `<binding name="${svc}Soap12Binding" type="tns:${svc}PortType"><soap12bind:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>${bind12}</binding>` +
    `<service name="${svc}"><port name="${svc}Soap" binding="tns:${svc}SoapBinding"><soapbind:address location="${escapeXml(location)}"/></port>` +
    `<port name="${svc}Soap12" binding="tns:${svc}Soap12Binding"><soap12bind:address location="${escapeXml(location)}"/></port></service>` +
    '</definitions>'
  );
}
