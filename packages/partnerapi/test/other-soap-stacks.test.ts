// The emulator talks to other SOAP stacks (issue 11, item 6): node-soap builds a client from its
// WSDL, reads rows and performs a write; the operation's namespace is resolved by XML rules.
import { DEFAULT_IDS as I, PartnerApiEmulator } from '@x/partnerapi/testing';
import * as soap from 'soap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationElement } from '../src/testing/xml.js';

const NS = 'http://buhphone.com/PartnerAPI';
const AUTH = `Basic ${Buffer.from('partner:secret').toString('base64')}`;

/** The cells of a node-soap ValueTable result as `{ column: text }` records. */
function records(result: { return?: { column?: { Name: string }[]; row?: { Value: unknown[] }[] } }) {
  const names = (result.return?.column ?? []).map((c) => c.Name);
  return (result.return?.row ?? []).map((r) =>
    Object.fromEntries(
      names.map((n, i) => {
        const v = r.Value[i] as { $value?: string } | null | undefined;
        return [n, v && typeof v === 'object' ? (v.$value ?? null) : (v ?? null)];
      }),
    ),
  );
}

describe('node-soap 1.13 against the emulator, from its ?wsdl', () => {
  const emulator = new PartnerApiEmulator();
  let served: Awaited<ReturnType<PartnerApiEmulator['serve']>>;
  beforeAll(async () => {
    served = await emulator.serve();
  });
  afterAll(() => served.close());

  for (const version of ['1.1', '1.2'] as const) {
    it(`SOAP ${version}: reads rows and performs a write`, async () => {
      const client = await soap.createClientAsync(`${served.url}?wsdl`, {
        wsdl_headers: { Authorization: AUTH },
        forceSoap12Headers: version === '1.2',
        handleNilAsNull: true,
      });
      client.setSecurity(new soap.BasicAuthSecurity('partner', 'secret'));
      const port = (client as unknown as Record<string, Record<string, Record<string, unknown>>>).PartnerAPI![
        version === '1.2' ? 'PartnerAPISoap12' : 'PartnerAPISoap'
      ]!;
      const call = (op: string, args: object) =>
        new Promise<unknown>((resolve, reject) =>
          (port[op] as (a: object, cb: (e: unknown, r: unknown) => void) => void)(args, (e, r) =>
            e ? reject(e) : resolve(r),
          ),
        );

      const regions = records((await call('region_read', {})) as never);
      expect(regions.map((r) => r.region_name)).toEqual([
        'Москва',
        'Санкт-Петербург',
        'Свердловская область',
      ]);
      expect(regions[0]).toEqual({
        region_id: I.moscow,
        region_name: 'Москва',
        region_time_zone: 'Europe/Moscow',
      });

      const name = `ООО «Стек ${version}»`;
      const added = records(
        (await call('client_add_its', {
          client_name: name,
          region_id: I.spb,
          client_reg_num: version === '1.2' ? '800000012' : '800000011',
          pay_method_type_id: 2,
        })) as never,
      );
      expect(added).toHaveLength(1);
      expect(added[0]).toMatchObject({ client_name: name, region_id: I.spb });
      const stored = [...emulator.state.clients.values()].find((c) => c.client_name === name);
      expect(stored).toBeDefined();
      const req = emulator.last('client_add_its')!;
      expect(req.namespace).toBe(NS);
      expect(req.soapVersion).toBe(version);
      // node-soap declares the namespace as a default xmlns on the operation element.
      expect(req.body).toMatch(/<client_add_its xmlns="http:\/\/buhphone\.com\/PartnerAPI">/);
    });
  }

  it('the WSDL defines the 1C core types it references', async () => {
    const wsdl = await (await fetch(`${served.url}?wsdl`, { headers: { authorization: AUTH } })).text();
    expect(wsdl).toContain('<xs:import namespace="http://v8.1c.ru/8.1/data/core"/>');
    for (const type of ['ValueTable', 'ValueTableColumn', 'ValueTableRow', 'TypeDescription']) {
      expect(wsdl).toContain(`<xs:complexType name="${type}">`);
    }
    for (const ref of new Set(wsdl.match(/core:[A-Za-z]+/g))) {
      expect(wsdl).toContain(`<xs:complexType name="${ref.slice(5)}">`);
    }
  });
});

describe('the operation namespace is resolved by XML rules', () => {
  const envelope = (open: string, body: string) =>
    `<?xml version="1.0"?>${open}<soap:Body>${body}</soap:Body></soap:Envelope>`;
  const SOAP = 'xmlns:soap="http://www.w3.org/2003/05/soap-envelope"';

  it.each([
    [
      'a prefix declared on the element',
      envelope(`<soap:Envelope ${SOAP}>`, `<p:region_read xmlns:p="${NS}"/>`),
    ],
    [
      'a default xmlns under a prefixed Body',
      envelope(`<soap:Envelope ${SOAP}>`, `<region_read xmlns="${NS}"></region_read>`),
    ],
    [
      'a default namespace inherited from the Envelope',
      envelope(`<soap:Envelope ${SOAP} xmlns="${NS}">`, '<region_read/>'),
    ],
    [
      'a prefix declared on the Envelope',
      envelope(`<soap:Envelope ${SOAP} xmlns:x="${NS}">`, '<x:region_read/>'),
    ],
    [
      'a prefix declared on the Body, with comments and single quotes',
      `<soap:Envelope ${SOAP}><!-- <p:x xmlns:p="urn:wrong"/> --><soap:Body xmlns:q='${NS}'><q:region_read><q:region_id xsi:nil="true" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/></q:region_read></soap:Body></soap:Envelope>`,
    ],
  ])('%s', (_, body) => {
    expect(operationElement(body)).toEqual({ name: 'region_read', namespace: NS });
  });

  it('an inner redeclaration wins, and xmlns="" means no namespace', () => {
    expect(
      operationElement(envelope(`<soap:Envelope ${SOAP} xmlns="urn:outer">`, `<region_read xmlns="${NS}"/>`)),
    ).toEqual({ name: 'region_read', namespace: NS });
    expect(
      operationElement(envelope(`<soap:Envelope ${SOAP} xmlns="${NS}">`, '<region_read xmlns=""/>')),
    ).toEqual({ name: 'region_read', namespace: null });
  });

  it('requests in every form reach the operation through the emulator', async () => {
    const emulator = new PartnerApiEmulator();
    const forms = [
      envelope(`<soap:Envelope ${SOAP}>`, `<region_read xmlns="${NS}"/>`),
      envelope(`<soap:Envelope ${SOAP} xmlns="${NS}">`, '<region_read/>'),
      envelope(`<soap:Envelope ${SOAP} xmlns:x="${NS}">`, '<x:region_read/>'),
    ];
    for (const body of forms) {
      const res = await emulator.fetch('https://x.test/cus/ws/PartnerAPI', {
        method: 'POST',
        headers: { authorization: AUTH, 'content-type': 'application/soap+xml; charset=utf-8' },
        body,
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('region_readResponse');
    }
    expect(emulator.count('region_read')).toBe(3);
    // A request in another namespace is still refused.
    const wrong = await emulator.fetch('https://x.test/cus/ws/PartnerAPI', {
      method: 'POST',
      headers: { authorization: AUTH, 'content-type': 'application/soap+xml; charset=utf-8' },
      body: envelope(`<soap:Envelope ${SOAP} xmlns="urn:other">`, '<region_read/>'),
    });
    expect(wrong.status).toBe(500);
    expect(await wrong.text()).toContain('не найдена в пространстве имен urn:other');
  });
});
