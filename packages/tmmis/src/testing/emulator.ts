import {
  type Clock,
  EmulatorKit,
  type Framed,
  type RecordedRequest,
  requestDetails,
  seededRandom,
} from '@x/core/testing';
import { allOperations } from '../operations/index.js';
import { handlersByWire } from './handlers/index.js';
import { DEFAULT_LEGACY_PATH } from '../operations/meta.js';
import { foldKey } from '../wire.js';
import { randomGuid } from './generate.js';
import type { SpellingMode } from './spelling.js';
import {
  type EmulatedCashDesk,
  type EmulatedInvoice,
  EmulatorRefusal,
  INVOICE_STATUSES,
  type SeedInvoice,
  TmmisState,
} from './state.js';

/** A valid ОГРН used by default (and by the demo). */
export const DEMO_OGRN = '1027700132195';
/** The default OID of the emulated clinic division. */
export const DEMO_OID = '1.2.643.5.1.13.13.12.2.77.7777';

/** Options of {@link TmmisEmulator}. */
export interface TmmisEmulatorOptions {
  /** Clinics (OGRN + OID) the emulator knows; the first is the default for seeding. */
  clinics?: {
    /** ОГРН or ОГРНИП of the clinic. */
    ogrn: string;
    /** OID of the clinic's structural division. */
    oid: string;
  }[];
  /** Strict mode: seeded invoices must pass every consistency check, and overpayments are refused. */
  strict?: boolean;
  /** How invoice fields are spelled in answers. Default `document`. */
  spelling?: SpellingMode;
  /** Envelope style: `pascal` = `{ Success, Errors, Data }` (default), `camel` = `{ isSuccess, messages, result }`. */
  envelope?: 'pascal' | 'camel';
  /** Path of the deprecated first method. Default `api/paidServices/IntegrationInvoice`. */
  legacyPath?: string;
  /** Credentials the emulator insists on; none by default. */
  auth?: {
    /** Require `Authorization: Bearer <bearer>`. */
    bearer?: string;
    /** Require HTTP Basic with these credentials. */
    basic?: {
      /** User name. */
      user: string;
      /** Password. */
      password: string;
    };
    /** Require a custom header with this exact value. */
    header?: {
      /** Header name, e.g. `X-Api-Key`. */
      name: string;
      /** Expected value. */
      value: string;
    };
  };
  /** Clock used for invoice dates. Default a `ManualClock` at 2026-01-01 09:00 UTC. */
  clock?: Clock;
  /** Seed of the GUID generator. Default 42. */
  seed?: number;
}

/**
 * One request the emulator received. `params` holds the parsed JSON body (the raw text when it was
 * not JSON; `null` when empty); `query` keeps the caller's spelling (`OGRN`, `invoiceGuid`...).
 */
export type TmmisRequest = RecordedRequest<unknown>;

/**
 * Stateful emulator of the ТМ:МИС paid-services integration: invoices and their statuses, the
 * cash-desk directory, answers wrapped in an `OperationResult`, and the document's spellings.
 */
export class TmmisEmulator extends EmulatorKit<TmmisRequest> {
  /** Clinics, invoices and cash desks. */
  readonly state: TmmisState;
  /** Current spelling of answers (may be changed between calls). */
  spelling: SpellingMode;

  private readonly options: TmmisEmulatorOptions;
  private readonly routes: { method: string; path: string; wire: string }[];

  /** Creates an emulator with empty state (no invoices, no cash desks) for the given clinics. */
  constructor(options: TmmisEmulatorOptions = {}) {
    super(options);
    this.options = options;
    this.spelling = options.spelling ?? 'document';
    const random = seededRandom(options.seed ?? 42);
    this.state = new TmmisState(
      options.clinics ?? [{ ogrn: DEMO_OGRN, oid: DEMO_OID }],
      () => new Date(this.clock.now()).toISOString().slice(0, 19),
      () => randomGuid(random),
      options.strict ?? false,
    );
    const legacy = (options.legacyPath ?? DEFAULT_LEGACY_PATH).replace(/^\/+/, '');
    this.routes = allOperations.map(({ op }) => ({
      method: op.meta.method,
      path: `/${op.meta.path ?? legacy}`.toLowerCase(),
      wire: op.wire,
    }));
  }

  /** Seeds invoices and cash desks (for the first clinic); returns the stored invoices. */
  seed(data: {
    /** Invoices to add (`generateInvoice` makes consistent ones). */
    invoices?: SeedInvoice[];
    /** Cash desks to register, as if `CashDesk` had been called. */
    cashDesks?: {
      /** GUID of the cash desk. */
      Guid: string;
      /** Cash desk name. */
      Name: string;
      /** Cash desk code. */
      Code?: string;
    }[];
  }): EmulatedInvoice[] {
    const clinic = this.state.clinics[0]!;
    for (const d of data.cashDesks ?? []) {
      this.state.upsertCashDesk(clinic, {
        Guid: d.Guid,
        Name: d.Name,
        Code: d.Code ?? null,
        DateBegin: null,
        DateEnd: null,
      });
    }
    return (data.invoices ?? []).map((seed) => this.state.addInvoice(seed));
  }

  /** Adds one invoice. */
  addInvoice(seed: SeedInvoice): EmulatedInvoice {
    return this.state.addInvoice(seed);
  }

  /** The invoice with this GUID, with its status label, or undefined. */
  invoice(guid: string): (EmulatedInvoice & { statusLabel: string }) | undefined {
    const found = this.state.find(guid);
    return found && { ...found, statusLabel: INVOICE_STATUSES[found.status] };
  }

  /** The registered cash desks. */
  cashDesks(): EmulatedCashDesk[] {
    return [...this.state.cashDesks.values()];
  }

  protected async frame(request: Request): Promise<Framed<TmmisRequest>> {
    const url = new URL(request.url);
    const pathname = decodeURIComponent(url.pathname).replace(/\/+$/, '').toLowerCase();
    const route = this.routes.find((r) => r.method === request.method && pathname.endsWith(r.path));
    const wire = route?.wire ?? 'unknown';
    const text = request.method === 'GET' ? '' : await request.text();
    let body: unknown = null;
    let malformed = false;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        malformed = true;
      }
    }
    const query = new Map<string, string>();
    for (const [k, v] of url.searchParams) query.set(foldKey(k), v);
    const record: TmmisRequest = {
      operation: wire,
      ...requestDetails(request, text),
      params: malformed ? text : body,
    };
    const answer = (): Response => {
      if (!this.authorised(request.headers)) {
        return this.envelope(false, null, [{ code: 'AUTH', text: 'Пользователь не авторизован' }], 401);
      }
      if (!route)
        return this.envelope(false, null, [{ code: 'ROUTE', text: `Метод ${url.pathname} не найден` }], 404);
      if (malformed)
        return this.envelope(false, null, [{ code: 'BODY', text: 'Тело запроса не является JSON' }], 400);
      try {
        const clinic = this.state.clinic(query.get('ogrn'), query.get('oid'));
        const param = (k: string) => query.get(foldKey(k)) || undefined;
        const context = { state: this.state, clinic, param, body, spelling: this.spelling };
        const data = handlersByWire.get(wire)!(context);
        return this.envelope(true, data, []);
      } catch (error) {
        if (error instanceof EmulatorRefusal) {
          return this.envelope(false, null, [{ code: error.code, text: error.message }], error.status);
        }
        throw error;
      }
    };
    return { record, answer };
  }

  protected override faultPage(): { body: string; contentType: string } {
    return { body: '', contentType: 'text/plain' };
  }

  private authorised(headers: Headers): boolean {
    const auth = this.options.auth;
    if (!auth) return true;
    if (auth.bearer !== undefined) return headers.get('authorization') === `Bearer ${auth.bearer}`;
    if (auth.basic) {
      const expected = btoa(
        String.fromCharCode(...new TextEncoder().encode(`${auth.basic.user}:${auth.basic.password}`)),
      );
      return headers.get('authorization') === `Basic ${expected}`;
    }
    if (auth.header) return headers.get(auth.header.name) === auth.header.value;
    return true;
  }

  private envelope(
    success: boolean,
    data: unknown,
    messages: { code: string; text: string }[],
    status = 200,
  ): Response {
    const body =
      this.options.envelope === 'camel'
        ? {
            isSuccess: success,
            messages: messages.map((m) => ({ code: m.code, message: m.text, type: 'error' })),
            result: data,
          }
        : { Success: success, Errors: messages.map((m) => ({ Code: m.code, Message: m.text })), Data: data };
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  }
}
