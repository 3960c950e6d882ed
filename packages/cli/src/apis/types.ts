import type { Logger } from '@x/core';

/** The APIs the CLI knows, by the name used on the command line. */
export const API_NAMES = ['agbis', 'tmmis', 'uzhkh', 'partnerapi', 'webapi2'] as const;
/** One of {@link API_NAMES}. */
export type ApiName = (typeof API_NAMES)[number];

/** One credential or connection setting, read from an environment variable or the config file. */
export interface SettingSpec {
  /** Key in the config file's section of the API (`user`, `password`, `token`...). */
  key: string;
  /** Environment variable (`XSDK_AGBIS_PASSWORD`). */
  env: string;
  /** Secret: never printed, masked in every output. */
  secret: boolean;
  /** One line for `--help`. */
  doc: string;
}

/** Connection settings of one API after env and config are merged. */
export type Settings = Record<string, string | undefined>;

/** What the client factories receive. */
export interface ClientContext {
  /** Service base URL (the client's `baseUrl` or `endpoint`). */
  url: string;
  /** Credentials and other settings. */
  settings: Settings;
  /** `fetch` to use (the CLI wraps it to keep the last raw answer). */
  fetch: typeof fetch;
  /** Debug logger (stderr), when `--debug`. */
  logger: Logger | undefined;
  /** Per-attempt timeout in ms. */
  timeoutMs: number | undefined;
}

/** One operation of an API, as `call` finds it. */
export interface OperationRef {
  /** SDK method name, `group.method` (`orders.between`). */
  method: string;
  /** The vendor's wire name (`OrdersBetweenForAll`). */
  wire: string;
  /** Whether repeating it is harmless. */
  idempotent: boolean;
  /** One line of documentation. */
  doc: string;
}

/** Options of `emulate` that every API understands. */
export interface EmulateSettings {
  /** Port (0: any free one). */
  port: number;
  /** Interface to listen on. */
  host: string;
  /** How many generated records to seed. */
  seedSize: number;
  /** Parsed JSON seed file, passed to the emulator's own seed option. */
  seed: Record<string, unknown> | undefined;
  /** The emulated server's clock. */
  clock: { now(): number };
  /** Credentials to accept (from env/config; defaults when absent). */
  settings: Settings;
  /** Faults to inject, as given (the emulator's own fault objects). */
  faults: Record<string, unknown>[];
  /** Extra API-specific switches (`allowed-ips` for Умное ЖКХ). */
  allowedIps: string[] | undefined;
}

/** A request the emulator answered, for the request log. */
export interface LoggedRequest {
  /** HTTP method. */
  method: string;
  /** Path without the query string (queries may carry credentials). */
  path: string;
  /** Wire operation, or `-` when none was recognised (WSDL, refused logins). */
  operation: string;
  /** HTTP status answered. */
  status: number;
}

/** A running emulator. */
export interface RunningEmulator {
  /** Server origin. */
  url: string;
  /** Base URL to give the client. */
  baseUrl: string;
  /** Credentials it accepts, for printing (they are test credentials). */
  credentials: Record<string, string>;
  /** Extra lines to print at start (WSDL URL...). */
  notes: string[];
  /** Stops the server. */
  close(): Promise<void>;
}

/** How a stream is read for `export`. */
export type StreamKind =
  | {
      /** Page by page from a page number. */
      kind: 'pages';
      /** Pages from `start` (1-based). */
      pages(client: unknown, start: number, signal: AbortSignal): AsyncIterable<unknown[]>;
    }
  | {
      /** Date windows `[from, to]` of whole days. */
      kind: 'days';
      /** Default days per window. */
      windowDays: number;
      /** Items of one window, `from` and `to` ISO dates, both included. */
      window(client: unknown, from: string, to: string, signal: AbortSignal): Promise<unknown[]>;
    }
  | {
      /** One call answering a whole table. */
      kind: 'table';
      /** The rows. */
      rows(client: unknown, params: Record<string, unknown>, signal: AbortSignal): Promise<unknown[]>;
    };

/** One exportable stream. */
export type StreamSpec = StreamKind & {
  /** One line for `--help` and the docs. */
  doc: string;
};

/** Everything the CLI knows about one API. */
export interface ApiSpec {
  /** Command-line name. */
  name: ApiName;
  /** Human name. */
  title: string;
  /** Connection settings: the base URL's variable first. */
  settings: SettingSpec[];
  /** Environment variable of the service URL. */
  urlEnv: string;
  /** Default service URL (production), when the vendor publishes one. */
  defaultUrl?: string;
  /** Makes a client. */
  client(ctx: ClientContext): unknown;
  /** Every operation. */
  operations(): OperationRef[];
  /** Runs one operation by SDK method name. */
  invoke(client: unknown, method: string, params: unknown, signal: AbortSignal): Promise<unknown>;
  /** The cheapest call that proves the credentials work (a login/logout or a small read). */
  authCheck(client: unknown, signal: AbortSignal): Promise<string>;
  /** Exportable streams by name. */
  streams(): Record<string, StreamSpec>;
  /** Starts the emulator over HTTP. */
  emulate(options: EmulateSettings, log: (request: LoggedRequest) => void): Promise<RunningEmulator>;
}

/**
 * The client options every API factory passes the same way: the CLI's `fetch`, logger and timeout,
 * and plain http allowed (the emulators and many on-premise installations answer on http).
 */
export function commonClientOptions(ctx: ClientContext): {
  fetch: typeof fetch;
  logger: Logger | undefined;
  timeoutMs: number | undefined;
  allowHttp: true;
} {
  return { fetch: ctx.fetch, logger: ctx.logger, timeoutMs: ctx.timeoutMs, allowHttp: true };
}

/**
 * The `user` and `password` settings of an API that logs in with both, read from
 * `XSDK_<API>_USER` and `XSDK_<API>_PASSWORD`; the password is a secret.
 */
export function loginSettings(api: ApiName, userDoc: string, passwordDoc: string): SettingSpec[] {
  const prefix = `XSDK_${api.toUpperCase()}`;
  return [
    { key: 'user', env: `${prefix}_USER`, secret: false, doc: userDoc },
    { key: 'password', env: `${prefix}_PASSWORD`, secret: true, doc: passwordDoc },
  ];
}

/**
 * Client options of the two 1С-Коннект APIs (PartnerAPI and PartnerWebAPI2 take the same): the
 * endpoint, the HTTP Basic login from the `user`/`password` settings, and the common options.
 */
export function connectClientOptions(ctx: ClientContext): ReturnType<typeof commonClientOptions> & {
  endpoint: string;
  user: string;
  password: string;
} {
  return {
    endpoint: ctx.url,
    user: ctx.settings.user ?? '',
    password: ctx.settings.password ?? '',
    ...commonClientOptions(ctx),
  };
}
