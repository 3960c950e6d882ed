import { ApiError, AuthError, ConfigError, RequestValidationError, basicAuth, headerAuth } from '@x/core';
import { DEMO_OGRN, DEMO_OID, generateInvoice } from '@x/tmmis/testing';
import { describe, expect, it } from 'vitest';
import { DESK, DESK2, seedBasic, useHarness } from './harness.js';

const { server, fresh } = useHarness();

describe('cashDesks.register (CashDesk)', () => {
  it('sends one cash desk as the JSON body with OGRN/OID in the query', async () => {
    const { emulator, client } = fresh();
    const result = await client.cashDesks.register({
      Guid: DESK,
      Name: 'Касса регистратуры',
      Code: 'K1',
      DateBegin: '2026-01-01',
    });
    expect(result.data).toBeNull();
    const req = emulator.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/mis/api/paidServices/IntegrationInvoice/CashDesk');
    expect(req.query).toEqual({ OGRN: DEMO_OGRN, OID: DEMO_OID });
    expect(req.params).toEqual({
      Guid: DESK,
      Name: 'Касса регистратуры',
      Code: 'K1',
      DateBegin: '2026-01-01T00:00:00',
    });
    expect(emulator.cashDesks()).toMatchObject([{ Guid: DESK, Name: 'Касса регистратуры', Code: 'K1' }]);
  });

  it('updates a cash desk registered again under the same Guid', async () => {
    const { emulator, client } = fresh();
    await client.cashDesks.register({ Guid: DESK, Name: 'A' });
    await client.cashDesks.register({ Guid: DESK, Name: 'B' });
    await client.cashDesks.register({ Guid: DESK2, Name: 'C' });
    expect(emulator.cashDesks().map((d) => d.Name)).toEqual(['B', 'C']);
  });
});

describe('invoices.byNumber (ByNumber)', () => {
  it('finds an invoice by number and decodes the canonical model', async () => {
    const { emulator, client } = fresh();
    const seeded = seedBasic(emulator, 2);
    const list = await client.invoices.byNumber({ number: seeded.invoiceNumber });
    expect(emulator.requests[0]!.query).toEqual({
      OGRN: DEMO_OGRN,
      OID: DEMO_OID,
      number: seeded.invoiceNumber,
    });
    expect(emulator.requests[0]!.method).toBe('GET');
    expect(list.OGRN).toBe(DEMO_OGRN);
    expect(list.invoices).toHaveLength(1);
    const inv = list.invoices[0]!;
    expect(inv).toMatchObject({
      invoiceGuid: seeded.invoiceGuid,
      invoiceNumber: seeded.invoiceNumber,
      payerGuid: seeded.payer.payerGuid,
      family: 'Иванов',
      contactMPhone: '+79161234567',
      GetFlag: false,
      BillFlag: false,
      isCancelled: false,
      Type: 1,
      ParentInvoiceGuid: null,
      birthday: '1980-05-17T00:00:00',
      invoiceSum: seeded.invoiceCents / 100,
      paySum: seeded.invoiceCents / 100,
    });
    expect(inv.Services).toHaveLength(2);
    expect(inv.Services[0]).toMatchObject({ smGuid: seeded.Services[0]!.smGuid, smCode: 'B01.047.001' });
    expect(list.raw).toMatchObject({ Success: true });
  });

  it('finds an invoice by GUID', async () => {
    const { emulator, client } = fresh();
    const seeded = seedBasic(emulator);
    const list = await client.invoices.byNumber({ invoiceGuid: seeded.invoiceGuid.toUpperCase() });
    expect(emulator.requests[0]!.query.invoiceGuid).toBe(seeded.invoiceGuid.toUpperCase());
    expect(list.invoices.map((i) => i.invoiceGuid)).toEqual([seeded.invoiceGuid]);
  });

  it('returns only Создан, Передан в кассу and Частично оплачен invoices of individuals', async () => {
    const { emulator, client } = fresh();
    const statuses = [
      'created',
      'transferred',
      'partiallyPaid',
      'paid',
      'annulled',
      'consideredPaid',
    ] as const;
    const seeded = statuses.map((status, i) =>
      emulator.addInvoice(
        generateInvoice({ seed: i + 1, overrides: { status, invoiceNumber: `N-${status}` } }),
      ),
    );
    const legal = emulator.addInvoice(
      generateInvoice({ seed: 99, overrides: { contractType: 'legal', invoiceNumber: 'N-legal' } }),
    );
    const found: string[] = [];
    for (const inv of [...seeded, legal]) {
      const list = await client.invoices.byNumber({ number: inv.invoiceNumber });
      found.push(...list.invoices.map((i) => i.invoiceNumber));
    }
    expect(found).toEqual(['N-created', 'N-transferred', 'N-partiallyPaid']);
  });

  it('refuses a call with neither number nor GUID before sending', async () => {
    const { emulator, client } = fresh();
    await expect(client.invoices.byNumber({})).rejects.toBeInstanceOf(RequestValidationError);
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('invoices.byPayer (ByPayer)', () => {
  it('finds invoices by full name and birth date (Date or dd.mm.yyyy)', async () => {
    const { emulator, client } = fresh();
    const a = seedBasic(emulator, 1, 1);
    const b = emulator.addInvoice(generateInvoice({ seed: 2 }));
    emulator.addInvoice(
      generateInvoice({
        seed: 3,
        overrides: { payer: { family: 'Петров', name: 'Пётр', birthday: '1990-01-01' } },
      }),
    );
    const list = await client.invoices.byPayer({ FIO: 'иванов  Иван Иванович', Birthday: '17.05.1980' });
    expect(emulator.requests[0]!.query).toMatchObject({
      FIO: 'иванов  Иван Иванович',
      Birthday: '1980-05-17',
    });
    expect(list.invoices.map((i) => i.invoiceGuid).sort()).toEqual([a.invoiceGuid, b.invoiceGuid].sort());
    const byDate = await client.invoices.byPayer({
      FIO: 'Петров Пётр',
      Birthday: new Date('1990-01-01T00:00:00+03:00'),
    });
    expect(byDate.invoices.map((i) => i.family)).toEqual(['Петров']);
  });

  it('requires the birth date when a name is given, before sending', async () => {
    const { emulator, client } = fresh();
    const error = await client.invoices.byPayer({ FIO: 'Иванов Иван' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]!.path).toBe('Birthday');
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('invoices.receive (Receive)', () => {
  it('moves Создан to Передан в кассу and sets GetFlag', async () => {
    const { emulator, client } = fresh();
    const inv = seedBasic(emulator);
    await client.invoices.receive({ invoiceGuid: inv.invoiceGuid });
    const req = emulator.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.query).toEqual({ OGRN: DEMO_OGRN, OID: DEMO_OID, invoiceGuid: inv.invoiceGuid });
    expect(emulator.invoice(inv.invoiceGuid)!.statusLabel).toBe('Передан в кассу');
    const list = await client.invoices.byNumber({ invoiceGuid: inv.invoiceGuid });
    expect(list.invoices[0]!.GetFlag).toBe(true);
  });

  it('gives an annulled invoice the received flag without changing its status', async () => {
    const { emulator, client } = fresh();
    const inv = emulator.addInvoice(generateInvoice({ overrides: { status: 'annulled', received: false } }));
    await client.invoices.receive({ invoiceGuid: inv.invoiceGuid });
    expect(emulator.invoice(inv.invoiceGuid)).toMatchObject({ status: 'annulled', received: true });
  });

  it('surfaces an unknown invoice as ApiError with the server message', async () => {
    const { client } = fresh();
    const error = await client.invoices.receive({ invoiceGuid: DESK }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).vendorCode).toBe('NOT_FOUND');
    expect((error as ApiError).vendorMessage).toContain('не найден');
    expect((error as ApiError).message).toContain('[tmmis.invoices.receive]');
  });
});

describe('invoices.pay (Pay)', () => {
  it('pays by card and cash in one receipt: status Оплачен, BillFlag set, gone from ByNumber', async () => {
    const { emulator, client } = fresh();
    const inv = seedBasic(emulator);
    await client.invoices.receive({ invoiceGuid: inv.invoiceGuid });
    const total = inv.invoiceCents / 100;
    await client.invoices.pay({
      invoiceGuid: inv.invoiceGuid,
      checkNum: '0042',
      BillDate: '2026-01-01T10:15:00',
      cashdeskGuid: DESK,
      Type: 1,
      Payments: [
        { paySum: 1000, PaymentType: 3 },
        { paySum: Math.round((total - 1000) * 100) / 100, PaymentType: 1 },
      ],
    });
    const req = emulator.requests.at(-1)!;
    expect(req.query).toEqual({ OGRN: DEMO_OGRN, OID: DEMO_OID, invoiceGuid: inv.invoiceGuid });
    expect(req.params).toMatchObject({
      checkNum: '0042',
      BillDate: '2026-01-01T10:15:00',
      cashdeskGuid: DESK,
      Type: 1,
    });
    expect((req.params as { Payments: unknown[] }).Payments[0]).toEqual({ paySum: 1000, PaymentType: 3 });
    expect(emulator.invoice(inv.invoiceGuid)!.statusLabel).toBe('Оплачен');
    expect((await client.invoices.byNumber({ invoiceGuid: inv.invoiceGuid })).invoices).toEqual([]);
  });

  it('a partial payment leaves the invoice Частично оплачен with a smaller paySum', async () => {
    const { emulator, client } = fresh();
    const inv = seedBasic(emulator);
    await client.invoices.pay({
      invoiceGuid: inv.invoiceGuid,
      checkNum: '1',
      BillDate: new Date('2026-01-01T09:00:00+03:00'),
      cashdeskGuid: DESK,
      Type: 1,
      Payments: [{ paySum: 100.5, PaymentType: 1 }],
    });
    expect(emulator.invoice(inv.invoiceGuid)!.statusLabel).toBe('Частично оплачен');
    const [again] = (await client.invoices.byNumber({ invoiceGuid: inv.invoiceGuid })).invoices;
    expect(again!.paySum).toBe((inv.invoiceCents - 10050) / 100);
    expect(again!.BillFlag).toBe(false);
  });

  it('rejects a refund (Type 3) without its parent before sending', async () => {
    const { emulator, client } = fresh();
    const error = await client.invoices
      .pay({
        invoiceGuid: DESK2,
        checkNum: '1',
        BillDate: '2026-01-01',
        cashdeskGuid: DESK,
        Type: 3,
        Payments: [{ paySum: 10, PaymentType: 1 }],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual(['ParentInvoiceGuid']);
    expect(emulator.requests).toHaveLength(0);
  });

  it('pays a refund tied to its paid parent', async () => {
    const { emulator, client } = fresh();
    const parent = seedBasic(emulator);
    const refund = emulator.addInvoice(
      generateInvoice({ seed: 7, lines: 1, overrides: { Type: 3, ParentInvoiceGuid: parent.invoiceGuid } }),
    );
    const [seen] = (await client.invoices.byNumber({ invoiceGuid: refund.invoiceGuid })).invoices;
    expect(seen).toMatchObject({ Type: 3, ParentInvoiceGuid: parent.invoiceGuid });
    await client.invoices.pay({
      invoiceGuid: refund.invoiceGuid,
      ParentInvoiceGuid: parent.invoiceGuid,
      checkNum: 'R-1',
      BillDate: '2026-01-02T12:00:00',
      cashdeskGuid: DESK,
      Type: 3,
      Payments: [{ paySum: refund.invoiceCents / 100, PaymentType: 3 }],
    });
    expect(emulator.requests.at(-1)!.params).toMatchObject({
      Type: 3,
      ParentInvoiceGuid: parent.invoiceGuid,
    });
    expect(emulator.invoice(refund.invoiceGuid)!.status).toBe('paid');
  });

  it('refuses money with more than two decimals and an unknown cash desk', async () => {
    const { emulator, client } = fresh();
    const inv = seedBasic(emulator);
    const base = { invoiceGuid: inv.invoiceGuid, checkNum: '1', BillDate: '2026-01-01', Type: 1 as const };
    await expect(
      client.invoices.pay({ ...base, cashdeskGuid: DESK, Payments: [{ paySum: 10.005, PaymentType: 1 }] }),
    ).rejects.toBeInstanceOf(RequestValidationError);
    const error = await client.invoices
      .pay({ ...base, cashdeskGuid: DESK2, Payments: [{ paySum: 10, PaymentType: 1 }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).vendorCode).toBe('CASHDESK');
    expect(emulator.count('Pay')).toBe(1);
  });
});

describe('Pay rules of the emulator', () => {
  it('refuses annulled and paid invoices, a wrong document type and another cash desk', async () => {
    const { emulator, client } = fresh();
    emulator.seed({
      cashDesks: [
        { Guid: DESK, Name: 'A' },
        { Guid: DESK2, Name: 'B' },
      ],
    });
    const annulled = emulator.addInvoice(generateInvoice({ seed: 1, overrides: { status: 'annulled' } }));
    const paid = emulator.addInvoice(generateInvoice({ seed: 2, overrides: { status: 'paid' } }));
    const open = emulator.addInvoice(generateInvoice({ seed: 3, overrides: { cashdeskGuid: DESK2 } }));
    const pay = (invoiceGuid: string, cashdeskGuid: string, Type: 1 | 3 = 1) =>
      client.invoices
        .pay({
          invoiceGuid,
          checkNum: '1',
          BillDate: '2026-01-01',
          cashdeskGuid,
          Type,
          ...(Type === 3 ? { ParentInvoiceGuid: paid.invoiceGuid } : {}),
          Payments: [{ paySum: 1, PaymentType: 1 }],
        })
        .then(
          () => 'ok',
          (e: ApiError) => e.vendorCode,
        );
    expect(await pay(annulled.invoiceGuid, DESK)).toBe('ANNULLED');
    expect(await pay(paid.invoiceGuid, DESK)).toBe('PAID');
    expect(await pay(open.invoiceGuid, DESK)).toBe('CASHDESK');
    expect(await pay(open.invoiceGuid, DESK2, 3)).toBe('TYPE');
    expect(await pay(open.invoiceGuid, DESK2)).toBe('ok');
    expect(emulator.count('Pay')).toBe(5);
  });
});

describe('invoices.list (deprecated first method)', () => {
  it('applies the wider status rules of section 1 and uses the configurable path', async () => {
    const { emulator, client } = fresh(
      { legacyPath: 'api/paidServices/IntegrationInvoice/Get' },
      { legacyInvoicesPath: '/api/paidServices/IntegrationInvoice/Get' },
    );
    const mk = (status: Parameters<typeof generateInvoice>[0] extends infer O ? O : never, seed: number) =>
      emulator.addInvoice(generateInvoice({ seed, ...(status as object) }));
    const created = mk({ overrides: { status: 'created' } }, 1);
    const transferred = mk({ overrides: { status: 'transferred' } }, 2);
    const annulledNew = mk({ overrides: { status: 'annulled', received: false } }, 3);
    const annulledSeen = mk({ overrides: { status: 'annulled', received: true } }, 4);
    const considered = mk({ overrides: { status: 'consideredPaid' } }, 5);
    const partially = mk({ overrides: { status: 'partiallyPaid', paid: 1 } }, 6);

    const all = await client.invoices.list();
    expect(emulator.requests[0]!.path).toBe('/mis/api/paidServices/IntegrationInvoice/Get');
    expect(all.invoices.map((i) => i.invoiceGuid).sort()).toEqual(
      [created.invoiceGuid, annulledNew.invoiceGuid].sort(),
    );
    expect(all.invoices.find((i) => i.invoiceGuid === annulledNew.invoiceGuid)!.isCancelled).toBe(true);

    const byPayer = await client.invoices.list({ FIO: 'Иванов Иван Иванович', Birthday: '1980-05-17' });
    expect(byPayer.invoices.map((i) => i.invoiceGuid).sort()).toEqual(
      [created, transferred, annulledNew, annulledSeen, partially].map((i) => i.invoiceGuid).sort(),
    );

    const byGuid = await client.invoices.list({ invoiceGuid: considered.invoiceGuid });
    expect(byGuid.invoices.map((i) => i.invoiceGuid)).toEqual([considered.invoiceGuid]);

    await client.invoices.receive({ invoiceGuid: annulledNew.invoiceGuid });
    const after = await client.invoices.list();
    expect(after.invoices.map((i) => i.invoiceGuid)).toEqual([created.invoiceGuid]);
  });
});

describe('emulator.fetch', () => {
  it('serves a client directly as its fetch option, without any network', async () => {
    const { TmmisClient } = await import('@x/tmmis');
    const { TmmisEmulator } = await import('@x/tmmis/testing');
    const emulator = new TmmisEmulator();
    const inv = seedBasic(emulator);
    const client = new TmmisClient({
      baseUrl: 'https://mis.invalid/',
      ogrn: DEMO_OGRN,
      oid: DEMO_OID,
      fetch: emulator.fetch,
    });
    const list = await client.invoices.byNumber({ number: inv.invoiceNumber });
    expect(list.invoices.map((i) => i.invoiceGuid)).toEqual([inv.invoiceGuid]);
    expect(emulator.count('ByNumber')).toBe(1);
  });
});

describe('clinic identifiers and auth', () => {
  it('lets a call override OGRN/OID and validates them', async () => {
    const other = { ogrn: '304500116400059', oid: 'division-2' };
    const { emulator, client } = fresh({ clinics: [{ ogrn: DEMO_OGRN, oid: DEMO_OID }, other] });
    emulator.addInvoice(
      generateInvoice({ overrides: { OGRN: other.ogrn, OID: other.oid, invoiceNumber: 'X-1' } }),
    );
    expect((await client.invoices.byNumber({ number: 'X-1' })).invoices).toEqual([]);
    const list = await client.invoices.byNumber({ number: 'X-1', OGRN: other.ogrn, OID: other.oid });
    expect(list.invoices).toHaveLength(1);
    expect(emulator.requests.at(-1)!.query.OGRN).toBe(other.ogrn);
    await expect(client.invoices.byNumber({ number: 'X-1', OGRN: '304500116400058' })).rejects.toBeInstanceOf(
      RequestValidationError,
    );
  });

  it('refuses a bad OGRN on the client and a call without any OGRN', async () => {
    expect(() => fresh({}, { ogrn: '1027700132194' })).toThrow(ConfigError);
    const { emulator, client } = fresh({}, { ogrn: undefined });
    const error = await client.invoices.byNumber({ number: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues[0]!.path).toBe('OGRN');
    expect(emulator.requests).toHaveLength(0);
  });

  it('an unknown clinic is an ApiError from the OperationResult', async () => {
    const { client } = fresh({}, { ogrn: '304500116400059' });
    const error = await client.invoices.byNumber({ number: '1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).vendorCode).toBe('LPU');
  });

  it('supports bearer, basic and custom-header auth through core strategies', async () => {
    const bearer = fresh({ auth: { bearer: 'tok-123' } }, { auth: { bearer: 'tok-123' } });
    seedBasic(bearer.emulator);
    await expect(bearer.client.invoices.byNumber({ number: 'СЧ-000001' })).resolves.toMatchObject({
      invoices: [{ invoiceNumber: 'СЧ-000001' }],
    });
    server.resetHandlers();
    const basic = fresh(
      { auth: { basic: { user: 'kassa', password: 'пароль' } } },
      { auth: basicAuth('kassa', 'пароль') },
    );
    await expect(basic.client.invoices.byPayer({})).resolves.toMatchObject({ invoices: [] });
    server.resetHandlers();
    const header = fresh(
      { auth: { header: { name: 'X-Api-Key', value: 'k1' } } },
      { auth: headerAuth('X-Api-Key', 'k1') },
    );
    await expect(header.client.invoices.byPayer({})).resolves.toMatchObject({ invoices: [] });
    server.resetHandlers();
    const wrong = fresh({ auth: { bearer: 'tok-123' } }, { auth: { bearer: 'nope' } });
    await expect(wrong.client.invoices.byPayer({})).rejects.toBeInstanceOf(AuthError);
  });
});
