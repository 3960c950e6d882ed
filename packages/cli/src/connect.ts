import { ConfigError, type Logger } from '@x/core';
import type { ApiSpec } from './apis/index.js';
import type { Output } from './io.js';
import { resolveSettings } from './settings.js';

/** Options every command that talks to a service shares. */
export interface ConnectOptions {
  /** `--url`: the service URL (not a secret, so a flag is fine). */
  url?: string;
  /** `--config`: config file. */
  config?: string;
  /** `--timeout` in ms. */
  timeout?: number;
  /** `--debug`: the client's log lines on stderr (redacted). */
  debug?: boolean;
}

/** The last raw answer seen by the client, for `--raw`. */
export interface RawAnswer {
  /** HTTP status. */
  status: number;
  /** Body as text. */
  body: string;
}

/** A client of `api`, and what the CLI learned on the way. */
export interface Connection {
  /** The SDK client. */
  client: unknown;
  /** Service URL in use. */
  url: string;
  /** Last answer (when `keepRaw`). */
  raw: { last: RawAnswer | undefined };
  /** Settings resolved from env and config. */
  settings: Record<string, string | undefined>;
}

/** The debug logger: the SDK's own one-line-per-attempt records, through the masking output. */
export function debugLogger(output: Output): Logger {
  const write = (level: string) => (record: unknown, message: string) =>
    output.err(`${level}: ${message} ${JSON.stringify(record)}`);
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** Resolves settings, registers secrets with `output`, and makes a client of `api`. */
export function connect(api: ApiSpec, options: ConnectOptions, output: Output, keepRaw = false): Connection {
  const resolved = resolveSettings(api, options);
  output.secrets.push(...resolved.secrets);
  for (const w of resolved.warnings) output.err(`xsdk: warning: ${w}`);
  if (!resolved.url)
    throw new ConfigError(
      `no service URL for ${api.name}: set ${api.urlEnv}, the config file's "url", or --url.`,
    );
  const raw: { last: RawAnswer | undefined } = { last: undefined };
  const wrapped: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (keepRaw) raw.last = { status: response.status, body: await response.clone().text() };
    return response;
  };
  const client = api.client({
    url: resolved.url,
    settings: resolved.settings,
    fetch: wrapped,
    logger: options.debug ? debugLogger(output) : undefined,
    timeoutMs: options.timeout,
  });
  return { client, url: resolved.url, raw, settings: resolved.settings };
}
