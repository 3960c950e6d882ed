import { ConfigError, redact } from '@x/core';

/**
 * Where the PartnerAPI lives. The document gives two hosts:
 * - `ru`: `https://cus.buhphone.com/cus/ws/PartnerAPI` (everyone else);
 * - `eu`: for partners from Ukraine, Azerbaijan, Armenia, Georgia, Latvia, Lithuania, Estonia,
 *   Moldova and Romania. The document spells this host `eu-cus.lc-connect.com` (letter l); the
 *   vendor's domain is `1c-connect.com` (digit 1), so the preset uses `eu-cus.1c-connect.com`.
 *   Pass the URL yourself if your account says otherwise.
 */
export const ENDPOINTS = {
  ru: 'https://cus.buhphone.com/cus/ws/PartnerAPI',
  eu: 'https://eu-cus.1c-connect.com/cus/ws/PartnerAPI',
} as const;

/** A preset name or the service URL (without `?wsdl`). */
export type Endpoint = keyof typeof ENDPOINTS | (string & {});

/** Default XML namespace of the service (by analogy with the successor PartnerWebAPI2). */
export const DEFAULT_NAMESPACE = 'http://buhphone.com/PartnerAPI';
/** Default service name used in SOAPAction. */
export const DEFAULT_SERVICE = 'PartnerAPI';

/**
 * Splits the service URL into the transport's base URL and the relative path of the service, so
 * that the request goes to the URL exactly as given (no trailing slash added; `?wsdl` dropped).
 */
export function splitEndpoint(endpoint: Endpoint): { baseUrl: string; path: string } {
  const url = endpoint in ENDPOINTS ? ENDPOINTS[endpoint as keyof typeof ENDPOINTS] : endpoint;
  const clean = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const slash = clean.lastIndexOf('/');
  if (slash < clean.indexOf('//') + 2) return { baseUrl: `${clean}/`, path: '' };
  let path: string;
  try {
    path = encodeURI(decodeURI(clean.slice(slash + 1)));
  } catch {
    throw new ConfigError(
      `endpoint "${redact(clean)}" has a malformed %-escape in its path; pass the service URL as published.`,
    );
  }
  return { baseUrl: clean.slice(0, slash + 1), path };
}
