import type { UzhkhEmulator } from '../emulator.js';

/**
 * What an «Умное ЖКХ» handler gets: the query parameters (lower-case names, as ASP.NET binds them
 * case-insensitively), the operation's wire name, and the emulator (state and settings).
 */
export interface HandlerContext {
  /** Query parameters with lower-case names. */
  q: Record<string, string>;
  /** Wire name of the operation (`To1c/Delete`...). */
  operation: string;
  /** The emulator: its state and settings. */
  emulator: Pick<UzhkhEmulator, 'state' | 'handled' | 'pageSize' | 'feedBatchSize' | 'ignorePaging'>;
}

/** One emulated operation. */
export type Handler = (ctx: HandlerContext) => Response;

/** A JSON answer, the platform's way (keyword answers are JSON strings too). */
export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
