import { isSdkError } from '@x/core';

/**
 * Exit codes, by error class, so scripts can tell "fix your input" from "try again later". The
 * same table is in the README and `xsdk --help`.
 */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** Anything not classified below (a bug: please report it). */
  failure: 1,
  /** Bad command line, unknown API or operation, missing URL or credentials, bad config. */
  usage: 2,
  /** The parameters failed validation; nothing was sent. */
  validation: 3,
  /** The service refused the credentials (401/403, bad login, IP not allowed). */
  auth: 4,
  /** Too many requests: wait and repeat. */
  rateLimit: 5,
  /** No answer: DNS, connection refused or reset, timeout, TLS. */
  transport: 6,
  /** The vendor answered with an error (an error code, or an HTTP error status). */
  vendor: 7,
  /** The answer was not what the vendor documents (not parseable, missing fields). */
  response: 8,
  /** `doctor`: at least one check failed (the first failed check's class when it has one). */
  checks: 9,
} as const;

/** Lines of the exit-code table for `--help`. */
export const EXIT_HELP = `Exit codes:
  0  success
  1  unexpected failure (please report it)
  2  usage: bad arguments, unknown API/operation, missing URL or credentials, bad config
  3  validation: parameters rejected before sending (nothing was sent)
  4  auth: credentials refused (401/403, wrong login, IP not on the allow-list)
  5  rate limit: too many requests, wait and repeat
  6  transport: DNS, connection refused/reset, timeout, TLS
  7  vendor: the service answered with an error code or HTTP error status
  8  response: the answer was not what the vendor documents
  9  doctor: a check failed`;

/** The exit code for an error thrown by a command. */
export function exitCodeOf(error: unknown): number {
  if (!isSdkError(error)) return EXIT.failure;
  switch (error.code) {
    case 'config':
      return EXIT.usage;
    case 'request_validation':
      return EXIT.validation;
    case 'auth':
      return EXIT.auth;
    case 'rate_limit':
      return EXIT.rateLimit;
    case 'connection':
    case 'timeout':
    case 'aborted':
      return EXIT.transport;
    case 'http':
    case 'api':
      return EXIT.vendor;
    case 'response':
      return EXIT.response;
    default:
      return EXIT.failure;
  }
}
