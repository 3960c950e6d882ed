import { ConfigError } from '@x/core';
import { agbis } from './agbis.js';
import { partnerapi } from './partnerapi.js';
import { tmmis } from './tmmis.js';
import { API_NAMES, type ApiName, type ApiSpec } from './types.js';
import { uzhkh } from './uzhkh.js';
import { webapi2 } from './webapi2.js';

/** Every API by command-line name. */
export const APIS: Record<ApiName, ApiSpec> = { agbis, tmmis, uzhkh, partnerapi, webapi2 };

/** The API named on the command line, or a usage error listing the names. */
export function apiOf(name: string): ApiSpec {
  const spec = (APIS as Record<string, ApiSpec | undefined>)[name.toLowerCase()];
  if (!spec) throw new ConfigError(`unknown API "${name}"; use one of: ${API_NAMES.join(', ')}.`);
  return spec;
}

export * from './types.js';
