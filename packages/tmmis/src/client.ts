import {
  type AuthStrategy,
  type BaseClientOptions,
  type CallOptions,
  ConfigError,
  type OperationMethods,
  RequestValidationError,
  ResponseError,
  type TokenSource,
  Transport,
  type ValidationMode,
  basicAuth,
  bearerAuth,
  clientTimeZone,
  headerAuth,
  noAuth,
  withTimeZone,
} from '@x/core';
import {
  type Invoker,
  type PersonalDataPolicy,
  bindGroup,
  checkClientOptions,
  decodeOutput,
  optionRule,
  personalDataPolicy,
  prefix,
  runOperation,
} from '@x/core/internal';
import { ALL_CHECKS, type ConsistencyChecks, checkInvoice, resolveChecks } from './checks.js';
import { type PaymentSettlement, payOnce } from './helpers/settle.js';
import { cashDeskOperations } from './operations/cash-desks.js';
import { allOperations } from './operations/index.js';
import { operationGroups } from './operations/index.js';
import { invoiceOperations } from './operations/invoices.js';
import { DEFAULT_LEGACY_PATH, type TmmisMeta } from './operations/meta.js';
import { acceptStatus, decodeResponse } from './result-decoding.js';
import type { Invoice } from './schemas/invoice.js';
import type { PayInput } from './schemas/payment.js';
import { ogrnProblem } from './schemas/identity.js';
import { pickQuery, readInvoiceList } from './wire.js';

/**
 * Credentials. The document names no authentication scheme, so any of core's strategies works:
 * pass one (`bearerAuth(...)`, `basicAuth(...)`, `headerAuth(...)`), or one of the shorthands.
 */
export type TmmisAuth =
  | AuthStrategy
  | {
      /** Token sent as `Authorization: Bearer <token>`; a string or a (possibly async) function called per attempt. */
      bearer: TokenSource;
    }
  | {
      /** HTTP Basic credentials (UTF-8). */
      basic: {
        /** User name (no `:`). */
        user: string;
        /** Password. */
        password: string;
      };
    }
  | {
      /** A custom header carrying the credential, e.g. an API key. */
      header: {
        /** Header name, e.g. `X-Api-Key`. */
        name: string;
        /** Header value; a string or a (possibly async) function called per attempt. */
        value: TokenSource;
      };
    }
  | 'none';

/** Options of {@link TmmisClient}. */
export interface TmmisClientOptions extends BaseClientOptions {
  /** Server address up to (not including) `api/paidServices/...`, i.e. the document's `{{url}}`. */
  baseUrl: string;
  /** Default ОГРН (13 digits) or ОГРНИП (15 digits) of the clinic, sent as `OGRN` on every call. */
  ogrn?: string | undefined;
  /** Default OID of the clinic's structural division, sent as `OID` on every call. */
  oid?: string | undefined;
  /** Credentials; default none. */
  auth?: TmmisAuth | undefined;
  /**
   * Path of the deprecated first method (the document gives none). Relative to `baseUrl`, already
   * URL-encoded. Default `api/paidServices/IntegrationInvoice`.
   */
  legacyInvoicesPath?: string | undefined;
  /**
   * Arithmetic checks on every invoice read (line cost, invoice sum, pay sum, refund parent).
   * `true` = all; off by default. A failed check is a ResponseError naming the invoice.
   */
  consistencyChecks?: boolean | Partial<ConsistencyChecks> | undefined;
  /**
   * IANA time zone of the clinic's server, in which a `Date` input (`BillDate`, `DateBegin`,
   * `DateEnd`, `Birthday`) is written as wall time. Default `Europe/Moscow`: the document names no
   * zone and sends times without offset. Strings are sent as given. An unknown name is a ConfigError.
   */
  timeZone?: string | undefined;
}

function authStrategy(auth: TmmisAuth | undefined): AuthStrategy {
  if (auth === undefined || auth === 'none') return noAuth();
  if ('apply' in auth) return auth;
  if ('bearer' in auth) return bearerAuth(auth.bearer);
  if ('basic' in auth) return basicAuth(auth.basic.user, auth.basic.password);
  if ('header' in auth) return headerAuth(auth.header.name, auth.header.value);
  throw new ConfigError('auth must be an auth strategy, { bearer }, { basic }, { header } or "none".');
}

function checkClinic(ogrn: string | undefined, oid: string | undefined): void {
  if (ogrn !== undefined) {
    const problem = ogrnProblem(ogrn);
    if (problem)
      throw new ConfigError(`ogrn "${ogrn}" is not valid (${problem}); pass the clinic's ОГРН or ОГРНИП.`);
  }
  if (oid !== undefined && (oid.length === 0 || oid.length > 50)) {
    throw new ConfigError('oid must be 1 to 50 characters long; pass the OID of the clinic division.');
  }
}

/**
 * Client of the ТМ:МИС paid-services integration («Интеграция с 1С в рамках платных услуг»):
 * invoice lookups, receipt confirmation, payments and the cash-desk directory.
 *
 * @example
 * const tmmis = new TmmisClient({ baseUrl: 'https://mis.example.ru/', ogrn: '1027700132195', oid: '1.2.643.5.1.13', auth: { bearer: token } });
 * const { invoices } = await tmmis.invoices.byNumber({ number: 'СЧ-0001' });
 */
export class TmmisClient {
  /** Invoice operations: the entries of {@link invoiceOperations}, and `payOnce`. */
  readonly invoices: OperationMethods<typeof invoiceOperations> & {
    /**
     * Pays at most once and settles a lost answer by reading the invoice back (`ByNumber`); see
     * {@link payOnce} for how the payment is matched and the limits.
     */
    payOnce(input: PayInput, options?: CallOptions): Promise<PaymentSettlement>;
  };
  /** Cash-desk directory: the entries of {@link cashDeskOperations}. */
  readonly cashDesks: OperationMethods<typeof cashDeskOperations>;
  /** The zone `Date` inputs are written in (the `timeZone` option, default `Europe/Moscow`). */
  readonly timeZone: string;

  // Private in every client: a user sends through the methods or call(), which validate, name the
  // operation and record a write's outcome; the raw transport would skip all three.
  private readonly transport: Transport;
  /** How a table entry becomes a request: the same shape in every client (see bindGroup). */
  private readonly invoke: Invoker;
  private readonly ogrn: string | undefined;
  private readonly oid: string | undefined;
  private readonly legacyPath: string;
  private readonly validation: ValidationMode;
  private readonly checks: ConsistencyChecks | undefined;
  private readonly personal: PersonalDataPolicy;

  /**
   * Creates a client. Checks `ogrn` (13 or 15 digits with a valid check digit) and `oid`
   * (1–50 characters) at once, so a misconfigured clinic fails here with a `ConfigError`
   * rather than on the first call; nothing is sent until a method is called.
   */
  constructor(options: TmmisClientOptions) {
    const r = optionRule;
    checkClientOptions(options, 'TmmisClient', {
      baseUrl: r.text,
      ogrn: r.str,
      oid: r.str,
      auth: r.any,
      legacyInvoicesPath: r.text,
      timeZone: r.text,
      consistencyChecks: r.either(
        r.flag,
        r.shape(Object.fromEntries(Object.keys(ALL_CHECKS).map((k) => [k, r.flag]))),
      ),
    });
    const {
      ogrn,
      oid,
      auth,
      legacyInvoicesPath,
      consistencyChecks,
      validation,
      logPersonalData,
      baseUrl,
      timeZone,
      ...rest
    } = options;
    checkClinic(ogrn, oid);
    this.timeZone = clientTimeZone(timeZone, 'Europe/Moscow');
    this.personal = personalDataPolicy([invoiceOperations, cashDeskOperations], logPersonalData);
    this.ogrn = ogrn;
    this.oid = oid;
    this.legacyPath = (legacyInvoicesPath ?? DEFAULT_LEGACY_PATH).replace(/^\/+/, '');
    this.validation = validation ?? 'lenient';
    this.checks = resolveChecks(consistencyChecks);
    this.transport = new Transport({ ...rest, baseUrl, auth: authStrategy(auth) });
    this.invoke = (op, name, input, callOptions) =>
      this.send(op.meta as TmmisMeta, op, name, input as Record<string, unknown>, callOptions);
    const invoices = bindGroup('tmmis', operationGroups, 'invoices', this.invoke, this.timeZone);
    this.invoices = {
      ...invoices,
      payOnce: (input, options) => payOnce(invoices, input, options),
    };
    this.cashDesks = bindGroup('tmmis', operationGroups, 'cashDesks', this.invoke, this.timeZone);
  }

  /**
   * Escape hatch, as in every client: calls an operation by its wire name (`ByNumber`, `Pay`,
   * `CashDesk`...), validated and decoded like its method; an unknown name is a `ConfigError`.
   */
  call(wire: string, input?: unknown, options?: CallOptions): Promise<unknown> {
    const entry = allOperations.find((e) => e.op.wire === wire);
    if (!entry) {
      return Promise.reject(new ConfigError(`"${wire}" is not a ТМ:МИС operation; check the spelling.`));
    }
    const name = `tmmis.${entry.group}.${entry.key}`;
    return withTimeZone(this.timeZone, () => runOperation(this.invoke, entry.op, name, input, options));
  }

  private withClinic(input: Record<string, unknown>, operation: string): Record<string, unknown> {
    const OGRN = (input.OGRN as string | undefined) ?? this.ogrn;
    const OID = (input.OID as string | undefined) ?? this.oid;
    if (!OGRN || !OID) {
      const issues = [
        ...(OGRN ? [] : [{ path: 'OGRN', message: 'required: set ogrn on the client or OGRN on the call' }]),
        ...(OID ? [] : [{ path: 'OID', message: 'required: set oid on the client or OID on the call' }]),
      ];
      throw new RequestValidationError(issues, { operation });
    }
    return { ...input, OGRN, OID };
  }

  /** Sends one table operation and decodes its answer. */
  private async send(
    meta: TmmisMeta,
    op: Parameters<Invoker>[0],
    name: string,
    input: Record<string, unknown>,
    callOptions: Parameters<Invoker>[3],
  ): Promise<unknown> {
    const full = this.withClinic(input, name);
    this.personal.remember(op, full);
    const body = meta.body ? JSON.stringify(meta.body(full)) : undefined;
    const result = await this.transport.request(
      {
        operation: name,
        idempotent: op.idempotent,
        method: meta.method,
        path: meta.path ?? this.legacyPath,
        query: pickQuery(full, meta.query),
        headers: {
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json; charset=utf-8' } : {}),
        },
        body,
        acceptStatus,
        decode: (raw) => decodeResponse(raw, name, meta.result !== 'invoices'),
      },
      callOptions,
    );
    const resultMeta = { messages: result.messages, raw: result.raw };
    const shaped =
      meta.result === 'invoices'
        ? { ...readInvoiceList(result.data), ...resultMeta }
        : { data: result.data, ...resultMeta };
    const logger = this.transport.options.logger;
    const output = decodeOutput(op, shaped, name, this.validation, logger);
    if (this.checks && meta.result === 'invoices' && this.validation !== 'off') {
      this.runChecks((output as { invoices: Invoice[] }).invoices, name);
    }
    return output;
  }

  private runChecks(invoices: readonly Invoice[], operation: string): void {
    const problems = invoices.flatMap((inv) =>
      checkInvoice(inv, this.checks).map((p) => ({ path: `invoice ${inv.invoiceGuid}`, message: p })),
    );
    if (problems.length === 0) return;
    throw new ResponseError(
      `${prefix(operation)}an invoice failed the consistency checks (${problems
        .slice(0, 3)
        .map((p) => `${p.path}: ${p.message}`)
        .join('; ')}); report it to the ТМ:МИС administrator or turn consistencyChecks off.`,
      { operation, issues: problems },
    );
  }
}
