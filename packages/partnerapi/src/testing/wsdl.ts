import { allOperations } from '../operations/index.js';
import { V8_NS } from '../soap/envelope.js';
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
 * The part of 1C's core schema (`http://v8.1c.ru/8.1/data/core`) the answers use: ValueTable with
 * its columns, indexes and rows, and the type description of a column. 1C publishes these in every
 * WSDL of a service (its own WSDLs define them inline, as here), so a WSDL tool sees typed tables
 * instead of an unresolved `core:ValueTable`.
 */
const CORE_SCHEMA =
  `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tns="${V8_NS}" targetNamespace="${V8_NS}" attributeFormDefault="unqualified" elementFormDefault="qualified">` +
  '<xs:simpleType name="AllowedLength"><xs:restriction base="xs:string"><xs:enumeration value="Fixed"/><xs:enumeration value="Variable"/></xs:restriction></xs:simpleType>' +
  '<xs:simpleType name="AllowedSign"><xs:restriction base="xs:string"><xs:enumeration value="Any"/><xs:enumeration value="Nonnegative"/></xs:restriction></xs:simpleType>' +
  '<xs:simpleType name="DateFractions"><xs:restriction base="xs:string"><xs:enumeration value="Date"/><xs:enumeration value="Time"/><xs:enumeration value="DateTime"/></xs:restriction></xs:simpleType>' +
  '<xs:complexType name="StringQualifiers"><xs:sequence><xs:element name="Length" type="xs:unsignedInt" minOccurs="0"/><xs:element name="AllowedLength" type="tns:AllowedLength" minOccurs="0"/></xs:sequence></xs:complexType>' +
  '<xs:complexType name="NumberQualifiers"><xs:sequence><xs:element name="Digits" type="xs:unsignedInt" minOccurs="0"/><xs:element name="FractionDigits" type="xs:unsignedInt" minOccurs="0"/><xs:element name="AllowedSign" type="tns:AllowedSign" minOccurs="0"/></xs:sequence></xs:complexType>' +
  '<xs:complexType name="DateQualifiers"><xs:sequence><xs:element name="DateFractions" type="tns:DateFractions" minOccurs="0"/></xs:sequence></xs:complexType>' +
  '<xs:complexType name="TypeDescription"><xs:sequence><xs:element name="Type" type="xs:QName" minOccurs="0" maxOccurs="unbounded"/><xs:element name="NumberQualifiers" type="tns:NumberQualifiers" minOccurs="0"/><xs:element name="StringQualifiers" type="tns:StringQualifiers" minOccurs="0"/><xs:element name="DateQualifiers" type="tns:DateQualifiers" minOccurs="0"/></xs:sequence></xs:complexType>' +
  '<xs:complexType name="ValueTableColumn"><xs:sequence><xs:element name="Name" type="xs:NMTOKEN" minOccurs="0"/><xs:element name="ValueType" type="tns:TypeDescription" minOccurs="0"/><xs:element name="Title" type="xs:string" minOccurs="0"/><xs:element name="Width" type="xs:nonNegativeInteger" minOccurs="0"/></xs:sequence></xs:complexType>' +
  '<xs:complexType name="ValueTableIndex"><xs:sequence><xs:element name="column" type="xs:NMTOKEN" maxOccurs="unbounded"/></xs:sequence></xs:complexType>' +
  '<xs:complexType name="ValueTableRow"><xs:sequence><xs:element name="Value" nillable="true" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>' +
  '<xs:complexType name="ValueTable"><xs:sequence><xs:element name="column" type="tns:ValueTableColumn" minOccurs="0" maxOccurs="unbounded"/><xs:element name="index" type="tns:ValueTableIndex" minOccurs="0" maxOccurs="unbounded"/><xs:element name="row" type="tns:ValueTableRow" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>' +
  '</xs:schema>';

/**
 * A self-contained document/literal WSDL for the emulated service, generated from the operation
 * table in the layout 1C publishes (SOAP 1.1 and 1.2 bindings, `soapAction` =
 * `<namespace>#<Service>:<operation>`, the 1C core types it references defined inline).
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
    `<types>${CORE_SCHEMA}<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:core="${V8_NS}" targetNamespace="${ns}" elementFormDefault="qualified"><xs:import namespace="${V8_NS}"/>${elements}</xs:schema></types>` +
    messages +
    `<portType name="${svc}PortType">${portOps}</portType>` +
    `<binding name="${svc}SoapBinding" type="tns:${svc}PortType"><soapbind:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>${bind11}</binding>` +
    `<binding name="${svc}Soap12Binding" type="tns:${svc}PortType"><soap12bind:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>${bind12}</binding>` +
    `<service name="${svc}"><port name="${svc}Soap" binding="tns:${svc}SoapBinding"><soapbind:address location="${escapeXml(location)}"/></port>` +
    `<port name="${svc}Soap12" binding="tns:${svc}Soap12Binding"><soap12bind:address location="${escapeXml(location)}"/></port></service>` +
    '</definitions>'
  );
}
