import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A fetch-style request handler: what every emulator implements once. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * Thrown by a handler to drop the connection without an answer (a reset socket after the request
 * arrived): {@link serveLoopback} destroys the socket instead of answering 500.
 */
export class ConnectionDropped extends Error {
  constructor() {
    super('connection dropped by the emulator');
    this.name = 'ConnectionDropped';
  }
}

/** A running loopback server. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` (no trailing slash). */
  url: string;
  /** The port the server listens on. */
  port: number;
  /** Requests received so far. */
  readonly requests: number;
  /** Stops accepting, destroys open sockets, resolves when closed. */
  close(): Promise<void>;
}

/** Options of {@link serveLoopback}. */
export interface LoopbackOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface; only loopback addresses are allowed. Default 127.0.0.1. */
  host?: '127.0.0.1' | 'localhost' | '::1';
}

/** A node request as a fetch `Request` (what every loopback server in this kit hands its handler). */
export async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) {
    if (Array.isArray(v)) for (const item of v) headers.append(k, item);
    else if (v !== undefined) headers.set(k, v);
  }
  const method = req.method ?? 'GET';
  const body = chunks.length && method !== 'GET' && method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body });
}

// A browser app (the consumer check's Chromium bundle, a user's web app under test) calls the
// emulator from another origin: without these headers it cannot send Authorization/SOAPAction or
// read an answer. Added only to requests that carry an Origin, so server-side callers see no change.
const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, SOAPAction, Accept, X-Requested-With';
const CORS_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';

function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin) return {};
  return {
    'access-control-allow-origin': '*',
    // `*` is honoured for requests without credentials, which is how the SDKs call (auth is a header).
    'access-control-expose-headers': '*',
  };
}

function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && !!req.headers.origin && !!req.headers['access-control-request-method'];
}

function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  // Authorization is never covered by a `*` allow-list, so it is named; extra requested headers are echoed.
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...corsHeaders(req.headers.origin),
    'access-control-allow-methods': CORS_METHODS,
    'access-control-allow-headers': requested ? `${CORS_ALLOW_HEADERS}, ${requested}` : CORS_ALLOW_HEADERS,
    'access-control-max-age': '600',
  });
  res.end();
}

async function writeResponse(
  res: ServerResponse,
  response: Response,
  origin: string | undefined,
): Promise<void> {
  const headers: Record<string, string | string[]> = corsHeaders(origin);
  response.headers.forEach((v, k) => {
    headers[k] = v;
  });
  res.writeHead(response.status, headers);
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise((r) => res.once('drain', r));
    }
  }
  res.end();
}

/**
 * Serves a fetch-style handler over real HTTP on a loopback address, for the demo, fault tests
 * and users' integration tests. Node-only; lives under the `/testing` subpath.
 *
 * Browsers may call it too: a request with an `Origin` header gets CORS headers
 * (`Access-Control-Allow-Origin: *`, every response header exposed), and a CORS preflight
 * (`OPTIONS` with `Access-Control-Request-Method`) is answered here with 204, allowing
 * Authorization, Content-Type and SOAPAction, without reaching the handler or counting as a request.
 */
export async function serveLoopback(
  handler: FetchHandler,
  options: LoopbackOptions = {},
): Promise<LoopbackServer> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  let count = 0;
  let origin = '';
  const server = createServer((req, res) => {
    if (isPreflight(req)) {
      answerPreflight(req, res);
      return;
    }
    count++;
    toRequest(req, origin)
      .then((request) => handler(request))
      .then((response) => writeResponse(res, response, req.headers.origin))
      .catch((error: unknown) => {
        if (error instanceof ConnectionDropped) {
          res.destroy();
          return;
        }
        if (!res.headersSent)
          res.writeHead(500, { 'content-type': 'text/plain', ...corsHeaders(req.headers.origin) });
        res.end(`emulator failure: ${error instanceof Error ? error.message : String(error)}`);
      });
  });
  server.keepAliveTimeout = 1000;
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url: origin,
    port,
    get requests() {
      return count;
    },
    close() {
      return new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      });
    },
  };
}
