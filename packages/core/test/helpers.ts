import { type LoopbackServer, serveLoopback } from '@x/core/testing';
import type { LogRecord, Logger } from '@x/core';

/** A loopback server whose handler can be swapped per test, counting requests. */
export async function startServer(
  handler: (req: Request, n: number) => Response | Promise<Response>,
): Promise<LoopbackServer & { count: () => number }> {
  let n = 0;
  const server = await serveLoopback((req) => handler(req, ++n));
  return Object.assign(server, { count: () => n });
}

/** A logger that keeps every record and message it receives. */
export function memoryLogger(): Logger & {
  records: Array<{ level: string; record: LogRecord; message: string }>;
} {
  const records: Array<{ level: string; record: LogRecord; message: string }> = [];
  const at = (level: string) => (record: LogRecord, message: string) => {
    records.push({ level, record, message });
  };
  return { records, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
