import {
  type BaseClientOptions,
  type CallOptions,
  ConfigError,
  type OperationMethods,
  Transport,
  type ValidationMode,
  basicAuth,
  clientTimeZone,
  withTimeZone,
} from '@x/core';
import {
  type Invoker,
  bindGroup,
  checkClientOptions,
  decodeOutput,
  optionRule,
  personalDataPolicy,
  runOperation,
  writeLog,
} from '@x/core/internal';
import { DEFAULT_NAMESPACE, DEFAULT_SERVICE, type Endpoint, splitEndpoint } from './endpoints.js';
import { operationGroups, operationsByWire } from './operations/index.js';
import { normalizeRows } from './schemas/normalize.js';
import { type OperandForm, type SoapVersion, soapAction, soapHeaders } from './soap/envelope.js';
import type { PartnerOpMeta } from './operations/meta.js';
import { RowStream } from './soap/stream-rows.js';
import { decodeRaw, encodeRequest } from './wire.js';

/** Options of {@link PartnerApiClient}. */
export interface PartnerApiClientOptions extends BaseClientOptions {
  /** `'ru'` (default), `'eu'` or the service URL. See {@link ENDPOINTS}. */
  endpoint?: Endpoint | undefined;
  /** Login of the partner (HTTP Basic). */
  user: string;
  /** Password of the partner (HTTP Basic); registered as a secret, never logged. */
  password: string;
  /** XML namespace of the service. Default `http://buhphone.com/PartnerAPI` (inferred). */
  namespace?: string | undefined;
  /** Service name used in `SOAPAction`. Default `PartnerAPI` (inferred). */
  service?: string | undefined;
  /** SOAP version. Default `'1.2'`. */
  soapVersion?: SoapVersion | undefined;
  /** Whether operand elements carry the service namespace. Default `'qualified'` (as 1C publishes). */
  operandForm?: OperandForm | undefined;
  /**
   * IANA time zone of the service, in which a `Date` input (`start_time`, `date_from`...) is written
   * as wall time and "now" is read for the two-months rule. Default `Europe/Moscow`: the document
   * gives every time in Moscow time. Strings are sent as given. An unknown name is a ConfigError.
   */
  timeZone?: string | undefined;
}

type Groups = typeof operationGroups;

/** Largest answer accepted by default: a 10,000-row client_read is about 8 MB. */
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/**
 * Typed client of the 1С-Коннект PartnerAPI (SOAP). Methods are grouped by the object they work on
 * (`client.client.addIts(...)`, `client.statistics.read(...)`); each names its wire operation.
 * Inputs are validated before anything is sent; results are arrays of typed rows, flags or bytes.
 */
export class PartnerApiClient {
  /** partner_* operations. */
  readonly partner: OperationMethods<Groups['partner']>;
  /** client_* operations. */
  readonly client: OperationMethods<Groups['client']>;
  /** agent_partner_* operations. */
  readonly agentPartner: OperationMethods<Groups['agentPartner']>;
  /** agent_user_* operations. */
  readonly agentUser: OperationMethods<Groups['agentUser']>;
  /** account_access_email_notify. */
  readonly accountAccess: OperationMethods<Groups['accountAccess']>;
  /** service_type_* operations. */
  readonly serviceType: OperationMethods<Groups['serviceType']>;
  /** region_read. */
  readonly region: OperationMethods<Groups['region']>;
  /** contract_read. */
  readonly contract: OperationMethods<Groups['contract']>;
  /** contract_service_* operations. */
  readonly contractService: OperationMethods<Groups['contractService']>;
  /** service_* operations (абонементы). */
  readonly service: OperationMethods<Groups['service']>;
  /** competence_* operations. */
  readonly competence: OperationMethods<Groups['competence']>;
  /** partner_user_* operations. */
  readonly partnerUser: OperationMethods<Groups['partnerUser']>;
  /** client_user_* operations. */
  readonly clientUser: OperationMethods<Groups['clientUser']>;
  /** Call, remote access, SIP and chat statistics. */
  readonly statistics: OperationMethods<Groups['statistics']>;
  /** The fixed dictionaries (*_type_read, role_read). */
  readonly dictionaries: OperationMethods<Groups['dictionaries']>;

  /** The zone `Date` inputs are written in (the `timeZone` option, default `Europe/Moscow`). */
  readonly timeZone: string;

  // Private in every client: a user sends through the methods or call(), which validate, name the
  // operation and record a write's outcome; the raw transport would skip all three.
  private readonly transport: Transport;
  /** How a table entry becomes a request: the same shape in every client (see bindGroup). */
  private readonly invoke: Invoker;

  constructor(options: PartnerApiClientOptions) {
    const r = optionRule;
    checkClientOptions(options, 'PartnerApiClient', {
      endpoint: r.text,
      user: r.str,
      password: r.str,
      namespace: r.text,
      service: r.text,
      soapVersion: r.oneOf('1.1', '1.2'),
      operandForm: r.oneOf('qualified', 'unqualified'),
      timeZone: r.text,
    });
    if (!options?.user || typeof options.password !== 'string') {
      throw new ConfigError(
        'PartnerApiClient needs `user` and `password` (HTTP Basic credentials of the partner).',
      );
    }
    this.timeZone = clientTimeZone(options.timeZone, 'Europe/Moscow');
    const { baseUrl, path } = splitEndpoint(options.endpoint ?? 'ru');
    const {
      endpoint: _e,
      user,
      password,
      namespace: _n,
      service: _s,
      soapVersion: _v,
      operandForm: _f,
      validation: _m,
      timeZone: _z,
      logPersonalData,
      ...rest
    } = options;
    this.transport = new Transport({
      maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
      ...rest,
      baseUrl,
      auth: basicAuth(user, password),
    });
    const namespace = options.namespace ?? DEFAULT_NAMESPACE;
    const service = options.service ?? DEFAULT_SERVICE;
    const version = options.soapVersion ?? '1.2';
    const form = options.operandForm ?? 'qualified';
    const mode: ValidationMode = options.validation ?? 'lenient';
    const logger = options.logger;
    const warned = new Set<string>();
    const personal = personalDataPolicy(Object.values(operationGroups), logPersonalData);
    this.invoke = async (op, name, input, call) => {
      const meta = op.meta as PartnerOpMeta;
      if (op.deprecated && !warned.has(op.wire)) {
        warned.add(op.wire);
        writeLog(
          logger,
          'warn',
          { event: 'validation', operation: name, detail: 'deprecated' },
          `${name}: ${op.deprecated}`,
        );
      }
      personal.remember(op, input);
      const action = soapAction(namespace, service, op.wire);
      // Rows are decoded while the body arrives; one sink per attempt (attempts never overlap).
      let rows: RowStream | undefined;
      const value = await this.transport.request(
        {
          operation: name,
          idempotent: op.idempotent,
          method: 'POST',
          path,
          headers: soapHeaders(version, action),
          body: encodeRequest(version, namespace, op.wire, meta, input, form, name),
          // 1C answers SOAP Faults with HTTP 500; decodeRaw turns them into PartnerApiError.
          acceptStatus: (s) => (s >= 200 && s < 300) || s === 500,
          stream: (status) => {
            rows = status === 200 && meta.result.kind === 'rows' ? new RowStream() : undefined;
            return rows;
          },
          decode: (raw) => decodeRaw(raw, meta.result, name, { validation: mode, logger }, rows?.result()),
        },
        call,
      );
      if (mode !== 'off' && meta.result.kind === 'rows') {
        const fast = normalizeRows(value, meta.result.columns);
        if (fast) return fast;
      }
      return decodeOutput(op, value, name, mode, logger);
    };
    const bind = <K extends keyof Groups & string>(group: K) =>
      bindGroup('partnerapi', operationGroups, group, this.invoke, this.timeZone);
    this.partner = bind('partner');
    this.client = bind('client');
    this.agentPartner = bind('agentPartner');
    this.agentUser = bind('agentUser');
    this.accountAccess = bind('accountAccess');
    this.serviceType = bind('serviceType');
    this.region = bind('region');
    this.contract = bind('contract');
    this.contractService = bind('contractService');
    this.service = bind('service');
    this.competence = bind('competence');
    this.partnerUser = bind('partnerUser');
    this.clientUser = bind('clientUser');
    this.statistics = bind('statistics');
    this.dictionaries = bind('dictionaries');
  }

  /**
   * Escape hatch: calls an operation by its wire name (e.g. `'client_read'`). Known names are
   * validated and decoded like their methods.
   */
  async call(wire: string, input?: unknown, options?: CallOptions): Promise<unknown> {
    const entry = operationsByWire().get(wire);
    if (!entry) {
      throw new ConfigError(
        `"${wire}" is not a PartnerAPI operation of document version 1.20; check the spelling.`,
      );
    }
    const name = `partnerapi.${entry.group}.${entry.method}`;
    return withTimeZone(this.timeZone, () => runOperation(this.invoke, entry.op, name, input, options));
  }
}
