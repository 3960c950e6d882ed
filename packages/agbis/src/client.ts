import {
  AuthError,
  type BaseClientOptions,
  type CallOptions,
  ConfigError,
  type InputOf,
  type Logger,
  type OperationMethods,
  type OutputOf,
  type Schema,
  SessionManager,
  type SharedSessionOptions,
  Transport,
  type ValidationMode,
  clientTimeZone,
  registerSecret,
  withTimeZone,
} from '@x/core';
import {
  type Invoker,
  type PersonalDataPolicy,
  attachOutcome,
  bindGroup,
  checkClientOptions,
  decodeOutput,
  optionRule,
  personalDataPolicy,
  runOperation,
  validateInput,
} from '@x/core/internal';
import { DecodedOutput, decodeJsonAnswerFast } from './fast-decode.js';
import { Feeds } from './helpers/feeds.js';
import {
  type AddBonusOnceInput,
  type MoneySettlement,
  type PayOnceInput,
  type RefundOnceInput,
  addBonusOnce,
  payOnce,
  refundOnce,
} from './helpers/settle.js';
import { Streams } from './helpers/streams.js';
import {
  type AgbisOperation,
  type CommandName,
  type Commands,
  type UndocumentedCommand,
  operationGroups,
  operationOf,
} from './operations/index.js';
import { sha1Hex } from './sha1.js';
import {
  type AgbisMeta,
  type BinaryAnswer,
  type PostValueEncoding,
  decodeBinaryAnswer,
  decodeJsonAnswer,
  encodeCommand,
} from './wire.js';

/** Options of {@link AgbisClient}. */
export interface AgbisClientOptions extends BaseClientOptions {
  /** Full API address, `https://<host>/cl/<Path>/api/`. Give this or `host` + `path`. */
  baseUrl?: string | undefined;
  /** API host, e.g. `himinfo.org`; used with `path` when `baseUrl` is not given. */
  host?: string | undefined;
  /** The dry-cleaner's `{Path}` (ask AGBIS client service). */
  path?: string | undefined;
  /** Program user (Агбис.Химчистка → Справочники → Пользователи); may be Cyrillic. */
  user: string;
  /** The user's password; the SDK sends only its SHA-1. Give this or `passwordSha1`. */
  password?: string | undefined;
  /** SHA-1 hex of the password, when you do not want to hold the password itself. */
  passwordSha1?: string | undefined;
  /**
   * How string values inside POST bodies are encoded: `uri` (default, as the document's examples)
   * or `none` for a server that does not URL-decode them.
   */
  postValueEncoding?: PostValueEncoding | undefined;
  /** Session life the SDK assumes. Default 10 minutes, as the document says. */
  sessionTtlMs?: number | undefined;
  /** Renew this long before the assumed expiry. Default 60,000 ms. */
  refreshAheadMs?: number | undefined;
  /** Clock for session expiry (tests pass a manual clock). Default `Date.now`. */
  now?: (() => number) | undefined;
  /**
   * Share one session among all processes using this account (a login limit applies: AGBIS answers
   * 429 to repeated logins). Give a session store, a lease store (e.g. from `@x/redis`) and a key
   * per account; one process renews, the others take its session. `close()` then only forgets the
   * session, without Logout. See the "Running many workers" guide.
   */
  sharedSession?: SharedSessionOptions | undefined;
  /**
   * IANA time zone of the dry-cleaner's server, in which a `Date` input (StartDate, StopDate,
   * doc_date, the streams' ranges...) is written as wall time. Default `Europe/Moscow`: the
   * document names no zone (its times are the business's local time, without offset), so set the
   * zone of the business when it is elsewhere. Strings are sent as given. An unknown name is a ConfigError.
   */
  timeZone?: string | undefined;
}

/** Options of {@link AgbisClient.call} for commands the SDK does not describe. */
export interface RawCallOptions extends CallOptions {
  /** HTTP method. Default GET. */
  method?: 'GET' | 'POST' | undefined;
  /** Whether the command needs SessionID. Default true. */
  session?: boolean | undefined;
  /** Whether repeating it is harmless (allows retries). Default false. */
  idempotent?: boolean | undefined;
  /** `binary` when the answer is a file (PhotoOnline). Default `json`. */
  result?: 'json' | 'binary' | undefined;
}

/** The session the client holds. */
interface AgbisSession {
  id: string;
  refreshId: string | undefined;
  userId: string | undefined;
}

type Groups = typeof operationGroups;

const TEN_MINUTES = 10 * 60_000;

function isExpired(error: unknown): boolean {
  return error instanceof AuthError && error.sessionExpired;
}

function resolveBaseUrl(options: AgbisClientOptions): string {
  if (options.baseUrl) return options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  if (options.host && options.path) {
    const host = /^https?:\/\//.test(options.host)
      ? options.host.replace(/\/+$/, '')
      : `https://${options.host}`;
    return `${host}/cl/${encodeURIComponent(options.path)}/api/`;
  }
  throw new ConfigError(
    'AgbisClient needs baseUrl ("https://<host>/cl/<Path>/api/") or host and path; ask AGBIS client service for the Path.',
  );
}

/**
 * Typed client of the Агбис.Химчистка commercial API. Logs in lazily, keeps the session alive
 * (refreshing it before its 10 minutes run out and after an "expired" answer), encodes and decodes
 * every value the way the vendor does, and never repeats a write or a payment that may have
 * reached the server.
 *
 * ```ts
 * const agbis = new AgbisClient({ host: 'himinfo.org', path: 'mycleaner', user: 'api', password });
 * const { orders } = await agbis.orders.between({ StartDate: '2024-03-01', StopDate: '2024-03-07' });
 * await agbis.close();
 * ```
 */
export class AgbisClient {
  /** Session commands: the entries of {@link operationGroups | operationGroups.session}, each method documented with its command. */
  readonly session: OperationMethods<Groups['session']>;
  /** Reference data: the entries of {@link operationGroups | operationGroups.reference}. */
  readonly reference: OperationMethods<Groups['reference']>;
  /** Clients: the entries of {@link operationGroups | operationGroups.clients}, and `addBonusOnce`. */
  readonly clients: OperationMethods<Groups['clients']> & {
    /**
     * `AddBonusForAll` at most once; a lost answer is settled through `BonusesBetweenForAll`
     * (see {@link addBonusOnce}). Never credits twice.
     */
    addBonusOnce(input: AddBonusOnceInput, options?: CallOptions): Promise<MoneySettlement>;
  };
  /** Orders: the entries of {@link operationGroups | operationGroups.orders}. */
  readonly orders: OperationMethods<Groups['orders']>;
  /** Services: the entries of {@link operationGroups | operationGroups.services}. */
  readonly services: OperationMethods<Groups['services']>;
  /** Payments: the entries of {@link operationGroups | operationGroups.payments}, and `payOnce` / `refundOnce`. */
  readonly payments: OperationMethods<Groups['payments']> & {
    /**
     * `PayForAll` at most once; a lost answer is settled through `OrderPaysBetweenForAll`
     * (see {@link payOnce}). Never pays twice.
     */
    payOnce(input: PayOnceInput, options?: CallOptions): Promise<MoneySettlement>;
    /** `ReturnPayForAll` at most once, settled the same way (see {@link refundOnce}). Never refunds twice. */
    refundOnce(input: RefundOnceInput, options?: CallOptions): Promise<MoneySettlement>;
  };
  /** Statistics: the entries of {@link operationGroups | operationGroups.statistics}. */
  readonly statistics: OperationMethods<Groups['statistics']>;
  /** Obsolete commands: the entries of {@link operationGroups | operationGroups.deprecated}. */
  readonly deprecated: OperationMethods<Groups['deprecated']>;
  /** Range commands streamed window by window, deduplicated across window edges. */
  readonly streams: Streams;
  /** The LastChangeOrder feed with a cursor you persist. */
  readonly feeds: Feeds;
  /** The session manager (counters in `sessions.stats`). */
  readonly sessions: SessionManager<AgbisSession>;
  /** The zone `Date` inputs are written in (the `timeZone` option, default `Europe/Moscow`). */
  readonly timeZone: string;

  // Private in every client: a user sends through the methods or call(), which validate, name the
  // operation and record a write's outcome; the raw transport would skip all three.
  private readonly transport: Transport;
  /** How a table entry becomes a request: the same shape in every client (see bindGroup). */
  private readonly invoke: Invoker;
  private readonly validation: ValidationMode;
  private readonly logger: Logger | undefined;
  private readonly postEncoding: PostValueEncoding;
  private readonly options: AgbisClientOptions;
  private readonly personal: PersonalDataPolicy;
  private pwdHash: Promise<string> | undefined;

  constructor(options: AgbisClientOptions) {
    const r = optionRule;
    checkClientOptions(options, 'AgbisClient', {
      baseUrl: r.text,
      host: r.text,
      path: r.text,
      user: r.str,
      password: r.str,
      passwordSha1: r.str,
      postValueEncoding: r.oneOf('uri', 'none'),
      sessionTtlMs: r.millis(),
      refreshAheadMs: r.millis(0),
      now: r.fn,
      timeZone: r.text,
      sharedSession: r.any,
    });
    if (!options || typeof options.user !== 'string' || options.user === '') {
      throw new ConfigError('AgbisClient needs the AGBIS program user name in `user`.');
    }
    if (!options.password && !options.passwordSha1) {
      throw new ConfigError('AgbisClient needs `password` or `passwordSha1`.');
    }
    if (options.passwordSha1 !== undefined && !/^[0-9a-fA-F]{40}$/.test(options.passwordSha1)) {
      throw new ConfigError('passwordSha1 must be 40 hexadecimal characters (the SHA-1 of the password).');
    }
    this.timeZone = clientTimeZone(options.timeZone, 'Europe/Moscow');
    registerSecret(options.password);
    registerSecret(options.passwordSha1);
    this.options = options;
    this.validation = options.validation ?? 'lenient';
    this.logger = options.logger;
    this.postEncoding = options.postValueEncoding ?? 'uri';
    this.personal = personalDataPolicy(Object.values(operationGroups), options.logPersonalData);
    this.transport = new Transport({
      ...options,
      baseUrl: resolveBaseUrl(options),
      // Options of call() for undocumented commands (RawCallOptions).
      extraCallOptions: {
        method: r.oneOf('GET', 'POST'),
        session: r.flag,
        idempotent: r.flag,
        result: r.oneOf('json', 'binary'),
      },
    });
    const now = options.now ?? Date.now;
    const ttl = options.sessionTtlMs ?? TEN_MINUTES;
    const sessions = operationGroups.session;
    /** A session from a Login or RefreshSession answer, assumed to live `ttl` from now. */
    const startSession = (answer: {
      Session_id: string;
      Refresh_id?: string;
      User_ID?: string | undefined;
    }) => ({
      session: { id: answer.Session_id, refreshId: answer.Refresh_id, userId: answer.User_ID },
      expiresAt: now() + ttl,
    });
    this.sessions = new SessionManager<AgbisSession>({
      name: 'agbis',
      now,
      refreshAheadMs: options.refreshAheadMs ?? 60_000,
      renewTimeoutMs: options.deadlineMs,
      logger: options.logger,
      secrets: (s) => [s.id, s.refreshId],
      shared: options.sharedSession,
      login: async (signal) =>
        startSession(
          await this.runOp(
            sessions.login,
            'agbis.session.login',
            { User: options.user, Pwd: await this.passwordHash(), AsUser: '1' },
            undefined,
            { signal },
          ),
        ),
      refresh: async (current, signal) => {
        if (!current.refreshId) throw new ConfigError('no refresh id was issued; logging in again.');
        const answer = await this.runOp(
          sessions.refreshSession,
          'agbis.session.refreshSession',
          { Refresh_ID: current.refreshId },
          undefined,
          { signal },
        );
        // RefreshSession does not repeat the user id; the session keeps the one Login gave.
        return startSession({ ...answer, User_ID: current.userId });
      },
      logout: async (current, signal) => {
        try {
          await this.runOp(sessions.logout, 'agbis.session.logout', undefined, current.id, {
            signal,
            retry: false,
          });
        } catch (error) {
          // A session the server already dropped is as logged out as it gets.
          if (!isExpired(error)) throw error;
        }
      },
    });
    this.invoke = (op, name, input, call) => this.runTable(op as AgbisOperation, name, input, call);
    const bind = <K extends keyof Groups>(group: K) =>
      bindGroup('agbis', operationGroups, group, this.invoke, this.timeZone);
    this.session = bind('session');
    this.reference = bind('reference');
    const clients = bind('clients');
    this.clients = {
      ...clients,
      addBonusOnce: (input, call) => addBonusOnce(clients, input, now, call),
    };
    this.orders = bind('orders');
    this.services = bind('services');
    const payments = bind('payments');
    this.payments = {
      ...payments,
      payOnce: (input, call) => payOnce(payments, input, now, call),
      refundOnce: (input, call) => refundOnce(payments, input, now, call),
    };
    this.statistics = bind('statistics');
    this.deprecated = bind('deprecated');
    this.streams = new Streams(this);
    this.feeds = new Feeds(this);
  }

  private passwordHash(): Promise<string> {
    if (!this.pwdHash) {
      const given = this.options.passwordSha1;
      this.pwdHash = (given ? Promise.resolve(given.toLowerCase()) : sha1Hex(this.options.password!)).then(
        (hash) => {
          registerSecret(hash);
          return hash;
        },
      );
    }
    return this.pwdHash;
  }

  /**
   * Calls any command by its wire name. A documented command is validated and decoded like its
   * method; an undocumented one (OrderImagesModern, PhotoOnline, Trips...) is sent as given, with
   * its strings decoded, or as bytes when `result: 'binary'`.
   */
  call<C extends CommandName>(
    command: C,
    ...args: undefined extends InputOf<Commands[C]>
      ? [params?: InputOf<Commands[C]>, options?: CallOptions]
      : [params: InputOf<Commands[C]>, options?: CallOptions]
  ): Promise<OutputOf<Commands[C]>>;
  call(
    command: UndocumentedCommand | (string & {}),
    params?: Record<string, unknown>,
    options?: RawCallOptions & { result?: 'json' },
  ): Promise<Record<string, unknown>>;
  call(
    command: UndocumentedCommand | (string & {}),
    params: Record<string, unknown> | undefined,
    options: RawCallOptions & { result: 'binary' },
  ): Promise<BinaryAnswer>;
  call(command: string, params?: unknown, options?: RawCallOptions): Promise<unknown> {
    const known = operationOf(command);
    const name = `agbis.call.${command}`;
    if (known) {
      return withTimeZone(this.timeZone, () => runOperation(this.invoke, known, name, params, options));
    }
    const meta: AgbisMeta = {
      method: options?.method ?? 'GET',
      session: options?.session ?? true,
      result: options?.result ?? 'json',
    };
    const idempotent = options?.idempotent ?? false;
    const abortedBefore = options?.signal?.aborted === true;
    return this.execute(command, meta, idempotent, name, params, options).catch((error: unknown) => {
      throw attachOutcome(error, { idempotent }, abortedBefore);
    });
  }

  /** Runs a table operation and decodes its output. */
  private async runTable(
    op: AgbisOperation,
    name: string,
    input: unknown,
    call: CallOptions | undefined,
  ): Promise<unknown> {
    this.personal.remember(op, input);
    // The single-pass decoder serves strict and lenient alike; `off` wants the wire value unconverted.
    const fast = this.validation === 'off' ? undefined : op.output;
    const wire = await this.execute(op.wire, op.meta, op.idempotent, name, input, call, fast);
    if (wire instanceof DecodedOutput) return wire.value;
    return decodeOutput(op, wire, name, this.validation, this.logger);
  }

  /** Runs an operation with an explicit session (or none), bypassing the session manager. */
  private async runOp<Op extends AgbisOperation>(
    op: Op,
    name: string,
    input: unknown,
    sessionId: string | undefined,
    call: CallOptions,
  ): Promise<OutputOf<Op>> {
    const parsed = withTimeZone(this.timeZone, () => validateInput(op, input, name));
    const wire = await this.send(op.wire, op.meta, op.idempotent, name, parsed, sessionId, call);
    return decodeOutput(op, wire, name, this.validation, this.logger);
  }

  /** Sends a command, with the managed session when it needs one (renewed once on error 3/106). */
  private execute(
    command: string,
    meta: AgbisMeta,
    idempotent: boolean,
    name: string,
    input: unknown,
    call: CallOptions | undefined,
    fast?: Schema,
  ): Promise<unknown> {
    if (!meta.session) return this.send(command, meta, idempotent, name, input, undefined, call, fast);
    return this.sessions.run(
      (session) => this.send(command, meta, idempotent, name, input, session.id, call, fast),
      isExpired,
      call?.signal,
      name,
    );
  }

  private send(
    command: string,
    meta: AgbisMeta,
    idempotent: boolean,
    name: string,
    input: unknown,
    sessionId: string | undefined,
    call: CallOptions | undefined,
    fast?: Schema,
  ): Promise<unknown> {
    const encoded = encodeCommand(
      command,
      meta,
      input as Record<string, unknown> | undefined,
      sessionId,
      this.postEncoding,
    );
    return this.transport.request(
      {
        operation: name,
        idempotent,
        method: encoded.method,
        path: encoded.path,
        body: encoded.body,
        headers: encoded.headers,
        acceptStatus: () => true,
        decode: (raw) =>
          meta.result === 'binary'
            ? decodeBinaryAnswer(raw, name, command)
            : fast
              ? decodeJsonAnswerFast(raw, name, command, fast)
              : decodeJsonAnswer(raw, name, command),
      },
      call,
    );
  }

  /** Logs out (Logout) and forgets the session. Safe to call more than once. */
  async close(signal?: AbortSignal): Promise<void> {
    await this.sessions.close(signal);
  }
}
