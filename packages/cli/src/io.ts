import { inspect } from 'node:util';
import { isSdkError, redactString } from '@x/core';

/** Masks every known secret value (as given and URL-encoded) in `text`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)]))
      out = out.split(form).join('[redacted]');
  }
  return out;
}

/** Everything the CLI writes goes through one of these, so no output path forgets the masking. */
export class Output {
  /** Secret values to mask. */
  readonly secrets: string[] = [];
  /** Whether `--debug` was given. */
  debug = false;

  /** Writes data to stdout, secrets masked. */
  out(text: string): void {
    process.stdout.write(maskSecrets(text, this.secrets));
  }

  /** Writes a diagnostic line to stderr, secrets masked (by value and by field name). */
  err(line: string): void {
    process.stderr.write(`${maskSecrets(redactString(line), this.secrets)}\n`);
  }

  /** Prints an error: class and message; with `--debug` the redacted stack and cause chain too. */
  error(error: unknown): void {
    if (this.debug) {
      this.err(`xsdk: ${inspect(error, { depth: 4 })}`);
      return;
    }
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    this.err(`xsdk: ${name}: ${message}`);
    if (isSdkError(error) && error.outcome) this.err(`xsdk: outcome: ${error.outcome}`);
  }
}

/** JSON.stringify that writes bytes as base64 and bigints as strings. */
export function toJson(value: unknown, pretty: boolean): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
      if (typeof v === 'bigint') return v.toString();
      return v;
    },
    pretty ? 2 : undefined,
  );
}
