import { http, HttpResponse, type RequestHandler } from 'msw';
import { ConnectionDropped, type FetchHandler } from './loopback.js';

/**
 * msw handlers that route every request under `baseUrl` to a fetch-style emulator handler,
 * for in-process tests with `setupServer(...)`. A dropped connection becomes a network error.
 */
export function mswHandlers(baseUrl: string, handler: FetchHandler): RequestHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  const resolve = async ({ request }: { request: Request }) => {
    try {
      return await handler(request);
    } catch (error) {
      if (error instanceof ConnectionDropped) return HttpResponse.error();
      throw error;
    }
  };
  return [http.all(`${base}/*`, resolve), http.all(base, resolve)];
}

/** An emulator as the msw bridge needs it: anything with a fetch-style `handle(request)`. */
export interface HandlesRequests {
  /** Answers one request. */
  handle(request: Request): Promise<Response>;
}

/** msw handlers routing every request under `baseUrl` to one emulator. */
export function emulatorHandlers(emulator: HandlesRequests, baseUrl: string): RequestHandler[] {
  return mswHandlers(baseUrl, (request) => emulator.handle(request));
}
