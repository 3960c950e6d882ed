import { parseVendorDate } from '@x/core';
import { ALL_CHECKS, checkInvoice } from '../checks.js';

/** Invoice statuses of ТМ:МИС, keyed by the emulator's short names. */
export const INVOICE_STATUSES = {
  created: 'Создан',
  transferred: 'Передан в кассу',
  annulled: 'Аннулирован',
  partiallyPaid: 'Частично оплачен',
  paid: 'Оплачен',
  consideredPaid: 'Считать оплаченным',
} as const;

/** An invoice status (see {@link INVOICE_STATUSES} for the Russian labels). */
export type InvoiceStatus = keyof typeof INVOICE_STATUSES;

/** One invoice line as seeded. */
export interface SeedLine {
  smGuid?: string;
  smCode: string;
  smName: string;
  Tax: number;
  smCount: number;
  smPrice: number;
  /** Defaults to smPrice × smCount. */
  smCost?: number;
}

/** An invoice as users seed it; everything but the payer and lines has a default. */
export interface SeedInvoice {
  invoiceGuid?: string;
  invoiceNumber?: string;
  /** ISO local date-time; defaults to the emulator clock. */
  date?: string;
  status?: InvoiceStatus;
  /** Contract type: only «Физическое лицо» (`individual`) invoices are ever returned. Default individual. */
  contractType?: 'individual' | 'legal';
  /** GetFlag. Default: true for statuses past Создан. */
  received?: boolean;
  cashdeskGuid?: string | null;
  Type?: 1 | 3;
  ParentInvoiceGuid?: string | null;
  payer: {
    payerGuid?: string;
    family: string;
    name: string;
    ot?: string | null;
    /** ISO date `YYYY-MM-DD`. */
    birthday: string;
    contactMPhone?: string | null;
    contactEmail?: string | null;
  };
  Services: SeedLine[];
  /** Defaults to Σ smCost. */
  invoiceSum?: number;
  /** Already paid. Default 0 (or the whole sum for paid statuses). */
  paid?: number;
  /** Clinic it belongs to; defaults to the emulator's first clinic. */
  OGRN?: string;
  OID?: string;
}

/** One payment the emulator recorded. */
export interface RecordedPayment {
  checkNum: string;
  BillDate: string;
  cashdeskGuid: string;
  Type: number;
  Payments: { paySum: number; PaymentType: number }[];
}

/** An invoice held by the emulator. */
export interface EmulatedInvoice {
  invoiceGuid: string;
  invoiceNumber: string;
  date: string;
  status: InvoiceStatus;
  contractType: 'individual' | 'legal';
  received: boolean;
  cashdeskGuid: string | null;
  Type: 1 | 3;
  ParentInvoiceGuid: string | null;
  payer: Required<SeedInvoice['payer']>;
  Services: Required<SeedLine>[];
  invoiceCents: number;
  paidCents: number;
  payments: RecordedPayment[];
  OGRN: string;
  OID: string;
}

/** A cash desk of the directory. */
export interface EmulatedCashDesk {
  Guid: string;
  Name: string;
  Code: string | null;
  DateBegin: string | null;
  DateEnd: string | null;
  OGRN: string;
  OID: string;
}

/** A business refusal, answered as an `OperationResult` with `Success: false`. */
export class EmulatorRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 200,
  ) {
    super(message);
  }
}

const cents = (amount: number) => Math.round(amount * 100);
const sameGuid = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.replace(/[{}]/g, '').toLowerCase() === b.replace(/[{}]/g, '').toLowerCase();
const foldName = (s: string) => s.trim().replace(/\s+/g, ' ').replace(/ё/gi, 'е').toLowerCase();

/** The lookup statuses of sections 1.1 and 1.2. */
const OPEN_STATUSES: ReadonlySet<InvoiceStatus> = new Set(['created', 'transferred', 'partiallyPaid']);

/** The emulator's data: clinics, invoices, cash desks, and the rules of the document. */
export class TmmisState {
  readonly invoices = new Map<string, EmulatedInvoice>();
  readonly cashDesks = new Map<string, EmulatedCashDesk>();
  private counter = 0;

  constructor(
    readonly clinics: readonly { ogrn: string; oid: string }[],
    private readonly now: () => string,
    private readonly newGuid: () => string,
    readonly strict: boolean,
  ) {}

  /** Adds an invoice; throws (a plain Error: a seeding bug) when it breaks the document's rules. */
  addInvoice(seed: SeedInvoice): EmulatedInvoice {
    const clinic = this.clinics[0]!;
    const Type = seed.Type ?? 1;
    if (Type === 3) {
      if (!seed.ParentInvoiceGuid) throw new Error('a refund invoice (Type 3) needs ParentInvoiceGuid');
      if (!this.find(seed.ParentInvoiceGuid))
        throw new Error(`parent invoice ${seed.ParentInvoiceGuid} is not seeded`);
    }
    const Services = seed.Services.map((l) => ({
      smGuid: l.smGuid ?? this.newGuid(),
      smCode: l.smCode,
      smName: l.smName,
      Tax: l.Tax,
      smCount: l.smCount,
      smPrice: l.smPrice,
      smCost: l.smCost ?? cents(l.smPrice * l.smCount) / 100,
    }));
    const invoiceCents =
      seed.invoiceSum !== undefined
        ? cents(seed.invoiceSum)
        : Services.reduce((s, l) => s + cents(l.smCost), 0);
    const status = seed.status ?? 'created';
    const paidCents =
      seed.paid !== undefined
        ? cents(seed.paid)
        : status === 'paid' || status === 'consideredPaid'
          ? invoiceCents
          : 0;
    const invoice: EmulatedInvoice = {
      invoiceGuid: seed.invoiceGuid ?? this.newGuid(),
      invoiceNumber: seed.invoiceNumber ?? `СЧ-${String(++this.counter).padStart(6, '0')}`,
      date: seed.date ?? this.now(),
      status,
      contractType: seed.contractType ?? 'individual',
      received: seed.received ?? status !== 'created',
      cashdeskGuid: seed.cashdeskGuid ?? null,
      Type,
      ParentInvoiceGuid: seed.ParentInvoiceGuid ?? null,
      payer: {
        payerGuid: seed.payer.payerGuid ?? this.newGuid(),
        family: seed.payer.family,
        name: seed.payer.name,
        ot: seed.payer.ot ?? null,
        birthday: seed.payer.birthday,
        contactMPhone: seed.payer.contactMPhone ?? null,
        contactEmail: seed.payer.contactEmail ?? null,
      },
      Services,
      invoiceCents,
      paidCents,
      payments: [],
      OGRN: seed.OGRN ?? clinic.ogrn,
      OID: seed.OID ?? clinic.oid,
    };
    if (this.strict) {
      const problems = checkInvoice(publicSums(invoice), ALL_CHECKS);
      if (problems.length > 0) throw new Error(`strict mode: inconsistent invoice: ${problems.join('; ')}`);
    }
    this.invoices.set(invoice.invoiceGuid.toLowerCase(), invoice);
    return invoice;
  }

  find(guid: string): EmulatedInvoice | undefined {
    return this.invoices.get(guid.replace(/[{}]/g, '').toLowerCase());
  }

  /** Checks OGRN/OID name a known clinic. */
  clinic(ogrn: string | undefined, oid: string | undefined): { ogrn: string; oid: string } {
    if (!ogrn || !oid)
      throw new EmulatorRefusal('PARAM', 'Не указаны обязательные параметры OGRN и OID', 400);
    const found = this.clinics.find((c) => c.ogrn === ogrn && c.oid === oid);
    if (!found) throw new EmulatorRefusal('LPU', `Не найдено ЛПУ с ОГРН ${ogrn} и OID ${oid}`);
    return found;
  }

  private ofClinic(clinic: { ogrn: string; oid: string }): EmulatedInvoice[] {
    return [...this.invoices.values()].filter(
      (i) => i.OGRN === clinic.ogrn && i.OID === clinic.oid && i.contractType === 'individual',
    );
  }

  /** Section 1.1: by number or GUID; Создан, Передан в кассу, Частично оплачен. */
  byNumber(clinic: { ogrn: string; oid: string }, guid?: string, number?: string): EmulatedInvoice[] {
    if (!guid && !number) throw new EmulatorRefusal('PARAM', 'Не указан номер или идентификатор счёта', 400);
    return this.ofClinic(clinic).filter(
      (i) =>
        OPEN_STATUSES.has(i.status) &&
        (guid ? sameGuid(i.invoiceGuid, guid) : true) &&
        (number ? i.invoiceNumber === number : true),
    );
  }

  /** Section 1.2: by payer name and birth date; Создан, Передан в кассу, Частично оплачен. */
  byPayer(clinic: { ogrn: string; oid: string }, fio?: string, birthday?: string): EmulatedInvoice[] {
    if (fio && !birthday) {
      throw new EmulatorRefusal('PARAM', 'Дата рождения плательщика обязательна, если указано ФИО', 400);
    }
    return this.ofClinic(clinic).filter(
      (i) => OPEN_STATUSES.has(i.status) && this.payerMatches(i, fio, birthday),
    );
  }

  /** Section 1 (deprecated): the wider status rules, which depend on how the caller searched. */
  legacy(
    clinic: { ogrn: string; oid: string },
    guid?: string,
    fio?: string,
    birthday?: string,
  ): EmulatedInvoice[] {
    if (fio && !birthday) {
      throw new EmulatorRefusal('PARAM', 'Дата рождения плательщика обязательна, если указано ФИО', 400);
    }
    const all = this.ofClinic(clinic);
    if (guid) {
      const allowed = new Set<InvoiceStatus>([
        'created',
        'transferred',
        'annulled',
        'partiallyPaid',
        'consideredPaid',
      ]);
      return all.filter((i) => allowed.has(i.status) && sameGuid(i.invoiceGuid, guid));
    }
    if (fio) {
      const allowed = new Set<InvoiceStatus>(['created', 'transferred', 'annulled', 'partiallyPaid']);
      return all.filter((i) => allowed.has(i.status) && this.payerMatches(i, fio, birthday));
    }
    return all.filter((i) => i.status === 'created' || (i.status === 'annulled' && !i.received));
  }

  private payerMatches(i: EmulatedInvoice, fio?: string, birthday?: string): boolean {
    if (fio) {
      const full = [i.payer.family, i.payer.name, i.payer.ot].filter(Boolean).join(' ');
      if (foldName(full) !== foldName(fio)) return false;
    }
    if (birthday) {
      const wanted = parseVendorDate(birthday)?.slice(0, 10);
      if (wanted !== i.payer.birthday.slice(0, 10)) return false;
    }
    return true;
  }

  private owned(clinic: { ogrn: string; oid: string }, guid: string | undefined): EmulatedInvoice {
    if (!guid) throw new EmulatorRefusal('PARAM', 'Не указан идентификатор счёта invoiceGuid', 400);
    const invoice = this.find(guid);
    if (!invoice || invoice.OGRN !== clinic.ogrn || invoice.OID !== clinic.oid) {
      throw new EmulatorRefusal('NOT_FOUND', `Счёт ${guid} не найден`);
    }
    return invoice;
  }

  /** Section 2: Создан → Передан в кассу; Аннулирован → received flag. */
  receive(clinic: { ogrn: string; oid: string }, guid: string | undefined): EmulatedInvoice {
    const invoice = this.owned(clinic, guid);
    if (invoice.status === 'created') invoice.status = 'transferred';
    invoice.received = true;
    return invoice;
  }

  /** Section 3: records a payment; paid in full → Оплачен, otherwise Частично оплачен. */
  pay(
    clinic: { ogrn: string; oid: string },
    guid: string | undefined,
    body: RecordedPayment & { ParentInvoiceGuid?: string },
  ): EmulatedInvoice {
    const invoice = this.owned(clinic, guid);
    if (invoice.status === 'annulled')
      throw new EmulatorRefusal('ANNULLED', 'Счёт аннулирован, оплата невозможна');
    if (invoice.status === 'paid' || invoice.status === 'consideredPaid') {
      throw new EmulatorRefusal('PAID', 'Счёт уже оплачен');
    }
    const desk = this.cashDesks.get(body.cashdeskGuid.replace(/[{}]/g, '').toLowerCase());
    if (!desk || desk.OGRN !== clinic.ogrn || desk.OID !== clinic.oid) {
      throw new EmulatorRefusal('CASHDESK', `Касса ${body.cashdeskGuid} не найдена в справочнике касс`);
    }
    if (invoice.cashdeskGuid && !sameGuid(invoice.cashdeskGuid, body.cashdeskGuid)) {
      throw new EmulatorRefusal('CASHDESK', 'Счёт выставлен для другой кассы');
    }
    if (body.Type !== invoice.Type) {
      throw new EmulatorRefusal(
        'TYPE',
        `Тип документа ${body.Type} не совпадает с типом счёта ${invoice.Type}`,
      );
    }
    if (
      invoice.Type === 3 &&
      body.ParentInvoiceGuid &&
      !sameGuid(body.ParentInvoiceGuid, invoice.ParentInvoiceGuid)
    ) {
      throw new EmulatorRefusal('PARENT', 'Указан неверный родительский счёт');
    }
    if (body.Payments.length === 0) throw new EmulatorRefusal('PARAM', 'Не переданы платежи', 400);
    for (const p of body.Payments) {
      if (p.PaymentType !== 1 && p.PaymentType !== 3) {
        throw new EmulatorRefusal('PAYMENT_TYPE', `Неизвестная форма оплаты ${p.PaymentType}`);
      }
    }
    const sum = body.Payments.reduce((s, p) => s + cents(p.paySum), 0);
    const due = invoice.invoiceCents - invoice.paidCents;
    if (this.strict && sum > due) {
      throw new EmulatorRefusal('SUM', `Сумма оплаты ${sum / 100} превышает сумму к оплате ${due / 100}`);
    }
    invoice.paidCents += sum;
    invoice.payments.push(body);
    invoice.status = invoice.paidCents >= invoice.invoiceCents ? 'paid' : 'partiallyPaid';
    return invoice;
  }

  /** Section 4: adds or replaces a cash desk by Guid. */
  upsertCashDesk(
    clinic: { ogrn: string; oid: string },
    desk: Omit<EmulatedCashDesk, 'OGRN' | 'OID'>,
  ): EmulatedCashDesk {
    const stored = { ...desk, OGRN: clinic.ogrn, OID: clinic.oid };
    this.cashDesks.set(desk.Guid.replace(/[{}]/g, '').toLowerCase(), stored);
    return stored;
  }
}

/** The money fields of an invoice as the API shows them. */
export function publicSums(invoice: EmulatedInvoice) {
  return {
    invoiceGuid: invoice.invoiceGuid,
    Type: invoice.Type,
    ParentInvoiceGuid: invoice.ParentInvoiceGuid,
    invoiceSum: invoice.invoiceCents / 100,
    paySum: Math.max(0, invoice.invoiceCents - invoice.paidCents) / 100,
    Services: invoice.Services,
  };
}
