import type { TransportOptions } from './http/transport.js';
import type { ValidationMode } from './operation.js';

/**
 * Options every client accepts besides its base URL and credentials: fetch, timeouts, retries,
 * logging, response size limit, validation mode.
 */
export interface BaseClientOptions extends Omit<TransportOptions, 'auth' | 'baseUrl'> {
  /** How strictly responses are checked against their schemas. Default `lenient`. */
  validation?: ValidationMode | undefined;
}
