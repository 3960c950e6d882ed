import { http, type RequestHandler } from 'msw';
import type { FetchHandler } from './loopback.js';

/**
 * msw handlers that route every request under `baseUrl` to a fetch-style emulator handler,
 * for in-process tests with `setupServer(...)`.
 */
export function mswHandlers(baseUrl: string, handler: FetchHandler): RequestHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  return [
    http.all(`${base}/*`, ({ request }) => handler(request)),
    http.all(base, ({ request }) => handler(request)),
  ];
}
