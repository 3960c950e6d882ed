/** Wire facts of one ТМ:МИС operation. */
export interface TmmisMeta {
  /** HTTP method. */
  method: 'GET' | 'POST';
  /**
   * Path relative to the base URL, already encoded. `null` for the deprecated first method, whose
   * address the document does not give: the client's `legacyInvoicesPath` option supplies it.
   */
  path: string | null;
  /** Input keys sent as query parameters (the document's «Параметры»), in its spelling. */
  query: readonly string[];
  /** Builds the JSON body (the document's «Тело») from the validated input, when there is one. */
  body?: ((input: Record<string, unknown>) => unknown) | undefined;
  /** How to read the answer's data: a list of invoices, or an opaque command result. */
  result: 'invoices' | 'command';
}

/** Common prefix of every documented address. */
export const BASE_PATH = 'api/paidServices/IntegrationInvoice';

/**
 * A lookup: `GET path` with the organisation (`OGRN`, `OID`) and `params` in the query, answering
 * a list of invoices.
 */
export function lookupMeta(path: string | null, ...params: string[]): TmmisMeta {
  return { method: 'GET', path, query: ['OGRN', 'OID', ...params], result: 'invoices' };
}

/**
 * A command: `POST BASE_PATH/<name>` with the organisation (`OGRN`, `OID`) and `params` in the
 * query, and `body` (when given) building the JSON body; answering a command result.
 */
export function commandMeta(name: string, params: readonly string[], body?: TmmisMeta['body']): TmmisMeta {
  return {
    method: 'POST',
    path: `${BASE_PATH}/${name}`,
    query: ['OGRN', 'OID', ...params],
    ...(body ? { body } : {}),
    result: 'command',
  };
}

/**
 * Default path of the deprecated first method. The document gives none; this guess (GET on the
 * controller root) is used until the client's `legacyInvoicesPath` says otherwise.
 */
export const DEFAULT_LEGACY_PATH = BASE_PATH;
