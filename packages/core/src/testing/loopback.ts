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

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
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
    count++;
    toRequest(req, origin)
      .then((request) => handler(request))
      .then((response) => writeResponse(res, response))
      .catch((error: unknown) => {
        if (error instanceof ConnectionDropped) {
          res.destroy();
          return;
        }
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
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
