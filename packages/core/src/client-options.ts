import type { TransportOptions } from './http/transport.js';
import type { ValidationMode } from './operation.js';

/**
 * Options every client accepts besides its base URL and credentials: fetch, timeouts, retries,
 * logging, response size limit, validation mode.
 */
export interface BaseClientOptions extends Omit<TransportOptions, 'auth' | 'baseUrl'> {
  /** How strictly responses are checked against their schemas. Default `lenient`. */
  validation?: ValidationMode | undefined;
  /**
   * For local debugging only: `true` stops this client from masking the personal data its operations
   * declare (names, birth dates, phones, e-mails, addresses...) in logs and errors. Default `false`.
   * Names another client in the same process declared stay masked. Never enable it in production:
   * personal data in logs breaks 152-ФЗ.
   */
  logPersonalData?: boolean | undefined;
}
