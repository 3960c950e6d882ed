import { type Clock, EmulatorKit, type Framed, type RecordedRequest, requestDetails } from '@x/core/testing';
import { operationGroups } from '../operations/index.js';
import type { UzhkhMeta } from '../operations/meta.js';
import type { EntityKind, WireRecord } from './entities.js';
import { answerOperation, json } from './handlers/index.js';
import { type SeedData, generateAccounts, seedState } from './seed.js';
import { UzhkhState } from './state.js';

/** Options of {@link UzhkhEmulator}. */
export interface UzhkhEmulatorOptions {
  /** The token the emulator accepts (`Authorization: Bearer <token>`). Default `test-token`. */
  token?: string;
  /**
   * Client addresses allowed in (the platform's IP allow-list); `null` disables the check.
   * Default `['127.0.0.1', '::1']`.
   */
  allowedIps?: string[] | null;
  /**
   * The address requests are taken to come from. Neither msw nor core's loopback server hands a
   * fetch handler the socket address, so the emulator uses this value, or the first
   * `X-Forwarded-For` entry when the request has one. Default `127.0.0.1`.
   */
  clientIp?: string;
  /** Items per download page ("about 200"). Default 200. */
  pageSize?: number;
  /** Records per `To1c/Requests` answer (the document does not say; the queue may be long). Default 100. */
  feedBatchSize?: number;
  /** Clock for the date-times the platform stamps. Default a `ManualClock` at 2026-01-01 09:00 UTC. */
  clock?: Clock;
  /** Initial data. */
  seed?: SeedData;
}

/**
 * One request as the emulator saw it. `params` holds the query parameters with lower-case names
 * (ASP.NET binds them case-insensitively); `query` keeps the caller's spelling.
 */
export type UzhkhRequest = RecordedRequest<Record<string, string>>;

const ROUTES: Array<{ wire: string; path: string }> = Object.values(operationGroups).flatMap((group) =>
  Object.values(group).map((op) => ({ wire: op.wire, path: (op.meta as UzhkhMeta).path.toLowerCase() })),
);

/**
 * A stateful emulator of the «Умное ЖКХ» export API: the change queue, deleted items, paged
 * downloads, registration handling and SetId, behind the bearer token and the IP allow-list.
 * Mutate it through its methods as the platform would (each mutation queues a change record).
 */
export class UzhkhEmulator extends EmulatorKit<UzhkhRequest> {
  /** The platform's data, change queue and deleted items (inspect or edit directly in tests). */
  readonly state: UzhkhState;
  /** Registration requests handled through the Handle* endpoints, with the parameters received. */
  readonly handled: Array<{ operation: string; id: string; params: Record<string, string> }> = [];
  /** The accepted bearer token; change it to simulate a revoked token. */
  token: string;
  /** The IP allow-list; `null` disables the check. */
  allowedIps: string[] | null;
  /** The address requests are taken to come from when they carry no `X-Forwarded-For`. */
  clientIp: string;
  /** Items per download page. */
  pageSize: number;
  /** Records per `To1c/Requests` answer. */
  feedBatchSize: number;
  /** When true, downloads serve page 1 whatever page is asked (to test the repeated-page guard). */
  ignorePaging = false;

  /** Creates an emulator, seeded with `options.seed` when given (without queueing changes). */
  constructor(options: UzhkhEmulatorOptions = {}) {
    super(options);
    this.state = new UzhkhState(() => new Date(this.clock.now()).toISOString().slice(0, 19));
    this.token = options.token ?? 'test-token';
    this.allowedIps = options.allowedIps === undefined ? ['127.0.0.1', '::1'] : options.allowedIps;
    this.clientIp = options.clientIp ?? '127.0.0.1';
    this.pageSize = options.pageSize ?? 200;
    this.feedBatchSize = options.feedBatchSize ?? 100;
    if (options.seed) this.seed(options.seed);
  }

  /** Loads records without queueing change records (the state before the integration starts). */
  seed(data: SeedData): void {
    seedState(this.state, data);
  }

  /** Adds `count` accounts (each with its object and one owner) without queueing changes. */
  seedAccounts(count: number, start = 1): void {
    generateAccounts(this.state, count, start);
  }

  // Mutations, as users and staff of the platform would make them. Each queues a change record.

  /** Creates or updates a real-estate object; without `Id` it gets a temporary `--` id. */
  readonly upsertObject = this.upserter('object');
  /** Creates or updates a personal account. */
  readonly upsertAccount = this.upserter('account');
  /** Creates or updates a resident (outside an account: IsEmployer/IsOwner stay null). */
  readonly upsertResident = this.upserter('resident');
  /** Creates or updates a meter, e.g. one a resident added in the app (temporary id). */
  readonly upsertCounter = this.upserter('counter');
  /** Sends a meter reading: updates Value1–3 and DateTimeForValue. */
  sendReading(counterId: string, values: { Value1: number; Value2?: number; Value3?: number }): WireRecord {
    const counter = this.state.find('counter', counterId);
    if (!counter) throw new Error(`no counter ${counterId}`);
    return this.state.upsert('counter', {
      ...values,
      Id: counter.Id,
      DateTimeForValue: new Date(this.clock.now()).toISOString().slice(0, 19),
    });
  }
  /** Creates or updates a request (ticket); new requests get integer ids. */
  readonly upsertRequest = this.upserter('request');
  /** Records a payment. */
  readonly addPayment = this.upserter('payment');
  /** Creates or updates an article, news item or notice (`TypeName`). */
  readonly upsertDoc = this.upserter('doc');
  /** Creates or updates a car. */
  readonly upsertCar = this.upserter('car');
  /** A resident asks to add a personal account. */
  readonly addRequestToRegister = this.upserter('requesttoregister');
  /** A resident asks to add a real-estate object. */
  readonly addRequestToObjectAdding = this.upserter('requesttoobjectadding');
  /** Deletes a record on the platform; it appears in `To1c/DeletedItems`. */
  remove(kind: EntityKind, id: string | number, typeName?: string): boolean {
    return this.state.remove(kind, id, typeName);
  }

  /** A mutation that creates or updates one kind of record, queueing its change record. */
  private upserter(kind: EntityKind): (fields?: WireRecord) => WireRecord {
    return (fields = {}) => this.state.upsert(kind, fields);
  }

  protected async frame(request: Request): Promise<Framed<UzhkhRequest>> {
    const url = new URL(request.url);
    const lowerPath = url.pathname.toLowerCase();
    const route = ROUTES.find((r) => lowerPath === `/${r.path}` || lowerPath.endsWith(`/${r.path}`));
    const operation = route?.wire ?? 'unknown';
    const params: Record<string, string> = {};
    // ASP.NET binds query parameters case-insensitively; so does the emulator.
    url.searchParams.forEach((v, k) => {
      params[k.toLowerCase()] = v;
    });
    const record: UzhkhRequest = {
      operation,
      ...requestDetails(request, ''),
      params,
    };
    // The platform checks the token and the allow-list before anything else, faults included.
    const refusal = this.authorized(request) ? undefined : json('notAuthorized', 403);
    return {
      record,
      answer: () => answerOperation(operation, params, this),
      ...(refusal ? { refusal } : {}),
    };
  }

  protected override faultPage(): { body: string; contentType: string } {
    return { body: '"error"', contentType: 'application/json; charset=utf-8' };
  }

  private authorized(request: Request): boolean {
    if (request.headers.get('authorization') !== `Bearer ${this.token}`) return false;
    if (this.allowedIps === null) return true;
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    return this.allowedIps.includes(forwarded || this.clientIp);
  }
}
