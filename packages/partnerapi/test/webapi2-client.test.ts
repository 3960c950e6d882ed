import { RateLimitError, RequestValidationError } from '@x/core';
import { ManualClock } from '@x/core/testing';
import {
  NOT_EMULATED,
  PartnerWebApi2Emulator,
  type PartnerWebApi2EmulatorOptions,
  WEBAPI2_HANDLERS,
} from '@x/partnerapi/testing';
import {
  PartnerWebApi2Client,
  type PartnerWebApi2ClientOptions,
  PartnerWebApi2Error,
  type SyncCursor,
  WEBAPI2_OPERATIONS,
  type WebApi2OperationName,
} from '@x/partnerapi/webapi2';
import { afterEach, describe, expect, it } from 'vitest';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

const REQUEST_ID = 'r0000000-0000-4000-8000-000000000001';
const FILE_ID = 'f0000000-0000-4000-8000-000000000001';

/** An emulator served on loopback and a client talking to it over real HTTP. */
async function setup(
  emu: PartnerWebApi2EmulatorOptions = {},
  client: Partial<PartnerWebApi2ClientOptions> = {},
) {
  const clock = (emu.clock as ManualClock | undefined) ?? new ManualClock(Date.UTC(2026, 0, 12, 9, 0, 0));
  const emulator = new PartnerWebApi2Emulator({ clock, ...emu });
  const served = await emulator.serve();
  closers.push(served.close);
  const api = new PartnerWebApi2Client({
    endpoint: served.baseUrl,
    user: 'partner',
    password: 'secret',
    allowHttp: true,
    retry: false,
    now: () => clock.now(),
    ...client,
  });
  return { emulator, api, clock };
}

/** Arguments that let every emulated operation succeed on the default data plus these seeds. */
const ARGS: Partial<Record<WebApi2OperationName, Record<string, unknown>>> = {
  ClientAdd: { Name: 'Новый клиент' },
  ClientDelete: { ClientID: 'c0000000-0000-4000-8000-000000000002' },
  ClientEdit: { ClientID: 'c0000000-0000-4000-8000-000000000001', Name: 'Ромашка' },
  ClientUserAdd: { ClientID: 'c0000000-0000-4000-8000-000000000001', Name: 'Пётр' },
  ClientUserDelete: { ClientUserID: 'u0000000-0000-4000-8000-000000000001' },
  ClientUserEdit: { ClientUserID: 'u0000000-0000-4000-8000-000000000001', Name: 'Павел' },
  CompetenceAdd: { SpecialistID: 's0000000-0000-4000-8000-000000000001', ServiceID: 'line-1', Priority: 1 },
  DepartmentAdd: { Name: 'Бухгалтерия' },
  DepartmentDelete: { DepartmentID: 'd0000000-0000-4000-8000-000000000001' },
  DepartmentEdit: { DepartmentID: 'd0000000-0000-4000-8000-000000000001', Name: 'Отдел поддержки' },
  GetHistoryOfServiceCalls: { PeriodFrom: '2026-01-01T00:00:00', PeriodTo: '2026-01-07T00:00:00' },
  GetOpenedServiceTreatments: { OpenedFrom: '2026-01-01' },
  SpecialistAdd: { Name: 'Ольга', email: 'olga@example.test' },
  SpecialistDelete: { SpecialistID: 's0000000-0000-4000-8000-000000000001' },
  SpecialistEdit: { SpecialistID: 's0000000-0000-4000-8000-000000000001', Post: 'Старший консультант' },
  ServiceKindDelete: { ServiceKindID: 'k0000000-0000-4000-8000-000000000001' },
  ServiceRequestTypeDelete: { ServiceRequestTypeID: 't0000000-0000-4000-8000-000000000001' },
  ServiceRequestAdd: { Summary: 'Не печатает', Priority: 'HIGH' },
  ServiceRequestFiles: { ServiceRequestID: REQUEST_ID },
  ServiceRequestMessages: { ServiceRequestID: REQUEST_ID },
  ServiceRequestSendTextMessage: { ServiceRequestID: REQUEST_ID, AuthorID: 'a1', Message: 'Здравствуйте' },
  ServiceRequestEditTextMessage: { ServiceRequestID: REQUEST_ID, MessageID: 'm1', Message: 'Добрый день' },
  ServiceRequestDeleteTextMessage: { ServiceRequestID: REQUEST_ID, MessageID: 'm1' },
  ServiceRequestAttachFile: {
    ServiceRequestID: REQUEST_ID,
    AuthorID: 'a1',
    Name: 'scan.pdf',
    Hash: 'abc',
    Data: new Uint8Array([1, 2, 3]),
  },
  ServiceRequestDeleteFile: { FileID: FILE_ID, AuthorID: 'a1' },
  ServiceRequestDownloadFile: { FileID: FILE_ID },
};

const SEED: PartnerWebApi2EmulatorOptions['seed'] = {
  clients: [
    { ClientID: 'c0000000-0000-4000-8000-000000000002', Name: 'Лютик', FullName: 'ООО Лютик', changedAt: 0 },
  ],
  clientUsers: [
    {
      ClientUserID: 'u0000000-0000-4000-8000-000000000001',
      ClientID: 'c0000000-0000-4000-8000-000000000001',
      Name: 'Иван',
      Surname: '',
      SecondaryName: '',
      Birthday: null,
      Post: '',
      DepartmentID: null,
      Phone: '',
      EMail: 'ivan@example.test',
      Deleted: false,
      changedAt: 0,
    },
  ],
  serviceRequests: [
    {
      ServiceRequestID: REQUEST_ID,
      Summary: 'Ошибка',
      Description: '',
      UserID: null,
      Priority: 'STANDARD',
      Created: '2026-01-10T10:00:00',
      messages: [{ MessageID: 'm1', AuthorID: 'a1', Message: 'Текст', Created: '2026-01-10T10:01:00' }],
      // Downloaded before it is deleted: the operations run in WSDL order, DeleteFile first.
      files: [],
    },
  ],
};

describe('PartnerWebApi2Client against the emulator', () => {
  it('calls every one of the 87 WSDL operations by name: data, or the NOT_EMULATED error', async () => {
    const { api, emulator } = await setup({ seed: SEED, limits: false });
    const outcome: Record<string, string> = {};
    for (const wire of Object.keys(WEBAPI2_OPERATIONS) as WebApi2OperationName[]) {
      if (wire === 'ServiceRequestDeleteFile' || wire === 'ServiceRequestDownloadFile') {
        // Needs the file this run attached.
        emulator.state.serviceRequests[0]!.files.push({
          FileID: FILE_ID,
          AuthorID: 'a1',
          Name: 'x.bin',
          Hash: 'h',
          data: new Uint8Array([9, 8, 7]),
        });
      }
      try {
        await api.call(wire, ARGS[wire] as never);
        outcome[wire] = 'ok';
      } catch (error) {
        expect(error, wire).toBeInstanceOf(PartnerWebApi2Error);
        expect((error as PartnerWebApi2Error).resultCode, wire).toBe(NOT_EMULATED);
        outcome[wire] = 'not emulated';
      }
      expect(emulator.count(wire), wire).toBe(1);
    }
    expect(Object.keys(outcome)).toHaveLength(87);
    const ok = Object.entries(outcome)
      .filter(([, v]) => v === 'ok')
      .map(([k]) => k);
    // Exactly the emulated operations succeed; all others answer NOT_EMULATED.
    expect(ok.sort()).toEqual(Object.keys(WEBAPI2_HANDLERS).sort());
    expect(ok).toEqual(
      expect.arrayContaining(['RegionRead', 'ClientRead', 'DepartmentAdd', 'ServiceRequestAttachFile']),
    );
  });

  it('runs the grouped methods on stateful data (departments, service requests with messages and files)', async () => {
    const { api } = await setup();
    const added = (await api.departments.add({ Name: 'Бухгалтерия' })) as { DepartmentID: string };
    await api.departments.edit({ DepartmentID: added.DepartmentID, Name: 'Финансы' });
    const depts = await api.departments.read();
    expect(depts.find((d) => d.DepartmentID === added.DepartmentID)).toEqual({
      DepartmentID: added.DepartmentID,
      Name: 'Финансы',
      Deleted: false,
    });
    const req = (await api.serviceRequests.add({ Summary: 'Касса', Priority: 'HIGH' })) as {
      ServiceRequestID: string;
    };
    await api.serviceRequests.sendTextMessage({
      ServiceRequestID: req.ServiceRequestID,
      AuthorID: 'a1',
      Message: 'Привет',
    });
    const messages = (await api.serviceRequests.messages({ ServiceRequestID: req.ServiceRequestID })) as {
      Message: string;
    }[];
    expect(messages.map((m) => m.Message)).toEqual(['Привет']);
    const bytes = new Uint8Array([0, 255, 16, 32]);
    const file = (await api.serviceRequests.attachFile({
      ServiceRequestID: req.ServiceRequestID,
      AuthorID: 'a1',
      Name: 'a.bin',
      Hash: 'h',
      Data: bytes,
    })) as { FileID: string };
    const downloaded = await api.serviceRequests.downloadFile({ FileID: file.FileID });
    expect(downloaded.fileData).toEqual(bytes);
    expect(downloaded.data).toEqual({ Name: 'a.bin', Hash: 'h' });
  });

  it('validates known parameters before sending, naming the field', async () => {
    const { api, emulator } = await setup();
    await expect(api.departments.add({} as never)).rejects.toThrow(/Name: is required/);
    await expect(api.clients.read({ ChangedFrom: 'yesterday' })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
    await expect(api.serviceRequests.add({ Priority: 'URGENT' as never })).rejects.toThrow(/Priority/);
    await expect(api.call('ClientAdd', { Name: {} as never })).rejects.toThrow(/Name: cannot be sent/);
    await expect(api.serviceRequests.messages({} as never)).rejects.toThrow(/ServiceRequestID/);
    expect(emulator.requests).toHaveLength(0);
  });

  it("decodes the emulator's empty-<ValueType/> tables from each cell's xsi:type", async () => {
    const treatment = {
      ServiceTreatmentID: 'st1',
      ClientID: 'c1',
      ServiceUserID: 'u1',
      ServiceID: 'l1',
      Initialized: '2026-01-12T11:00:00',
      SpecAppointed: '2026-01-12T11:01:00',
      QueueWaitingTime: 60,
      CurrentSpecialist: null,
      ReactionStarted: null,
      QueueLength: 2,
    };
    const { api, emulator } = await setup({ emptyValueTypes: true, seed: { openedTreatments: [treatment] } });
    const rows = await api.serviceTreatments.opened({ OpenedFrom: new Date(Date.UTC(2026, 0, 12, 7)) });
    expect(rows).toEqual([treatment]);
    expect(emulator.last()!.types.OpenedFrom).toBe('xs:dateTime');
    const again = await emulator.fetch('http://emulator.test/cus/ws/PartnerWebAPI2', {
      method: 'POST',
      headers: { authorization: `Basic ${btoa('partner:secret')}` },
      body: emulator.last()!.body,
    });
    expect(await again.text()).toContain('<column><Name>ServiceTreatmentID</Name><ValueType/></column>');
  });

  it('retries a read after a 503 but never a write', async () => {
    const retry = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 };
    const { api, emulator } = await setup({}, { retry });
    emulator.failNext({ status: 503 });
    await expect(api.regions.read()).resolves.toHaveLength(3);
    expect(emulator.count('RegionRead')).toBe(2);
    emulator.failNext({ status: 503 });
    await expect(api.departments.add({ Name: 'Склад' })).rejects.toMatchObject({ status: 503 });
    expect(emulator.count('DepartmentAdd')).toBe(1);
  });

  it('lenient mode: a documented column missing from the answer is one warning per operation', async () => {
    const warnings: unknown[] = [];
    const logger = { debug() {}, info() {}, warn: (...a: unknown[]) => warnings.push(a), error() {} };
    const { api, emulator } = await setup({}, { logger });
    emulator.state.regions = [{ RegionID: 'r1' } as never];
    const original = WEBAPI2_HANDLERS.RegionRead;
    WEBAPI2_HANDLERS.RegionRead = () => ({
      table: { columns: { RegionID: 'id' }, rows: [{ RegionID: 'r1' }] },
    });
    try {
      expect(await api.regions.read()).toEqual([{ RegionID: 'r1' }]);
      await api.regions.read();
    } finally {
      WEBAPI2_HANDLERS.RegionRead = original;
    }
    expect(warnings).toHaveLength(1);
    expect(JSON.stringify(warnings[0])).toContain('RegionName');
  });

  it('refuses a name that is not a WSDL operation', async () => {
    const { api } = await setup();
    await expect(api.call('ClientReed' as never)).rejects.toThrow(/not a PartnerWebAPI2 operation/);
  });
});

describe('incremental sync', () => {
  it('delivers every change once across runs over a store that changes between calls', async () => {
    const { api, emulator, clock } = await setup();
    const run = async (cursor: SyncCursor | null) => {
      const batches = [];
      for await (const b of api.sync('DepartmentRead', cursor)) batches.push(b);
      expect(batches).toHaveLength(1);
      return batches[0]!;
    };
    const first = await run(null);
    expect(first.items.map((d) => d.Name)).toEqual(['Поддержка']);
    expect(emulator.last('DepartmentRead')!.params).toEqual({});
    expect(first.cursor.watermark).toBe('2026-01-12T12:00:00');
    // A change in the very second the first run started: only the one-second overlap catches it.
    clock.advance(400);
    emulator.state.departments[0]!.Name = 'Поддержка 1-й линии';
    emulator.state.departments[0]!.changedAt = clock.now();
    clock.advance(60_000);
    await api.departments.add({ Name: 'Продажи' });
    clock.advance(60_000);
    const second = await run(JSON.parse(JSON.stringify(first.cursor)));
    expect(emulator.last('DepartmentRead')!.params).toEqual({ ChangedFrom: '2026-01-12T11:59:59' });
    expect(second.items.map((d) => d.Name).sort()).toEqual(['Поддержка 1-й линии', 'Продажи']);
    // Nothing changed since: the overlap re-reads nothing new and delivers nothing twice.
    clock.advance(60_000);
    const third = await run(second.cursor);
    expect(third.items).toEqual([]);
    expect(third.cursor.watermark).toBe('2026-01-12T12:03:00');
  });

  it('drops versions the previous run delivered when the overlap re-reads them', async () => {
    const { api, emulator } = await setup();
    let cursor: SyncCursor | null = null;
    for await (const b of api.sync('DepartmentRead', null)) cursor = b.cursor;
    // Same second as the watermark: ChangedFrom = watermark − 1 s returns the department again.
    const items = [];
    for await (const b of api.sync('DepartmentRead', cursor)) items.push(...b.items);
    expect(items).toEqual([]);
    expect(emulator.last('DepartmentRead')!.params).toEqual({ ChangedFrom: '2026-01-12T11:59:59' });
  });
});

describe('history windows', () => {
  it('splits a 20-day period into calls of at most 7 days, in order', async () => {
    const calls = [
      { CallID: 'k1', ClientID: 'c', ServiceID: 's', Started: '2026-01-02T10:00:00' },
      { CallID: 'k2', ClientID: 'c', ServiceID: 's', Started: '2026-01-09T10:00:00' },
      { CallID: 'k3', ClientID: 'c', ServiceID: 's', Started: '2026-01-20T10:00:00' },
    ];
    const { api, emulator } = await setup({ seed: { serviceCalls: calls } });
    await expect(
      api.history.serviceCalls({ PeriodFrom: '2026-01-01T00:00:00', PeriodTo: '2026-01-21T00:00:00' }),
    ).rejects.toThrow(/PERIOD_TOO_LONG/);
    const rows = [];
    const reports: { pages: number; items: number; window?: number; of?: number }[] = [];
    for await (const r of api.historyInWindows(
      'GetHistoryOfServiceCalls',
      '2026-01-01T00:00:00',
      '2026-01-21T00:00:00',
      {},
      { onProgress: (p) => reports.push(p) },
    ))
      rows.push(r);
    expect(rows.map((r) => r.CallID)).toEqual(['k1', 'k2', 'k3']);
    expect(reports).toEqual([
      { pages: 1, items: 1, window: 1, of: 3 },
      { pages: 2, items: 2, window: 2, of: 3 },
      { pages: 3, items: 3, window: 3, of: 3 },
    ]);
    const windows = emulator.requests
      .filter((r) => r.operation === 'GetHistoryOfServiceCalls')
      .slice(1)
      .map((r) => [r.params.PeriodFrom, r.params.PeriodTo]);
    expect(windows).toEqual([
      ['2026-01-01T00:00:00', '2026-01-08T00:00:00'],
      ['2026-01-08T00:00:00', '2026-01-15T00:00:00'],
      ['2026-01-15T00:00:00', '2026-01-21T00:00:00'],
    ]);
  });
});

describe('hourly limits', () => {
  const period = { PeriodFrom: '2026-01-01T00:00:00', PeriodTo: '2026-01-02T00:00:00' };

  it('the emulator enforces the published daytime budget with OUT_OF_LIMIT → RateLimitError', async () => {
    const { api, emulator } = await setup();
    for (let i = 0; i < 10; i++) await api.history.serviceCalls(period);
    await expect(api.history.serviceCalls(period)).rejects.toBeInstanceOf(RateLimitError);
    expect(emulator.count('GetHistoryOfServiceCalls')).toBe(11);
  });

  it('fail mode: the client-side limiter throws RateLimitError before sending', async () => {
    const { api, emulator } = await setup({}, { rateLimit: { mode: 'fail' } });
    for (let i = 0; i < 10; i++) await api.history.serviceCalls(period);
    const error = await api.history.serviceCalls(period).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).message).toMatch(/nothing was sent/);
    expect(emulator.count('GetHistoryOfServiceCalls')).toBe(10);
  });

  it('wait mode: the 11th call waits for the next hour and then succeeds', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 12, 9, 30, 0));
    const slept: number[] = [];
    const { api, emulator } = await setup(
      { clock },
      {
        rateLimit: {
          mode: 'wait',
          sleep: async (ms) => {
            slept.push(ms);
            clock.advance(ms);
          },
        },
      },
    );
    for (let i = 0; i < 11; i++) await api.history.serviceCalls(period);
    expect(slept).toEqual([30 * 60_000]);
    expect(emulator.count('GetHistoryOfServiceCalls')).toBe(11);
  });

  it('uses the night budget at night (22:00 Moscow)', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 12, 19, 0, 0));
    const { api, emulator } = await setup({ clock }, { rateLimit: { mode: 'fail' } });
    expect(api.limiter!.budget('GetHistoryOfServiceCalls')).toBe(50);
    for (let i = 0; i < 50; i++) await api.history.serviceCalls(period);
    await expect(api.history.serviceCalls(period)).rejects.toBeInstanceOf(RateLimitError);
    expect(emulator.count('GetHistoryOfServiceCalls')).toBe(50);
  });
});
