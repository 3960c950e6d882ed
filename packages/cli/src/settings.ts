import { existsSync, readFileSync, statSync } from 'node:fs';
import { ConfigError, registerSecret } from '@x/core';
import type { ApiSpec, Settings } from './apis/index.js';

/** Where the CLI looks for a config file when neither `--config` nor `XSDK_CONFIG` names one. */
export const DEFAULT_CONFIG = 'xsdk.config.json';

/** Connection settings of one API, and the secret values among them (to mask in every output). */
export interface Resolved {
  /** Service URL, when known. */
  url: string | undefined;
  /** Credentials and settings by key. */
  settings: Settings;
  /** Values that must never be printed. */
  secrets: string[];
  /** Problems worth a warning (a config file others can read). */
  warnings: string[];
}

function readConfig(path: string, explicit: boolean): Record<string, Record<string, unknown>> {
  if (!existsSync(path)) {
    if (explicit) throw new ConfigError(`config file ${path} does not exist.`);
    return {};
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>;
  } catch {
    // The message of JSON.parse may quote the file's content, secrets included: name the file only.
    throw new ConfigError(`config file ${path} is not valid JSON; check its syntax.`);
  }
}

/**
 * Settings of `api`: environment variables first, then the API's section of the config file
 * (`--config`, `XSDK_CONFIG`, or ./xsdk.config.json). Credentials never come from flags, which land
 * in shell history and process lists. Every secret is registered with core's redaction.
 */
export function resolveSettings(api: ApiSpec, options: { config?: string; url?: string }): Resolved {
  const explicit = options.config ?? process.env.XSDK_CONFIG;
  const path = explicit ?? DEFAULT_CONFIG;
  const file = readConfig(path, explicit !== undefined);
  const section = file[api.name] ?? {};
  const warnings: string[] = [];
  const settings: Settings = {};
  const secrets: string[] = [];
  for (const spec of api.settings) {
    const fromEnv = process.env[spec.env];
    const fromFile = section[spec.key];
    const value =
      fromEnv !== undefined && fromEnv !== '' ? fromEnv : typeof fromFile === 'string' ? fromFile : undefined;
    settings[spec.key] = value;
    if (spec.secret && value) {
      secrets.push(value);
      registerSecret(value);
      if (fromEnv === undefined && existsSync(path) && process.platform !== 'win32') {
        if ((statSync(path).mode & 0o077) !== 0)
          warnings.push(
            `config file ${path} holds secrets and is readable by others; run chmod 600 ${path}.`,
          );
      }
    }
  }
  const url =
    options.url ??
    (process.env[api.urlEnv] || undefined) ??
    (typeof section.url === 'string' ? section.url : undefined) ??
    api.defaultUrl;
  return { url, settings, secrets, warnings: [...new Set(warnings)] };
}
