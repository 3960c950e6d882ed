import { ApiError, AuthError, HttpError, RequestValidationError, ResponseError } from '@x/core';
import { PartnerApiClient, PartnerApiError } from '@x/partnerapi';
import { DEFAULT_IDS as I, PartnerApiEmulator, soapFault } from '@x/partnerapi/testing';
import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.js';

const { fresh } = useHarness();

describe('SOAP Faults → PartnerApiError with stable reasons', () => {
  it('invalid registration number (server side, wrapped in 1C context)', async () => {
    const { client, emulator } = fresh();
    // Bypass client-side validation through the emulator's own rule with a number the client accepts
    // but the server refuses: the emulator is told to fault instead.
    emulator.failNext(soapFault('Не корректный регистрационный номер'));
    const error = await client.client
      .addIts({ client_name: 'X', region_id: I.moscow, client_reg_num: '600000', pay_method_type_id: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartnerApiError);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as PartnerApiError;
    expect(e.reason).toBe('invalid_registration_number');
    expect(e.faultCode).toBe('soap:Receiver');
    expect(e.vendorCode).toBe('soap:Receiver');
    expect(e.status).toBe(500);
    expect(e.vendorMessage).toBe(
      'Ошибка при вызове метода контекста (client_add_its): Не корректный регистрационный номер',
    );
    expect(e.message).toContain('[partnerapi.client.addIts]');
    expect(emulator.count('client_add_its')).toBe(1);
  });

  it('empty client name and missing region from the emulator', async () => {
    const { client } = fresh();
    const blank = await client.client
      .add({ client_name: '   ', region_id: I.moscow })
      .catch((e: unknown) => e);
    expect((blank as PartnerApiError).reason).toBe('empty_client_name');
    const noRegion = await client.client.add({ client_name: 'A', region_id: ' ' }).catch((e: unknown) => e);
    expect(noRegion).toBeInstanceOf(RequestValidationError);
    const raw = await client
      .call('client_add', { client_name: 'A', region_id: 'x' })
      .catch((e: unknown) => e);
    expect((raw as PartnerApiError).reason).toBe('fault');
    expect((raw as PartnerApiError).vendorMessage).toContain('Регион x недоступен партнеру');
  });

  it('missing client reference on edit', async () => {
    const { client, emulator } = fresh();
    emulator.failNext(soapFault('При изменении клиентов необходимо указать ссылку на изменяемого клиента'));
    const error = await client.client.edit({ client_id: 'x' }).catch((e: unknown) => e);
    expect((error as PartnerApiError).reason).toBe('missing_client_reference');
  });

  it('reads SOAP 1.1 faults too', async () => {
    const { client } = fresh({}, { soapVersion: '1.1' });
    const error = await client.client
      .add({ client_name: 'A', region_id: I.baikonur })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartnerApiError);
    expect((error as PartnerApiError).faultCode).toBe('soap:Server');
  });

  it('a write is not retried on a Fault nor on HTTP 503; a read is retried on 503', async () => {
    const { client, emulator } = fresh({}, { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 } });
    emulator.failNext({ status: 503 });
    const e = await client.client.add({ client_name: 'A', region_id: I.moscow }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HttpError);
    expect(emulator.count('client_add')).toBe(1);
    emulator.failNext({ status: 503, times: 2 });
    expect(await client.region.read()).toHaveLength(3);
    expect(emulator.count('region_read')).toBe(3);
  });
});

describe('HTTP and transport failures', () => {
  it('HTTP 401 → AuthError, and the password never appears in the error', async () => {
    const emulator = new PartnerApiEmulator();
    const client = new PartnerApiClient({
      endpoint: 'https://cus.example.test/cus/ws/PartnerAPI',
      user: 'partner',
      password: 'wrong-password-42',
      fetch: emulator.fetch,
    });
    const error = await client.region.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect(JSON.stringify((error as AuthError).toJSON())).not.toContain('wrong-password-42');
    expect(String(error)).not.toContain('wrong-password-42');
  });

  it('HTTP 500 that is not a SOAP Fault is an HttpError', async () => {
    const { client, emulator } = fresh();
    emulator.failNext({ status: 500, body: '<html><body>Proxy error</body></html>' });
    const error = await client.region.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
  });

  it('a 200 answer that is not SOAP is a ResponseError', async () => {
    const { client, emulator } = fresh();
    emulator.failNext({ status: 200, body: '{"ok":true}' });
    expect(await client.region.read().catch((e: unknown) => e)).toBeInstanceOf(ResponseError);
    emulator.failNext({ status: 200, body: '<html><body>login</body></html>' });
    expect(await client.region.read().catch((e: unknown) => e)).toBeInstanceOf(ResponseError);
  });

  it('a wrong namespace is refused by the server as a Fault', async () => {
    const { client } = fresh({}, { namespace: 'http://example.com/Other' });
    const error = await client.region.read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartnerApiError);
    expect((error as PartnerApiError).faultCode).toBe('soap:Sender');
  });
});

describe('client-side validation (nothing is sent)', () => {
  const cases: [string, () => Promise<unknown>][] = [];
  const { client, emulator } = fresh();
  cases.push([
    'registration number below 500000',
    () =>
      client.client.addIts({
        client_name: 'A',
        region_id: I.moscow,
        client_reg_num: '499999',
        pay_method_type_id: 4,
      }),
  ]);
  cases.push([
    'registration number above 999999999999',
    () =>
      client.client.addAdvanced({ client_name: 'A', region_id: I.moscow, client_reg_num: '1000000000000' }),
  ]);
  cases.push([
    'registration number with letters',
    () => client.client.editIts({ client_id: 'x', client_reg_num: 'AB123', pay_method_type_id: 4 }),
  ]);
  cases.push([
    'INN longer than 12',
    () => client.client.add({ client_name: 'A', region_id: I.moscow, client_inn: '1234567890123' }),
  ]);
  cases.push([
    'KPP longer than 9',
    () => client.client.add({ client_name: 'A', region_id: I.moscow, client_kpp: '1234567890' }),
  ]);
  cases.push([
    'name longer than 50',
    () => client.client.add({ client_name: 'Я'.repeat(51), region_id: I.moscow }),
  ]);
  cases.push([
    'full name longer than 255',
    () => client.client.add({ client_name: 'A', region_id: I.moscow, client_full_name: 'x'.repeat(256) }),
  ]);
  cases.push([
    'contact_view longer than 500',
    () => client.client.contactEdit({ client_id: 'x', contact_type_id: 'y', contact_view: 'x'.repeat(501) }),
  ]);
  cases.push([
    'pay_method_type_id 5',
    () => client.client.addIts({ client_name: 'A', region_id: I.moscow, pay_method_type_id: 5 }),
  ]);
  cases.push([
    'pay_method_type_id 1.5',
    () => client.client.addIts({ client_name: 'A', region_id: I.moscow, pay_method_type_id: 1.5 }),
  ]);
  cases.push([
    'competence priority 0',
    () => client.competence.add({ agent_partner_id: 'a', service_type_id: 's', prioritet: 0 }),
  ]);
  cases.push([
    'remote access start_time three months back',
    () => client.statistics.remoteAccessRead({ start_time: new Date(Date.now() - 95 * 86_400_000) }),
  ]);
  cases.push([
    'missing required operand',
    () => (client.service.add as (i: unknown) => Promise<unknown>)({ client_id: 'c' }),
  ]);
  cases.push([
    'unknown operand (typo)',
    () => (client.region.read as (i: unknown) => Promise<unknown>)({ regoin_id: 'x' }),
  ]);
  cases.push(['not a date', () => client.contract.read({ contract_start_date: '31/12/2025' })]);

  for (const [name, call] of cases) {
    it(name, async () => {
      const before = emulator.requests.length;
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect((error as RequestValidationError).issues.length).toBeGreaterThan(0);
      expect(emulator.requests.length).toBe(before);
    });
  }

  it('accepts the documented edge values', async () => {
    for (const reg of ['500000', '999999999999', 'ВО-123', 'FR1']) {
      const [c] = await client.client.addIts({
        client_name: 'A',
        region_id: I.moscow,
        client_reg_num: reg,
        pay_method_type_id: 0,
      });
      expect(c!.client_reg_num).toBe(reg);
    }
    const [c] = await client.client.add({
      client_name: 'Я'.repeat(50),
      region_id: I.moscow,
      client_inn: '123456789012',
      client_kpp: '123456789',
    });
    expect(c!.client_name).toHaveLength(50);
    // Within the two-month window: accepted and sent.
    await client.statistics.remoteAccessRead({ start_time: new Date(Date.now() - 20 * 86_400_000) });
    expect(emulator.last('remote_access_statistics_read')!.operands[0]![1].nil).toBe(false);
  });
});
