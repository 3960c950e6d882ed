import { ConfigError } from '@x/core';
import { type ApiSpec, type OperationRef, apiOf } from '../apis/index.js';
import { type ConnectOptions, connect } from '../connect.js';
import { EXIT, exitCodeOf } from '../exit-codes.js';
import { type Output, toJson } from '../io.js';
import { parseParams } from '../params.js';

/** Options of `call`. */
export interface CallCommandOptions extends ConnectOptions {
  /** Print the vendor's answer as received. */
  raw?: boolean;
  /** Force pretty (true) or compact (false) JSON; default: pretty on a terminal. */
  pretty?: boolean;
}

/**
 * Finds an operation by SDK method name (`orders.between`) or wire name (`OrdersBetweenForAll`),
 * exactly first, then ignoring case.
 */
export function findOperation(api: ApiSpec, name: string): OperationRef {
  const all = api.operations();
  const exact = all.find((o) => o.method === name || o.wire === name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  const loose = all.filter((o) => o.method.toLowerCase() === lower || o.wire.toLowerCase() === lower);
  if (loose.length === 1) return loose[0]!;
  const near = all
    .filter((o) => o.method.toLowerCase().includes(lower) || o.wire.toLowerCase().includes(lower))
    .slice(0, 8)
    .map((o) => `${o.method} (${o.wire})`);
  throw new ConfigError(
    `${api.name} has no operation "${name}"${near.length ? `; did you mean: ${near.join(', ')}` : ''}. Run "xsdk call ${api.name}" for the list.`,
  );
}

/** Lists the operations of an API: method, wire name, whether it is safe to repeat. */
export function listOperations(api: ApiSpec, output: Output): number {
  const ops = api.operations();
  const width = Math.max(...ops.map((o) => o.method.length));
  for (const o of ops)
    output.out(
      `${o.method.padEnd(width)}  ${o.wire}${o.idempotent ? '' : '  (write: not repeated on failure)'}\n`,
    );
  return EXIT.ok;
}

/** `xsdk call <api> [operation] [params...]`. */
export async function callCommand(
  apiName: string,
  operation: string | undefined,
  args: string[],
  options: CallCommandOptions,
  output: Output,
): Promise<number> {
  const api = apiOf(apiName);
  if (operation === undefined) return listOperations(api, output);
  const op = findOperation(api, operation);
  const params = parseParams(args);
  const conn = connect(api, options, output, options.raw === true);
  const controller = new AbortController();
  const stop = () => controller.abort(new Error('interrupted'));
  process.once('SIGINT', stop);
  try {
    const result = await api.invoke(conn.client, op.method, params, controller.signal);
    if (options.raw) {
      output.out(conn.raw.last ? `${conn.raw.last.body}\n` : '');
    } else {
      const pretty = options.pretty ?? process.stdout.isTTY === true;
      output.out(`${toJson(result ?? null, pretty)}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    if (options.raw && conn.raw.last) output.out(`${conn.raw.last.body}\n`);
    output.error(error);
    return exitCodeOf(error);
  } finally {
    process.off('SIGINT', stop);
  }
}
