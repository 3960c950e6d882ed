/**
 * How ТМ:МИС spells things on the wire, in one place. The document names the same field
 * differently from one section to the next (`invoiceGuid`/`invoiceGUID`, `PaymentGuid`/`PayeeGUID`/
 * `PaymentGUID`, `Get Flag`/`GetFlag`...). Every response record goes through {@link normaliseKeys}
 * before its zod schema sees it, so the schemas know one spelling only.
 */

/** Canonical field name → every spelling seen in the document (matched ignoring case and spaces). */
export const INVOICE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  invoiceGuid: ['invoiceGuid', 'invoiceGUID', 'IdЗаказаТММИС'],
  invoiceNumber: ['invoiceNumber', 'НомерЗаказаТММИС'],
  date: ['date', 'ДатаЗаказаТММИС'],
  cashdeskGuid: ['cashdeskGUID', 'cashdeskGuid'],
  BillFlag: ['BillFlag'],
  GetFlag: ['GetFlag', 'Get Flag'],
  payerGuid: ['PaymentGuid', 'PayeeGUID', 'PaymentGUID', 'payerGuid'],
  birthday: ['birthday'],
  family: ['family'],
  name: ['name'],
  ot: ['ot'],
  contactMPhone: ['contactMPhone', 'contactMPPhone'],
  contactEmail: ['contactEmail'],
  Type: ['Type'],
  ParentInvoiceGuid: ['ParentInvoiceGuid', 'ParentInvoiceGUID'],
  isCancelled: ['iscancelled', 'isCancelled'],
  paySum: ['paySum'],
  invoiceSum: ['invoiceSum'],
  Services: ['Services'],
};

/** Canonical line field → spellings (the deprecated section's table breaks names with spaces: `smC ode`). */
export const SERVICE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  smGuid: ['smguid', 'smg uid', 'smGUID'],
  smCode: ['smCode', 'smC ode'],
  smName: ['smName', 'sm Na me'],
  Tax: ['Tax'],
  smCount: ['smCount', 'smC ount'],
  smCost: ['smCost', 'smC ost'],
  smPrice: ['smPrice', 'smP rice'],
};

/** Echoed clinic identifiers on a lookup answer. */
export const CLINIC_ALIASES: Readonly<Record<string, readonly string[]>> = {
  OGRN: ['OGRN', 'ОГРН'],
  OID: ['OID'],
};

/** Folds a key for alias matching: case and whitespace do not count. */
export function foldKey(key: string): string {
  return key.replace(/\s+/g, '').toLowerCase();
}

type AliasIndex = ReadonlyMap<string, string>;

function indexOf(aliases: Readonly<Record<string, readonly string[]>>): AliasIndex {
  const map = new Map<string, string>();
  for (const [canonical, spellings] of Object.entries(aliases)) {
    map.set(foldKey(canonical), canonical);
    for (const s of spellings) map.set(foldKey(s), canonical);
  }
  return map;
}

const INVOICE_INDEX = indexOf(INVOICE_ALIASES);
const SERVICE_INDEX = indexOf(SERVICE_ALIASES);
const CLINIC_INDEX = indexOf(CLINIC_ALIASES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Keys as they came → canonical spelling, per alias index: an answer repeats the same few keys on
 * every line (a 1,000-line invoice folds ~15 distinct keys, not 15,000). Bounded so that a hostile
 * answer with endless distinct keys cannot grow it.
 */
const resolvedKeys = new WeakMap<AliasIndex, Map<string, string>>();
const MAX_RESOLVED_KEYS = 512;

/**
 * Renames the keys of one record to their canonical spelling. Unknown keys are kept as they are.
 * When two spellings of one field are both present, the first non-empty value wins.
 */
export function normaliseKeys(record: Record<string, unknown>, index: AliasIndex): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let seen = resolvedKeys.get(index);
  if (!seen) {
    seen = new Map();
    resolvedKeys.set(index, seen);
  }
  // `Object.keys` + a lookup, not `Object.entries`: one array per record instead of one per field.
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = record[key];
    let canonical = seen.get(key);
    if (canonical === undefined) {
      canonical = index.get(foldKey(key)) ?? key;
      if (seen.size < MAX_RESOLVED_KEYS) seen.set(key, canonical);
    }
    if (!(canonical in out) || (isEmpty(out[canonical]) && !isEmpty(value))) out[canonical] = value;
  }
  return out;
}

/** One invoice record, any spelling → canonical spelling (lines included). */
export function normaliseInvoice(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const invoice = normaliseKeys(value, INVOICE_INDEX);
  const lines = invoice.Services;
  if (Array.isArray(lines)) {
    invoice.Services = lines.map((line) => (isRecord(line) ? normaliseKeys(line, SERVICE_INDEX) : line));
  } else if (lines === null) {
    invoice.Services = [];
  }
  return invoice;
}

const LIST_KEYS = [
  'invoices',
  'invoice',
  'items',
  'list',
  'body',
  'тело',
  'data',
  'result',
  'records',
  'value',
];

function looksLikeInvoice(record: Record<string, unknown>): boolean {
  return Object.keys(record).some((k) => INVOICE_INDEX.get(foldKey(k)) === 'invoiceGuid');
}

/**
 * The data of a lookup answer → `{ OGRN, OID, invoices }`. The document shows "OGRN, OID" plus a
 * body of invoice fields without saying how they nest, so this accepts: an array of invoices, one
 * invoice object, or an object carrying OGRN/OID and the invoices (inline or under a list key).
 */
export function readInvoiceList(data: unknown): { OGRN: unknown; OID: unknown; invoices: unknown[] } {
  if (data === null || data === undefined || data === '') return { OGRN: null, OID: null, invoices: [] };
  if (Array.isArray(data)) return { OGRN: null, OID: null, invoices: data.map(normaliseInvoice) };
  if (!isRecord(data)) return { OGRN: null, OID: null, invoices: [data] };
  const clinic = normaliseKeys(data, CLINIC_INDEX);
  const ids = { OGRN: clinic.OGRN ?? null, OID: clinic.OID ?? null };
  if (looksLikeInvoice(data)) return { ...ids, invoices: [normaliseInvoice(data)] };
  const folded = new Map(Object.entries(data).map(([k, v]) => [foldKey(k), v] as const));
  for (const key of LIST_KEYS) {
    const found = folded.get(key);
    if (found === undefined) continue;
    const inner = readInvoiceList(found);
    return { OGRN: ids.OGRN ?? inner.OGRN, OID: ids.OID ?? inner.OID, invoices: inner.invoices };
  }
  const arrays = Object.values(data).filter(Array.isArray);
  if (arrays.length === 1) return { ...ids, invoices: arrays[0]!.map(normaliseInvoice) };
  return { ...ids, invoices: [] };
}

/** Query parameters and JSON body of one request. */
export interface WireRequest {
  query: Record<string, string | undefined>;
  body?: unknown;
}

/** Keys of a validated input that go in the query string, in the document's spelling. */
export function pickQuery(input: Record<string, unknown>, keys: readonly string[]): WireRequest['query'] {
  const query: WireRequest['query'] = {};
  for (const key of keys) {
    const value = input[key];
    if (value !== undefined && value !== null) query[key] = String(value);
  }
  return query;
}

/** The JSON body of a Pay call, in the document's spelling (`cashdeskGuid` as section 3 writes it). */
export function payBody(input: {
  checkNum: string;
  BillDate: string;
  cashdeskGuid: string;
  Type: number;
  ParentInvoiceGuid?: string | undefined;
  Payments: readonly { paySum: number; PaymentType: number }[];
}): Record<string, unknown> {
  return {
    checkNum: input.checkNum,
    BillDate: input.BillDate,
    cashdeskGuid: input.cashdeskGuid,
    Type: input.Type,
    // Not in the Pay table; sent so the server can tie a refund to its parent, ignored otherwise.
    ...(input.ParentInvoiceGuid ? { ParentInvoiceGuid: input.ParentInvoiceGuid } : {}),
    Payments: input.Payments.map((p) => ({ paySum: p.paySum, PaymentType: p.PaymentType })),
  };
}

/** The JSON body of a CashDesk call: one cash desk object. */
export function cashDeskBody(input: {
  Guid: string;
  Name: string;
  Code?: string | undefined;
  DateBegin?: string | undefined;
  DateEnd?: string | undefined;
}): Record<string, unknown> {
  const body: Record<string, unknown> = { Guid: input.Guid, Name: input.Name };
  if (input.Code !== undefined) body.Code = input.Code;
  if (input.DateBegin !== undefined) body.DateBegin = input.DateBegin;
  if (input.DateEnd !== undefined) body.DateEnd = input.DateEnd;
  return body;
}
