import { ConfigError, type LogRecord } from '@x/core';
import { ENDPOINTS, PartnerApiClient } from '@x/partnerapi';
import { DEFAULT_IDS as I, PartnerApiEmulator } from '@x/partnerapi/testing';
import { mswHandlers } from '@x/partnerapi/testing/msw';
import { useMswServer } from '@x/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

describe('over msw (global fetch intercepted)', () => {
  const emulator = new PartnerApiEmulator();
  const base = 'https://cus.buhphone.com/cus/ws/PartnerAPI';
  useMswServer(...mswHandlers(emulator, base));

  it("the 'ru' preset posts to the documented URL without a trailing slash", async () => {
    const client = new PartnerApiClient({ user: 'partner', password: 'secret' });
    expect(await client.partner.read()).toHaveLength(1);
    expect(emulator.count('partner_read')).toBe(1);
  });
});

describe('over a loopback HTTP server', () => {
  let emulator: PartnerApiEmulator;
  let served: Awaited<ReturnType<PartnerApiEmulator['serve']>>;
  beforeAll(async () => {
    emulator = new PartnerApiEmulator();
    served = await emulator.serve();
  });
  afterAll(() => served.close());

  it('serves a WSDL listing all 71 operations with 1C-style SOAPActions', async () => {
    const res = await fetch(`${served.baseUrl}?wsdl`, {
      headers: { authorization: `Basic ${btoa('partner:secret')}` },
    });
    expect(res.status).toBe(200);
    const wsdl = await res.text();
    expect(wsdl.match(/<soap12bind:operation /g)).toHaveLength(71);
    expect(wsdl).toContain('soapAction="http://buhphone.com/PartnerAPI#PartnerAPI:client_add_its"');
    expect(wsdl).toContain('targetNamespace="http://buhphone.com/PartnerAPI"');
  });

  it('refuses the WSDL without credentials', async () => {
    expect((await fetch(`${served.baseUrl}?wsdl`)).status).toBe(401);
  });

  it('runs calls over real HTTP with allowHttp', async () => {
    const client = new PartnerApiClient({
      endpoint: served.baseUrl,
      user: 'partner',
      password: 'secret',
      allowHttp: true,
    });
    const [c] = await client.client.add({ client_name: 'Loopback', region_id: I.moscow });
    expect(c!.client_name).toBe('Loopback');
  });

  it('refuses plain http without allowHttp', () => {
    expect(
      () => new PartnerApiClient({ endpoint: served.baseUrl, user: 'partner', password: 'secret' }),
    ).toThrow(ConfigError);
  });
});

describe('options', () => {
  it('presets', () => {
    expect(ENDPOINTS.ru).toBe('https://cus.buhphone.com/cus/ws/PartnerAPI');
    expect(ENDPOINTS.eu).toBe('https://eu-cus.1c-connect.com/cus/ws/PartnerAPI');
  });

  it('SOAP 1.1: text/xml, SOAPAction header, 1.1 envelope', async () => {
    const { client, emulator } = fresh({}, { soapVersion: '1.1' });
    await client.region.read();
    const req = emulator.last('region_read')!;
    expect(req.soapVersion).toBe('1.1');
    expect(req.contentType).toBe('text/xml; charset=utf-8');
    expect(req.soapAction).toBe('"http://buhphone.com/PartnerAPI#PartnerAPI:region_read"');
    expect(req.body).toContain('xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"');
  });

  it('SOAP 1.2 envelope: typed operands, nil, action in Content-Type', async () => {
    const { client, emulator } = fresh();
    await client.client.read({ region_id: I.spb, include_deleted: true });
    const req = emulator.last('client_read')!;
    expect(req.contentType).toBe(
      'application/soap+xml; charset=utf-8; action="http://buhphone.com/PartnerAPI#PartnerAPI:client_read"',
    );
    expect(req.body).toContain(
      '<soap:Body><par:client_read><par:client_id xsi:nil="true"/>' +
        `<par:region_id xsi:type="xs:string">${I.spb}</par:region_id>` +
        '<par:include_deleted xsi:type="xs:boolean">true</par:include_deleted></par:client_read></soap:Body>',
    );
  });

  it('custom namespace and service name', async () => {
    const { client, emulator } = fresh(
      { namespace: 'http://buhphone.com/PartnerWebAPI2', service: 'PartnerWebAPI2' },
      { namespace: 'http://buhphone.com/PartnerWebAPI2', service: 'PartnerWebAPI2' },
    );
    await client.region.read();
    expect(emulator.last()!.soapAction).toBe(
      '"http://buhphone.com/PartnerWebAPI2#PartnerWebAPI2:region_read"',
    );
  });

  it('unqualified operands', async () => {
    const { client, emulator } = fresh({}, { operandForm: 'unqualified' });
    await client.region.read({ region_id: I.moscow });
    expect(emulator.last()!.body).toContain(`<region_id xsi:type="xs:string">${I.moscow}</region_id>`);
  });

  it('call() by wire name validates and decodes like the method', async () => {
    const { client } = fresh();
    expect(await client.call('region_read', { region_id: I.ekb })).toEqual([
      { region_id: I.ekb, region_name: 'Свердловская область', region_time_zone: 'Asia/Yekaterinburg' },
    ]);
    await expect(client.call('no_such_op')).rejects.toBeInstanceOf(ConfigError);
  });

  it('warns once when a deprecated operation is used, and never logs the password', async () => {
    const lines: LogRecord[] = [];
    const logger = {
      debug: (r: LogRecord) => lines.push(r),
      info: (r: LogRecord) => lines.push(r),
      warn: (r: LogRecord) => lines.push(r),
      error: (r: LogRecord) => lines.push(r),
    };
    const { client } = fresh({}, { logger });
    await client.dictionaries.remoteStatusTypeRead();
    await client.dictionaries.remoteStatusTypeRead();
    expect(lines.filter((l) => l.detail === 'deprecated')).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('requires credentials', () => {
    expect(() => new PartnerApiClient({ user: '', password: 'x' })).toThrow(ConfigError);
  });
});
