import { parseVendorDate } from '@x/core';
import { ALL_CHECKS, checkInvoice } from '../checks.js';

/** Invoice statuses of ТМ:МИС, keyed by the emulator's short names. */
export const INVOICE_STATUSES = {
  /** Issued in ТМ:МИС, not yet received by a cash desk; `Receive` moves it to `transferred`. */
  created: 'Создан',
  /** Received by a cash desk (`Receive`), waiting for payment. */
  transferred: 'Передан в кассу',
  /** Annulled in ТМ:МИС: `Receive` only sets its received flag, `Pay` is refused. */
  annulled: 'Аннулирован',
  /** `Pay` recorded less than the invoice sum; further payments are accepted. */
  partiallyPaid: 'Частично оплачен',
  /** `Pay` recorded the whole sum; further payments are refused. */
  paid: 'Оплачен',
  /** Marked as paid in ТМ:МИС; only the deprecated lookup by GUID returns it, `Pay` is refused. */
  consideredPaid: 'Считать оплаченным',
} as const;

/** An invoice status (see {@link INVOICE_STATUSES} for the Russian labels). */
export type InvoiceStatus = keyof typeof INVOICE_STATUSES;

/** One invoice line as seeded. */
export interface SeedLine {
  /** GUID of the service (`smguid` on the wire); a generated one by default. */
  smGuid?: string;
  /** Service code (`smCode`), e.g. a nomenclature code such as `B01.047.001`. */
  smCode: string;
  /** Service name (`smName`). */
  smName: string;
  /** VAT rate (`Tax`): -1 = без НДС, 0, 10, 20... sent back as given. */
  Tax: number;
  /** Quantity (`smCount`). */
  smCount: number;
  /** Unit price after discount (`smPrice`). */
  smPrice: number;
  /** Defaults to smPrice × smCount. */
  smCost?: number;
}

/** An invoice as users seed it; everything but the payer and lines has a default. */
export interface SeedInvoice {
  /** Invoice GUID; a generated one by default. */
  invoiceGuid?: string;
  /** Invoice number shown to people (`invoiceNumber`); default `СЧ-000001`, `СЧ-000002`... */
  invoiceNumber?: string;
  /** ISO local date-time; defaults to the emulator clock. */
  date?: string;
  /** Starting status; default `created` (Создан). */
  status?: InvoiceStatus;
  /** Contract type: only «Физическое лицо» (`individual`) invoices are ever returned. Default individual. */
  contractType?: 'individual' | 'legal';
  /** GetFlag. Default: true for statuses past Создан. */
  received?: boolean;
  /** Cash desk the invoice is meant for; `null` (default) = any cash desk of the clinic. */
  cashdeskGuid?: string | null;
  /** Document type: 1 = Счёт-заказ (default), 3 = Счёт-возврат (needs a seeded `ParentInvoiceGuid`). */
  Type?: 1 | 3;
  /** Parent invoice of a refund; it must already be seeded. */
  ParentInvoiceGuid?: string | null;
  /** The payer (`hlt_MKAB`); lookups by payer match `family name ot` and `birthday`. */
  payer: {
    /** Payer GUID; a generated one by default. */
    payerGuid?: string;
    /** Фамилия. */
    family: string;
    /** Имя. */
    name: string;
    /** Отчество, when any. */
    ot?: string | null;
    /** ISO date `YYYY-MM-DD`. */
    birthday: string;
    /** Contact phone (`contactMPhone`). */
    contactMPhone?: string | null;
    /** Contact e-mail (`contactEmail`). */
    contactEmail?: string | null;
  };
  /** Invoice lines (`Services`), at least one in practice. */
  Services: SeedLine[];
  /** Defaults to Σ smCost. */
  invoiceSum?: number;
  /** Already paid. Default 0 (or the whole sum for paid statuses). */
  paid?: number;
  /** Clinic it belongs to; defaults to the emulator's first clinic. */
  OGRN?: string;
  /** OID of the clinic division it belongs to; defaults to the emulator's first clinic. */
  OID?: string;
}

/** One payment the emulator recorded. */
export interface RecordedPayment {
  /** Receipt number in the cash-register shift (`checkNum`), as sent. */
  checkNum: string;
  /** Receipt date (`BillDate`), as sent. */
  BillDate: string;
  /** Cash desk that took the payment (`cashdeskGuid`). */
  cashdeskGuid: string;
  /** Document type sent with the payment: 1 = order, 3 = refund. */
  Type: number;
  /** The payments of the receipt, as sent. */
  Payments: {
    /** Amount of this payment. */
    paySum: number;
    /** Form of payment: 1 = cash, 3 = card. */
    PaymentType: number;
  }[];
}

/** An invoice held by the emulator. */
export interface EmulatedInvoice {
  /** Invoice GUID (`invoiceGuid` / `invoiceGUID` on the wire). */
  invoiceGuid: string;
  /** Invoice number shown to people; `ByNumber` matches its `number` parameter against it. */
  invoiceNumber: string;
  /** Invoice date, ISO local. */
  date: string;
  /** Current status; `Receive` and `Pay` move it (see {@link INVOICE_STATUSES}). */
  status: InvoiceStatus;
  /** Contract type; only `individual` («Физическое лицо») invoices are ever returned. */
  contractType: 'individual' | 'legal';
  /** Received-by-the-cash-desk flag, rendered as `GetFlag`; set by `Receive`. */
  received: boolean;
  /** Cash desk the invoice is meant for; `null` = any cash desk of the clinic. */
  cashdeskGuid: string | null;
  /** Document type: 1 = Счёт-заказ, 3 = Счёт-возврат; a `Pay` must send the same. */
  Type: 1 | 3;
  /** Parent invoice of a refund, or `null`. */
  ParentInvoiceGuid: string | null;
  /** The payer with every optional field filled (`null` when unknown). */
  payer: Required<SeedInvoice['payer']>;
  /** Invoice lines with `smGuid` and `smCost` filled in. */
  Services: Required<SeedLine>[];
  /** Invoice total in kopecks (integers, so sums are exact); `invoiceSum` = this / 100. */
  invoiceCents: number;
  /** Paid so far in kopecks; `paySum` on the wire is the rest still due. */
  paidCents: number;
  /** Every payment `Pay` recorded against the invoice, in order. */
  payments: RecordedPayment[];
  /** ОГРН of the clinic the invoice belongs to. */
  OGRN: string;
  /** OID of the clinic division the invoice belongs to. */
  OID: string;
}

/** A cash desk of the directory. */
export interface EmulatedCashDesk {
  /** GUID of the cash desk in 1C; `Pay` must name a registered one in `cashdeskGuid`. */
  Guid: string;
  /** Cash desk name. */
  Name: string;
  /** Cash desk code, or `null`. */
  Code: string | null;
  /** Start of validity as sent, or `null`. */
  DateBegin: string | null;
  /** End of validity as sent, or `null`. */
  DateEnd: string | null;
  /** ОГРН of the clinic that registered the desk. */
  OGRN: string;
  /** OID of the clinic division that registered the desk. */
  OID: string;
}

/** A business refusal, answered as an `OperationResult` with `Success: false`. */
export class EmulatorRefusal extends Error {
  /**
   * @param code - Error code put in the envelope (`NOT_FOUND`, `CASHDESK`, `PAID`...), which the client reports as `vendorCode`.
   * @param message - Message put in the envelope (Russian, like the server's).
   * @param status - HTTP status of the answer; 200 by default, as a business refusal travels in the envelope.
   */
  constructor(
    /** Error code put in the envelope (`NOT_FOUND`, `CASHDESK`, `PAID`, `ANNULLED`, `PARAM`...); the client's `ApiError.vendorCode`. */
    readonly code: string,
    message: string,
    /** HTTP status of the answer: 200 for business refusals, 400 for missing parameters, 404 for unknown routes. */
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
  /** Invoices keyed by lower-case GUID (without braces). */
  readonly invoices = new Map<string, EmulatedInvoice>();
  /** The cash-desk directory keyed by lower-case `Guid` (without braces). */
  readonly cashDesks = new Map<string, EmulatedCashDesk>();
  private counter = 0;

  /**
   * @param clinics - Known OGRN/OID pairs; the first is where seeds go by default.
   * @param now - Current time as an ISO local string, for default invoice dates.
   * @param newGuid - GUID generator for everything seeded without one.
   * @param strict - Strict mode: consistent seeds only, overpayments refused.
   */
  constructor(
    /** Known clinics (OGRN + OID); a request naming another pair is refused (`LPU`). */
    readonly clinics: readonly { ogrn: string; oid: string }[],
    private readonly now: () => string,
    private readonly newGuid: () => string,
    /** Strict mode: seeded invoices must pass every consistency check and overpayments are refused. */
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

  /** The invoice with this GUID (any case, braces allowed), or undefined; no clinic check. */
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
