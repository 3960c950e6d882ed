import { AuthError, ConnectionError, HttpError, TimeoutError } from '@x/core';
import { ManualClock } from '@x/core/testing';
import {
  type EmuHandler,
  NOT_EMULATED,
  PartnerWebApi2Emulator,
  WEBAPI2_HANDLERS,
  WEBAPI2_NOT_EMULATED,
  type WebApi2Handlers,
  resultCode,
} from '@x/partnerapi/testing';
import { mswHandlers } from '@x/partnerapi/testing/msw';
import {
  PartnerWebApi2Client,
  PartnerWebApi2Error,
  WEBAPI2_ENDPOINTS,
  WEBAPI2_OPERATIONS,
} from '@x/partnerapi/webapi2';
import { useMswServer } from '@x/test-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const AUTH = `Basic ${btoa('partner:secret')}`;

/** A minimal SOAP 1.1 request for `operation` with no parameters, as the client sends it. */
function envelope(operation: string): string {
  return (
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns:ns="http://buhphone.com/PartnerWebAPI2"><soap:Body>' +
    `<ns:${operation}><ns:Params/></ns:${operation}></soap:Body></soap:Envelope>`
  );
}

/** A client on the emulator's in-process fetch (no retries: each call is one request). */
function client(emulator: PartnerWebApi2Emulator, timeoutMs = 30_000) {
  return new PartnerWebApi2Client({
    endpoint: 'https://emulator.test/cus/ws/PartnerWebAPI2',
    user: 'partner',
    password: 'secret',
    fetch: emulator.fetch,
    retry: false,
    timeoutMs,
  });
}

describe('PartnerWebApi2Emulator on the emulator kit', () => {
  it('starts on a ManualClock and serve() gives { url, baseUrl, close, server }', async () => {
    const emulator = new PartnerWebApi2Emulator();
    expect(emulator.clock).toBeInstanceOf(ManualClock);
    const served = await emulator.serve();
    closers.push(served.close);
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(served.baseUrl).toBe(`${served.url}/cus/ws/PartnerWebAPI2`);
    expect(served.server.url).toBe(served.url);
    const api = new PartnerWebApi2Client({
      endpoint: served.baseUrl,
      user: 'partner',
      password: 'secret',
      allowHttp: true,
    });
    expect(await api.regions.read()).toHaveLength(3);
    expect(emulator.last('RegionRead')?.path).toBe('/cus/ws/PartnerWebAPI2');
  });

  it('its fetch honours the signal, also while an answer is held', async () => {
    const emulator = new PartnerWebApi2Emulator();
    emulator.failNext({ operation: 'RegionRead', hold: true });
    const controller = new AbortController();
    const answer = emulator.fetch('https://emulator.test/cus/ws/PartnerWebAPI2', {
      method: 'POST',
      headers: { authorization: AUTH, 'content-type': 'text/xml; charset=utf-8' },
      body: envelope('RegionRead'),
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(emulator.heldCount).toBe(1));
    controller.abort(new Error('gave up'));
    await expect(answer).rejects.toThrow('gave up');
    // The client's own timeout ends a held call the same way.
    emulator.failNext({ hold: true });
    await expect(client(emulator, 50).regions.read()).rejects.toBeInstanceOf(TimeoutError);
    emulator.release();
  });

  it('failNext takes the kit fault: by operation, times, status/body, lost answer after the effect', async () => {
    const emulator = new PartnerWebApi2Emulator();
    const api = client(emulator);
    emulator.failNext({ operation: 'DepartmentAdd', status: 502, times: 2 });
    // Another operation is not affected by a fault aimed at DepartmentAdd.
    await expect(api.regions.read()).resolves.toHaveLength(3);
    await expect(api.departments.add({ Name: 'Склад' })).rejects.toMatchObject({ status: 502 });
    await expect(api.departments.add({ Name: 'Склад' })).rejects.toBeInstanceOf(HttpError);
    await expect(api.departments.add({ Name: 'Склад' })).resolves.toBeDefined();
    expect(emulator.state.departments.map((d) => d.Name)).toEqual(['Поддержка', 'Склад']);

    // The write happens, then the connection drops: the client cannot know it went through.
    emulator.failNext({ operation: 'DepartmentAdd', lost: 'reset' });
    await expect(api.departments.add({ Name: 'Касса' })).rejects.toBeInstanceOf(ConnectionError);
    expect(emulator.state.departments.map((d) => d.Name)).toContain('Касса');
    expect(emulator.last('DepartmentAdd')?.status).toBe(0);
  });

  it('resultCode() refuses like the vendor: HTTP 200 with a ResultCode, mapped to the error family', async () => {
    const emulator = new PartnerWebApi2Emulator();
    const api = client(emulator);
    emulator.failNext(resultCode('PARAM_NOT_EXIST', 'Нет такого параметра', { operation: 'ClientAdd' }));
    await expect(api.regions.read()).resolves.toHaveLength(3);
    const error = await api.clients.add({ Name: 'Лютик' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartnerWebApi2Error);
    expect(error).toMatchObject({ resultCode: 'PARAM_NOT_EXIST', vendorMessage: 'Нет такого параметра' });
    expect(emulator.last('ClientAdd')?.status).toBe(200);
    // Replaced, not processed: no client was added.
    expect(emulator.state.clients).toHaveLength(1);

    emulator.failNext(resultCode('ACCESS_DENIED', 'Недостаточно прав', { times: 2 }));
    await expect(api.regions.read()).rejects.toBeInstanceOf(AuthError);
    await expect(api.departments.read()).rejects.toBeInstanceOf(AuthError);
    await expect(api.departments.read()).resolves.toHaveLength(1);
  });

  it('keeps the kit journal: requests, count, counts, last with params and SOAP details; reset', async () => {
    const emulator = new PartnerWebApi2Emulator({ limits: { ClientRead: { day: 1, night: 1 } } });
    const api = client(emulator);
    await api.clients.read({ ChangedFrom: '2026-01-01T00:00:00' });
    await api.regions.read();
    await expect(api.call('ClientITSStatus', {})).rejects.toMatchObject({ resultCode: NOT_EMULATED });
    expect(emulator.requests.map((r) => r.operation)).toEqual([
      'ClientRead',
      'RegionRead',
      'ClientITSStatus',
    ]);
    expect(emulator.count('ClientRead')).toBe(1);
    expect(emulator.counts()).toEqual({ ClientRead: 1, RegionRead: 1, ClientITSStatus: 1 });
    const last = emulator.last('ClientRead')!;
    expect(last.params).toEqual({ ChangedFrom: '2026-01-01T00:00:00' });
    expect(last.types).toEqual({ ChangedFrom: 'xs:dateTime' });
    expect(last).toMatchObject({ method: 'POST', status: 200, soapVersion: '1.2' });
    expect(last.soapAction).toBe('"http://buhphone.com/PartnerWebAPI2#PartnerWebAPI2:ClientRead"');
    expect(last.headers.authorization).toBe(AUTH);
    expect(last.contentType).toContain('application/soap+xml');
    await expect(api.clients.read()).rejects.toThrow(/OUT_OF_LIMIT/);

    emulator.failNext({ status: 500 });
    emulator.reset();
    expect(emulator.requests).toEqual([]);
    expect(emulator.counts()).toEqual({});
    // Queued faults and spent budgets are gone; the records stay.
    await expect(api.clients.read()).resolves.toHaveLength(1);
  });

  it('does not record a refused login', async () => {
    const emulator = new PartnerWebApi2Emulator();
    const answer = await emulator.fetch('https://emulator.test/cus/ws/PartnerWebAPI2', {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('partner:wrong')}` },
      body: envelope('RegionRead'),
    });
    expect(answer.status).toBe(401);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('PartnerWebApi2Emulator over msw (@x/partnerapi/testing/msw)', () => {
  const emulator = new PartnerWebApi2Emulator();
  useMswServer(...mswHandlers(emulator, WEBAPI2_ENDPOINTS.ru));

  it("answers the client's default endpoint through the global fetch", async () => {
    const api = new PartnerWebApi2Client({ user: 'partner', password: 'secret' });
    expect(await api.regions.read()).toHaveLength(3);
    expect(emulator.count('RegionRead')).toBe(1);
    emulator.failNext({ operation: 'ClientAdd', lost: 'reset' });
    await expect(api.clients.add({ Name: 'Лютик' })).rejects.toBeInstanceOf(ConnectionError);
  });
});

describe('handlers keyed by the generated operation list', () => {
  it('every WSDL operation is either emulated (one handler) or listed as not emulated, never both', () => {
    const emulated = Object.keys(WEBAPI2_HANDLERS);
    const notEmulated: readonly string[] = WEBAPI2_NOT_EMULATED;
    expect(new Set(notEmulated).size).toBe(notEmulated.length);
    expect(emulated.filter((op) => notEmulated.includes(op))).toEqual([]);
    expect([...emulated, ...notEmulated].sort()).toEqual(Object.keys(WEBAPI2_OPERATIONS).sort());
  });

  it('types the map from the list: a missing, not-emulated or unknown handler does not compile', () => {
    const handler: EmuHandler = () => ({ nil: true });
    const { RegionRead: _dropped, ...withoutRegionRead } = WEBAPI2_HANDLERS;
    // @ts-expect-error RegionRead is emulated, so its handler is required.
    const missing: WebApi2Handlers = withoutRegionRead;
    const notEmulated = {
      ...WEBAPI2_HANDLERS,
      // @ts-expect-error ClientITSStatus is listed as not emulated: a handler for it is refused.
      ClientITSStatus: handler,
    } satisfies WebApi2Handlers;
    const unknown = {
      ...WEBAPI2_HANDLERS,
      // @ts-expect-error not a WSDL operation.
      ClientReed: handler,
    } satisfies WebApi2Handlers;
    // The checks above are for the compiler; at run time the objects differ only by those keys.
    expect(Object.keys(missing)).not.toContain('RegionRead');
    expect(Object.keys(notEmulated)).toContain('ClientITSStatus');
    expect(Object.keys(unknown)).toContain('ClientReed');
  });
});
