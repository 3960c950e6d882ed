import { type Clock, EmulatorKit, type Framed, type RecordedRequest, requestDetails } from '@x/core/testing';
import { operationOf } from '../operations/index.js';
import { sha1Hex } from '../sha1.js';
import { decodeWireValue } from '../wire.js';
import { encodeAnswer, parseDay } from './format.js';
import { EmuError, type FileAnswer, type HandlerContext, handlersByCommand } from './handlers/index.js';
import {
  AgbisState,
  type AgbisSeed,
  DEFAULT_SEED,
  DEFAULT_USER,
  type EmuUser,
  blankClient,
} from './state.js';

/** What the AGBIS emulator records of a request beyond the common journal fields. */
export interface AgbisRequestDetails {
  /** The `SessionID` sent (query or POST body), if any. */
  sessionId: string | undefined;
  /** The `error` code answered (0 for success, undefined for file or faulty answers). */
  error: number | undefined;
}

/**
 * One request as the emulator saw it: `operation` is the command (the first query key, e.g.
 * `OrderInfoForAll`; "" when none), `params` the command's parameters after the server's own
 * decoding, `body` the raw POST text.
 */
export type AgbisRequest = RecordedRequest<Record<string, unknown>, AgbisRequestDetails>;

/** Options of {@link AgbisEmulator}. */
export interface AgbisEmulatorOptions {
  /** Clock of sessions and change times. Default a `ManualClock` at 2026-01-01 09:00 UTC. */
  clock?: Clock;
  /** The account path of {@link AgbisEmulator.serve}'s `baseUrl`: `<url>/cl/<path>/api/`. Default `demo`. */
  path?: string;
  /** Session life. Default 10 minutes. */
  sessionTtlMs?: number;
  /** Data to start with (see {@link AgbisSeed}); reference data defaults to a small realistic set. */
  seed?: AgbisSeed;
  /** Content type of JSON answers; live servers label JSON `text/html`. Default `text/html; charset=UTF-8`. */
  jsonContentType?: string;
  /** List key of OrdersBetweenForAll (document: `order`) and OrderByDateTimeForAll (live: `orders`). */
  orderListKey?: { between?: 'order' | 'orders'; byDateTime?: 'order' | 'orders' };
  /** Mimic accounts whose LastChangeOrder always answers an empty list. */
  lastChangeOrderEmpty?: boolean;
  /** Ranges wider than this many days answer an HTML 504 page, as live servers do. Default 62. */
  maxRangeDays?: number;
  /** At most `max` commands per `windowMs` per session (or per client without one); beyond: error 102. */
  rateLimit?: { max: number; windowMs: number };
  /** At most `max` logins per `windowMs`; beyond: HTTP 429 for `blockMs` (live: about two minutes). */
  loginLimit?: { max: number; windowMs: number; blockMs?: number };
}

const GATEWAY_TIMEOUT_PAGE =
  '<html><head><title>504 Gateway Time-out</title></head><body><center><h1>504 Gateway Time-out</h1></center><hr><center>nginx</center></body></html>';
const ERROR_PAGE =
  '<html><head><title>500 Internal Server Error</title></head><body><h1>500</h1></body></html>';

/**
 * A stateful emulator of the AGBIS commercial API, as one fetch-style handler: the document's
 * wire format (GET JSON in the query, POST JSON bodies with URI-encoded values), its encodings
 * (URI-encoded strings, decimal commas), sessions on a controllable clock, the documented error
 * codes, and fault injection. Use it as the client's `fetch`, through msw, or on a loopback port.
 */
export class AgbisEmulator extends EmulatorKit<AgbisRequest> {
  /** Everything it holds; tests may read and change it. */
  readonly state = new AgbisState();
  private readonly options: AgbisEmulatorOptions;
  private readonly rateHits = new Map<string, number[]>();
  private loginHits: number[] = [];
  private loginBlockedUntil = 0;
  private ready: Promise<void>;

  /** Creates an emulator seeded with the default reference data and user, plus `options.seed`. */
  constructor(options: AgbisEmulatorOptions = {}) {
    super(options);
    this.options = options;
    this.ready = this.seed({ ...DEFAULT_SEED, ...options.seed });
  }

  /** Adds (or replaces) data. Users get `pwdSha1` computed from `password` when only that is given. */
  async seed(seed: AgbisSeed): Promise<void> {
    const s = this.state;
    if (seed.priceList) s.priceList = [...seed.priceList];
    if (seed.priceGroups) s.priceGroups = [...seed.priceGroups];
    if (seed.contrTree) s.contrTree = [...seed.contrTree];
    if (seed.addonTypes) s.addonTypes = [...seed.addonTypes];
    if (seed.addonPacks) s.addonPacks = [...seed.addonPacks];
    if (seed.regions) s.regions = [...seed.regions];
    const users: NonNullable<AgbisSeed['users']> = seed.users ?? (s.users.length === 0 ? [DEFAULT_USER] : []);
    for (const u of users) {
      const pwdSha1 = u.pwdSha1 ?? (await sha1Hex(u.password ?? ''));
      const user: EmuUser = { id: u.id ?? s.nextId(), login: u.login, pwdSha1 };
      s.users = [...s.users.filter((x) => x.login !== user.login), user];
    }
    const now = this.clock.now();
    for (const c of seed.clients ?? []) {
      // Seeded clients are private persons who agreed to service SMS, unless the seed says otherwise.
      s.clients.set(c.contr_id, {
        ...blankClient(c.contr_id, now),
        fullname: c.name,
        contrag_type: 2,
        agree_to_receive_sms: true,
        ...c,
      });
    }
    for (const o of seed.orders ?? []) s.orders.set(o.dor_id, structuredClone(o));
    for (const t of seed.trips ?? []) s.trips.set(t.id, { ...t });
    if (seed.docsInWay) s.docsInWay = [...seed.docsInWay];
  }

  /** Expires every live session now (the next command answers error 3). */
  expireSessions(): void {
    for (const s of this.state.sessions.values()) s.expiresAt = this.clock.now();
  }

  protected override baseUrlFor(origin: string): string {
    return `${origin}/cl/${this.options.path ?? 'demo'}/api/`;
  }

  protected override faultPage(): { body: string; contentType: string } {
    return { body: ERROR_PAGE, contentType: 'text/html; charset=UTF-8' };
  }

  protected async frame(request: Request): Promise<Framed<AgbisRequest>> {
    await this.ready;
    const url = new URL(request.url);
    const body = request.method === 'POST' ? await request.text() : '';
    const query = new URLSearchParams(url.search);
    const command = [...query.keys()][0] ?? '';
    const record: AgbisRequest = {
      operation: command,
      ...requestDetails(request, body),
      params: {},
      sessionId: undefined,
      error: undefined,
    };
    return { record, answer: () => this.answer(command, query, request, body, record) };
  }

  private json(record: AgbisRequest, answer: Record<string, unknown>): Response {
    record.error = typeof answer.error === 'number' ? answer.error : 0;
    const text = JSON.stringify(encodeAnswer({ error: 0, ...answer }));
    return new Response(text, {
      status: 200,
      headers: { 'content-type': this.options.jsonContentType ?? 'text/html; charset=UTF-8' },
    });
  }

  private fail(record: AgbisRequest, code: number, msg: string): Response {
    return this.json(record, { error: code, Msg: msg });
  }

  private answer(
    command: string,
    query: URLSearchParams,
    request: Request,
    body: string,
    record: AgbisRequest,
  ): Response {
    const now = this.clock.now();
    const handler = handlersByCommand.get(command);
    if (command === '' || !handler) {
      return this.fail(record, 103, 'Отсутствуют команды на выполнение');
    }
    const op = operationOf(command);
    const isPost = op ? op.meta.method === 'POST' : request.method === 'POST';
    const needsSession = op ? op.meta.session : true;

    // Parameters, decoded the way the server does.
    let params: Record<string, unknown> = {};
    let sessionId = query.get('SessionID') ?? undefined;
    if (isPost) {
      if (request.method !== 'POST' || body.trim() === '') {
        return this.fail(record, 104, 'Отсутствуют параметры команды');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return this.fail(record, 105, 'Некорректные данные');
      }
      const envelope = parsed as Record<string, unknown>;
      const inner = envelope[command];
      if (inner === null || typeof inner !== 'object') {
        return this.fail(record, 104, 'Отсутствуют параметры команды');
      }
      params = urlDecodeDeep(inner) as Record<string, unknown>;
      if (typeof envelope.SessionID === 'string') sessionId = envelope.SessionID;
    } else {
      const raw = query.get(command);
      if (raw) {
        try {
          params = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          return this.fail(record, 105, 'Некорректные данные');
        }
        if (params === null || typeof params !== 'object' || Array.isArray(params)) {
          return this.fail(record, 105, 'Некорректные данные');
        }
        // Values must be literal inside the JSON; a second encoding is what live servers reject.
        const doubly = Object.values(params).some((v) => typeof v === 'string' && /%[0-9A-F]{2}/i.test(v));
        if (doubly) return this.fail(record, 1, 'Ошибка выполнения команды');
      }
    }
    record.params = params;
    record.sessionId = sessionId;

    if (command === 'Login') {
      const limit = this.options.loginLimit;
      if (limit) {
        if (now < this.loginBlockedUntil) return tooManyRequests(this.loginBlockedUntil - now);
        this.loginHits = this.loginHits.filter((t) => t > now - limit.windowMs);
        if (this.loginHits.length >= limit.max) {
          this.loginBlockedUntil = now + (limit.blockMs ?? 120_000);
          return tooManyRequests(this.loginBlockedUntil - now);
        }
        this.loginHits.push(now);
      }
    }

    let user: EmuUser | undefined;
    if (needsSession) {
      if (!sessionId) return this.fail(record, 2, 'Не авторизирован');
      const session = this.state.sessions.get(sessionId);
      if (!session) return this.fail(record, 106, 'Недействительный SessionID');
      if (now >= session.expiresAt) return this.fail(record, 3, 'Авторизация просрочена');
      user = this.state.users.find((u) => u.id === session.userId);
    }

    const rate = this.options.rateLimit;
    if (rate) {
      const key = sessionId ?? 'anonymous';
      const hits = (this.rateHits.get(key) ?? []).filter((t) => t > now - rate.windowMs);
      if (hits.length >= rate.max) return this.fail(record, 102, 'Слишком частые запросы');
      hits.push(now);
      this.rateHits.set(key, hits);
    }

    if (op?.meta.range) {
      const from = parseDay(params.StartDate);
      const to = parseDay(params.StopDate);
      const maxDays = this.options.maxRangeDays ?? 62;
      if (from !== undefined && to !== undefined && to - from > maxDays * 86_400_000) {
        return new Response(GATEWAY_TIMEOUT_PAGE, { status: 504, headers: { 'content-type': 'text/html' } });
      }
    }

    const ctx: HandlerContext = {
      state: this.state,
      params,
      user,
      sessionId,
      now,
      options: {
        sessionTtlMs: this.options.sessionTtlMs ?? 600_000,
        orderListKey: {
          between: this.options.orderListKey?.between ?? 'order',
          byDateTime: this.options.orderListKey?.byDateTime ?? 'orders',
        },
        lastChangeOrderEmpty: this.options.lastChangeOrderEmpty ?? false,
      },
    };
    try {
      const result = handler(ctx);
      if (isFile(result)) {
        return new Response(result.file as Uint8Array<ArrayBuffer>, {
          status: 200,
          headers: { 'content-type': result.contentType },
        });
      }
      return this.json(record, result);
    } catch (error) {
      if (error instanceof EmuError) return this.fail(record, error.code, error.msg);
      return this.fail(record, 101, 'Ошибка выполнения запроса');
    }
  }
}

function isFile(value: unknown): value is FileAnswer {
  return typeof value === 'object' && value !== null && 'file' in value;
}

function tooManyRequests(waitMs: number): Response {
  return new Response('Too many requests', {
    status: 429,
    headers: { 'content-type': 'text/html', 'retry-after': String(Math.ceil(waitMs / 1000)) },
  });
}

/** PHP-style `urldecode` of every string (what the server does to POST values). */
function urlDecodeDeep(value: unknown): unknown {
  if (typeof value === 'string') return decodeWireValue(value);
  if (Array.isArray(value)) return value.map(urlDecodeDeep);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, urlDecodeDeep(v)]));
  }
  return value;
}
