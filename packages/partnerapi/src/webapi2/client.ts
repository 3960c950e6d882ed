import {
  type BaseClientOptions,
  type CallOptions,
  ConfigError,
  type ProgressCallback,
  ResponseError,
  Transport,
  type ValidationMode,
  basicAuth,
  toIsoLocal,
} from '@x/core';
import {
  type PersonalDataPolicy,
  checkClientOptions,
  optionRule,
  personalDataPolicy,
  prefix,
  writeLog,
} from '@x/core/internal';
import type { Row } from '../soap/cells.js';
import { type SoapVersion, soapAction, soapHeaders } from '../soap/envelope.js';
import { WEBAPI2_GROUPS } from './groups.js';
import { RateLimiter, type RateLimiterOptions } from './limits.js';
import { WEBAPI2_OPERATIONS, type WebApi2OperationName } from './operations.generated.js';
import {
  type HistoryOperation,
  type SyncBatch,
  type SyncCursor,
  type SyncOperation,
  type SyncOptions,
  historyWindows,
  syncRun,
} from './sync.js';
import { WEBAPI2_PERSONAL_CALL, WEBAPI2_PERSONAL_TABLE } from './personal.js';
import { EMPTY_RESULT, PARAM_SPECS, type ParamsOf, RESULT_COLUMNS, type ResultOf } from './typed.js';
import { type ParamSpec, type WebApi2Answer, decodeWebApi2Raw, encodeWebApi2Request } from './wire.js';

/** Where PartnerWebAPI2 lives. */
export const WEBAPI2_ENDPOINTS = {
  /** The service URL recorded in live traffic. */
  ru: 'https://cus.1c-connect.com/cus/ws/PartnerWebAPI2',
  /** EU host named in a third-party document (unverified). */
  eu: 'https://eu-cus.1c-connect.com/cus/ws/PartnerWebAPI2',
} as const;

/** XML namespace of the service (WSDL targetNamespace). */
export const WEBAPI2_NAMESPACE = 'http://buhphone.com/PartnerWebAPI2';

/** Options of {@link PartnerWebApi2Client}. */
export interface PartnerWebApi2ClientOptions extends BaseClientOptions {
  /** `'ru'` (default), `'eu'` or the service URL. */
  endpoint?: keyof typeof WEBAPI2_ENDPOINTS | (string & {}) | undefined;
  /** Login of a user with administrator rights in the partner's 1С-Коннект cabinet (HTTP Basic). */
  user: string;
  /** Password (HTTP Basic); never logged. */
  password: string;
  /** SOAP version. Default `'1.2'` (as recorded). */
  soapVersion?: SoapVersion | undefined;
  /** Time zone `Date` parameters and sync watermarks are read in. Default `Europe/Moscow`. */
  timeZone?: string | undefined;
  /** Client-side hourly budgets: `true` for the defaults, or options. Default off. */
  rateLimit?: boolean | RateLimiterOptions | undefined;
  /** Clock for sync watermarks and limits (tests). Default `Date.now`. */
  now?: (() => number) | undefined;
}

type Method<N extends WebApi2OperationName> =
  Record<string, never> extends ParamsOf<N>
    ? (params?: ParamsOf<N>, options?: CallOptions) => Promise<ResultOf<N>>
    : (params: ParamsOf<N>, options?: CallOptions) => Promise<ResultOf<N>>;

/** The methods of one group; each method's TSDoc names its wire operation. */
export type WebApi2Group<G extends Record<string, WebApi2OperationName>> = { [M in keyof G]: Method<G[M]> };

type Groups = typeof WEBAPI2_GROUPS;

const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

function splitUrl(url: string): { baseUrl: string; path: string } {
  const clean = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const slash = clean.lastIndexOf('/');
  if (slash < clean.indexOf('//') + 2) return { baseUrl: `${clean}/`, path: '' };
  return { baseUrl: clean.slice(0, slash + 1), path: clean.slice(slash + 1) };
}

/**
 * Typed client of the 1С-Коннект PartnerWebAPI2 (SOAP), the partner service in use today. All 87
 * operations are callable by wire name (`call('ClientRead', …)`) and through grouped methods
 * (`clients.read`, `departments.add`, `serviceRequests.messages`…). Answers are decoded from
 * `ResultCode` + `ResultData`; any code other than `SUCCESS` is an error.
 */
export class PartnerWebApi2Client {
  /** Client organisations (Client*). */
  readonly clients: WebApi2Group<Groups['clients']>;
  /** Additional client parameters (ClientAdditionalParameter*). */
  readonly clientParameters: WebApi2Group<Groups['clientParameters']>;
  /** Subdivisions of client organisations (ClientDepartment*). */
  readonly clientDepartments: WebApi2Group<Groups['clientDepartments']>;
  /** Employees of client organisations (ClientUser*). */
  readonly clientUsers: WebApi2Group<Groups['clientUsers']>;
  /** Specialists' access to lines (Competence*). */
  readonly competences: WebApi2Group<Groups['competences']>;
  /** The partner's own subdivisions (Department*). */
  readonly departments: WebApi2Group<Groups['departments']>;
  /** History reads (GetHistoryOf*); long periods: {@link PartnerWebApi2Client.historyInWindows}. */
  readonly history: WebApi2Group<Groups['history']>;
  /** Treatments in progress (GetOpenedServiceTreatments). */
  readonly serviceTreatments: WebApi2Group<Groups['serviceTreatments']>;
  /** Usage statistics (GetClientUsageStatistics). */
  readonly statistics: WebApi2Group<Groups['statistics']>;
  /** Partner notifications (PartnerNotificationAdd). */
  readonly notifications: WebApi2Group<Groups['notifications']>;
  /** Region directory (RegionRead). */
  readonly regions: WebApi2Group<Groups['regions']>;
  /** Support lines (ServiceLineKind*). */
  readonly serviceLineKinds: WebApi2Group<Groups['serviceLineKinds']>;
  /** The partner's employees (Specialist*). */
  readonly specialists: WebApi2Group<Groups['specialists']>;
  /** Start picture (StartPicture*). */
  readonly startPicture: WebApi2Group<Groups['startPicture']>;
  /** Storefront (Storefront*). */
  readonly storefront: WebApi2Group<Groups['storefront']>;
  /** Lines connected to service recipients (UserServiceLine*). */
  readonly userServiceLines: WebApi2Group<Groups['userServiceLines']>;
  /** Service kinds (ServiceKind*). */
  readonly serviceKinds: WebApi2Group<Groups['serviceKinds']>;
  /** Service requests, their messages and files (ServiceRequest*). */
  readonly serviceRequests: WebApi2Group<Groups['serviceRequests']>;
  /** Communication channels (ServiceRequestChannelRead). */
  readonly serviceRequestChannels: WebApi2Group<Groups['serviceRequestChannels']>;
  /** Statuses (ServiceRequestStatusRead). */
  readonly serviceRequestStatuses: WebApi2Group<Groups['serviceRequestStatuses']>;
  /** Work types (ServiceRequestType*). */
  readonly serviceRequestTypes: WebApi2Group<Groups['serviceRequestTypes']>;
  /** The client-side limiter, when enabled. */
  readonly limiter: RateLimiter | undefined;

  private readonly transport: Transport;
  private readonly path: string;
  private readonly version: SoapVersion;
  private readonly timeZone: string;
  private readonly mode: ValidationMode;
  private readonly now: () => number;
  private readonly warned = new Set<string>();
  private readonly options: PartnerWebApi2ClientOptions;
  private readonly personal: PersonalDataPolicy;

  constructor(options: PartnerWebApi2ClientOptions) {
    const r = optionRule;
    checkClientOptions(options, 'PartnerWebApi2Client', {
      endpoint: r.text,
      user: r.str,
      password: r.str,
      soapVersion: r.oneOf('1.1', '1.2'),
      timeZone: r.text,
      rateLimit: r.any,
      now: r.fn,
    });
    if (!options?.user || typeof options.password !== 'string') {
      throw new ConfigError(
        'PartnerWebApi2Client needs `user` and `password` (a cabinet administrator, HTTP Basic).',
      );
    }
    const endpoint = options.endpoint ?? 'ru';
    const url = endpoint in WEBAPI2_ENDPOINTS ? WEBAPI2_ENDPOINTS[endpoint as 'ru'] : endpoint;
    const { baseUrl, path } = splitUrl(url);
    const {
      endpoint: _e,
      user,
      password,
      soapVersion: _v,
      timeZone: _t,
      rateLimit: _r,
      now: _n,
      validation: _m,
      logPersonalData,
      ...rest
    } = options;
    this.options = options;
    this.transport = new Transport({
      maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
      ...rest,
      baseUrl,
      auth: basicAuth(user, password),
    });
    this.path = path;
    this.version = options.soapVersion ?? '1.2';
    this.timeZone = options.timeZone ?? 'Europe/Moscow';
    this.mode = options.validation ?? 'lenient';
    this.now = options.now ?? Date.now;
    this.personal = personalDataPolicy([WEBAPI2_PERSONAL_TABLE], logPersonalData);
    const rl = options.rateLimit;
    this.limiter = rl ? new RateLimiter({ now: this.now, ...(rl === true ? {} : rl) }) : undefined;
    const bind = <G extends keyof Groups>(group: G): WebApi2Group<Groups[G]> => {
      const out: Record<string, unknown> = {};
      for (const [method, wire] of Object.entries(WEBAPI2_GROUPS[group])) {
        out[method] = (params: unknown, call?: CallOptions) =>
          this.invoke(wire as WebApi2OperationName, `${group}.${method}`, params, call);
      }
      return out as WebApi2Group<Groups[G]>;
    };
    this.clients = bind('clients');
    this.clientParameters = bind('clientParameters');
    this.clientDepartments = bind('clientDepartments');
    this.clientUsers = bind('clientUsers');
    this.competences = bind('competences');
    this.departments = bind('departments');
    this.history = bind('history');
    this.serviceTreatments = bind('serviceTreatments');
    this.statistics = bind('statistics');
    this.notifications = bind('notifications');
    this.regions = bind('regions');
    this.serviceLineKinds = bind('serviceLineKinds');
    this.specialists = bind('specialists');
    this.startPicture = bind('startPicture');
    this.storefront = bind('storefront');
    this.userServiceLines = bind('userServiceLines');
    this.serviceKinds = bind('serviceKinds');
    this.serviceRequests = bind('serviceRequests');
    this.serviceRequestChannels = bind('serviceRequestChannels');
    this.serviceRequestStatuses = bind('serviceRequestStatuses');
    this.serviceRequestTypes = bind('serviceRequestTypes');
  }

  /**
   * Calls any of the 87 operations by its wire name. Known operations take typed parameters and
   * return typed rows; the rest take a Params object of JS values and return data decoded from
   * each value's own `xsi:type`.
   */
  call<N extends WebApi2OperationName>(
    name: N,
    params?: ParamsOf<N>,
    options?: CallOptions,
  ): Promise<ResultOf<N>> {
    if (!Object.hasOwn(WEBAPI2_OPERATIONS, name)) {
      return Promise.reject(
        new ConfigError(
          `"${String(name)}" is not a PartnerWebAPI2 operation (see WEBAPI2_OPERATIONS); check the spelling.`,
        ),
      );
    }
    return this.invoke(name, name, params, options) as Promise<ResultOf<N>>;
  }

  /**
   * Incremental sync of a `ChangedFrom` read, for a cron job: pass the cursor the previous run
   * returned (or `null` for a full first read), handle each batch's `items`, then persist its
   * `cursor`. Re-reads one second before the watermark and drops versions already delivered.
   */
  sync(
    operation: SyncOperation,
    cursor: SyncCursor | null | undefined,
    options?: SyncOptions,
  ): AsyncGenerator<SyncBatch> {
    return syncRun(
      operation,
      cursor,
      async (params, signal) => {
        const data = await this.invoke(operation, `sync.${operation}`, params, { signal });
        return this.rowsOf(operation, data);
      },
      this.now,
      this.timeZone,
      options,
    );
  }

  /**
   * Streams a history read over a long period `[from, to)` (ISO local dates or date-times) in
   * windows no longer than the operation's published daytime maximum (calls 7 days, treatments
   * 35, file transfers 90), one call per window, in order.
   */
  historyInWindows(
    operation: HistoryOperation,
    from: string,
    to: string,
    params: Readonly<Record<string, string>> = {},
    options: { maxDays?: number; signal?: AbortSignal; onProgress?: ProgressCallback } = {},
  ): AsyncGenerator<Row> {
    const { from: fromName, to: toName } = {
      GetHistoryOfServiceCalls: { from: 'PeriodFrom', to: 'PeriodTo' },
      GetHistoryOfServiceTreatments: { from: 'OpenedFrom', to: 'OpenedTo' },
      GetHistoryOfServiceFileTransfer: { from: 'PeriodFrom', to: 'PeriodTo' },
    }[operation];
    return historyWindows(
      operation,
      from,
      to,
      async (w, signal) => {
        const windowParams = { ...params, [fromName]: w.from, [toName]: w.to };
        const data = await this.invoke(operation, `history.${operation}`, windowParams, { signal });
        return this.rowsOf(operation, data);
      },
      options.maxDays,
      options.signal,
      options.onProgress,
    );
  }

  private rowsOf(operation: string, data: unknown): Row[] {
    if (data === undefined) return [];
    if (Array.isArray(data)) return data as Row[];
    throw new ResponseError(
      `${prefix(operation)}the answer holds no ValueTable where rows were expected; please report it.`,
      {
        operation,
      },
    );
  }

  private async invoke(
    wire: WebApi2OperationName,
    name: string,
    params: unknown,
    call?: CallOptions,
  ): Promise<unknown> {
    const info = WEBAPI2_OPERATIONS[wire];
    // Before encoding: a value the encoder rejects is quoted in its validation error.
    this.personal.remember(WEBAPI2_PERSONAL_CALL, params);
    const specs = (PARAM_SPECS as Partial<Record<string, Readonly<Record<string, ParamSpec>>>>)[wire];
    const body = encodeWebApi2Request(wire, info.request, params, {
      version: this.version,
      namespace: WEBAPI2_NAMESPACE,
      specs,
      timeZone: this.timeZone,
      operation: name,
    });
    await this.limiter?.acquire(wire, name, call?.signal);
    const action = soapAction(WEBAPI2_NAMESPACE, 'PartnerWebAPI2', wire);
    const answer: WebApi2Answer = await this.transport.request(
      {
        operation: name,
        idempotent: info.idempotent,
        method: 'POST',
        path: this.path,
        headers: soapHeaders(this.version, action),
        body,
        // 1C sends SOAP Faults with HTTP 500.
        acceptStatus: (s) => (s >= 200 && s < 300) || s === 500,
        decode: (raw) => decodeWebApi2Raw(raw, name, this.now()),
      },
      call,
    );
    if (info.fileData) {
      if (!answer.fileData)
        throw new ResponseError(`${prefix(name)}the answer has no fileData; please report it.`, {
          operation: name,
        });
      return { fileData: answer.fileData, data: answer.data };
    }
    if ((EMPTY_RESULT as readonly string[]).includes(wire)) return undefined;
    const columns = (RESULT_COLUMNS as Partial<Record<string, Record<string, string>>>)[wire];
    if (columns) {
      const rows = this.rowsOf(name, answer.data);
      this.checkColumns(name, rows, Object.keys(columns));
      return rows;
    }
    return answer.data;
  }

  /** A documented column missing from an answer: strict → error, lenient → one warning per operation. */
  private checkColumns(operation: string, rows: readonly Row[], columns: readonly string[]): void {
    if (this.mode === 'off' || rows.length === 0) return;
    const missing = columns.filter((c) => !(c in rows[0]!));
    if (missing.length === 0) return;
    const what = `the answer lacks the documented column(s) ${missing.join(', ')}`;
    if (this.mode === 'strict')
      throw new ResponseError(
        `${prefix(operation)}${what}; the vendor may have changed it, please report it.`,
        {
          operation,
          issues: missing.map((m) => ({ path: `0.${m}`, message: 'missing column' })),
        },
      );
    if (!this.warned.has(operation)) {
      this.warned.add(operation);
      writeLog(
        this.options.logger,
        'warn',
        { event: 'response_mismatch', operation, detail: missing },
        `${operation}: ${what}`,
      );
    }
  }

  /** The service's wall-clock now (`YYYY-MM-DDTHH:MM:SS`) by this client's clock and time zone. */
  serviceNow(): string {
    return toIsoLocal(new Date(this.now()), this.timeZone).slice(0, 19);
  }
}
