import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { type FetchHandler, toRequest } from './loopback.js';

/**
 * What the faulty server does with one request. `pass` hands it to the real handler (an emulator);
 * everything else misbehaves the way real networks, proxies and front ends do.
 */
export type Fault =
  | {
      /** Hand the request to the real handler. */
      kind: 'pass';
    }
  | {
      /** Destroy the socket before any response byte (connection reset before headers). */
      kind: 'reset-before-headers';
    }
  | {
      /** Send headers and part of the real body, then destroy the socket. */
      kind: 'reset-mid-body';
      /** Body bytes sent before the reset; default half. */
      bytes?: number;
    }
  | {
      /** Never answer (the client's timeout must fire). */
      kind: 'hang';
    }
  | {
      /** Send the real response one byte at a time. */
      kind: 'drip';
      /** Pause between bytes, in ms; default 1000. */
      intervalMs?: number;
    }
  | {
      /** Answer with this status, headers and body instead of the real handler. */
      kind: 'respond';
      /** HTTP status to send. */
      status: number;
      /** Response headers. */
      headers?: Record<string, string>;
      /** Response body. */
      body?: string | Uint8Array;
    }
  | {
      /** The real response cut short, with a clean end. */
      kind: 'truncate';
      /** Bytes kept; default half. */
      bytes?: number;
    }
  | {
      /** The real status and headers, with a body that is not valid UTF-8. */
      kind: 'invalid-utf8';
    }
  | {
      /** Status 200 with an empty body. */
      kind: 'empty';
    }
  | {
      /** Status 200 with a large body of `x`. */
      kind: 'huge';
      /** Body size; default 8 MiB. */
      bytes?: number;
    }
  | {
      /**
       * Status 200, `Content-Encoding: gzip`, a small `Content-Length` and a body that inflates to
       * `bytes` of spaces: a decompression bomb.
       */
      kind: 'gzip-bomb';
      /** Inflated size; default 32 MiB. */
      bytes?: number;
    };

/** An HTML error page like the ones IIS, nginx or a 1C front end return. */
export function htmlErrorPage(status: number): Fault {
  return {
    kind: 'respond',
    status,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!DOCTYPE html><html><head><title>${status}</title></head><body><h1>${status} Gateway Time-out</h1><hr><center>nginx</center></body></html>`,
  };
}

/** A running faulty server. */
export interface FaultyServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Requests that reached the server, misbehaved or not. */
  readonly received: number;
  /** Requests passed to the real handler. */
  readonly passed: number;
  /** Queues faults for the next requests, in order; when the queue is empty requests pass. */
  plan(...faults: Fault[]): void;
  /** Drops faults still queued. */
  clearPlan(): void;
  /** Sockets currently open (a client that leaks connections keeps this above zero). */
  readonly openSockets: number;
  /** Connections accepted since the start: far fewer than requests when the client reuses sockets. */
  readonly connections: number;
  /** Stops the server, clears its timers and destroys open sockets. */
  close(): Promise<void>;
}

function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((v, k) => {
    if (k !== 'content-length' && k !== 'content-encoding' && k !== 'transfer-encoding') out[k] = v;
  });
  return out;
}

/**
 * A loopback server that misbehaves on command, in front of a fetch-style handler, for fault tests.
 * Every timer it starts is cleared on close, and sockets are destroyed, so tests end promptly.
 */
export async function serveFaulty(handler: FetchHandler): Promise<FaultyServer> {
  const queue: Fault[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setInterval>>();
  let received = 0;
  let passed = 0;
  let connections = 0;
  let origin = '';

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    received++;
    const fault = queue.shift() ?? { kind: 'pass' };
    const request = await toRequest(req, origin);
    if (fault.kind === 'reset-before-headers') {
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'hang') return;
    if (fault.kind === 'respond') {
      res.writeHead(fault.status, fault.headers ?? {});
      res.end(fault.body ?? '');
      return;
    }
    if (fault.kind === 'empty') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end();
      return;
    }
    if (fault.kind === 'gzip-bomb') {
      const body = gzipSync(Buffer.alloc(fault.bytes ?? 32 * 1024 * 1024, 0x20));
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'content-length': String(body.length),
      });
      res.end(body);
      return;
    }
    if (fault.kind === 'huge') {
      res.writeHead(200, { 'content-type': 'application/json' });
      const total = fault.bytes ?? 8 * 1024 * 1024;
      const chunk = Buffer.alloc(64 * 1024, 'x');
      for (let sent = 0; sent < total && !res.destroyed; sent += chunk.length) {
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      }
      res.end();
      return;
    }
    passed++;
    const response = await handler(request);
    const body = new Uint8Array(await response.arrayBuffer());
    const headers = headersOf(response);
    switch (fault.kind) {
      case 'reset-mid-body': {
        res.writeHead(response.status, { ...headers, 'content-length': String(body.length + 1000) });
        res.write(body.subarray(0, fault.bytes ?? Math.floor(body.length / 2)));
        setTimeout(() => req.socket.destroy(), 20);
        return;
      }
      case 'truncate': {
        const cut = body.subarray(0, fault.bytes ?? Math.floor(body.length / 2));
        res.writeHead(response.status, headers);
        res.end(cut);
        return;
      }
      case 'invalid-utf8': {
        res.writeHead(response.status, headers);
        res.end(
          Buffer.concat([
            Buffer.from(body.subarray(0, 10)),
            Buffer.from([0xff, 0xfe, 0xc3]),
            Buffer.from(body.subarray(10)),
          ]),
        );
        return;
      }
      case 'drip': {
        res.writeHead(response.status, headers);
        let i = 0;
        const timer = setInterval(() => {
          if (res.destroyed || i >= body.length) {
            clearInterval(timer);
            timers.delete(timer);
            if (!res.destroyed) res.end();
            return;
          }
          res.write(body.subarray(i, i + 1));
          i++;
        }, fault.intervalMs ?? 1000);
        timers.add(timer);
        // Stop at once when the client gives up, not at the next tick (up to intervalMs later).
        res.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      default: {
        res.writeHead(response.status, headers);
        res.end(body);
      }
    }
  }

  const server = createServer((req, res) => {
    respond(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.on('connection', (s) => {
    connections++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    get received() {
      return received;
    },
    get passed() {
      return passed;
    },
    get openSockets() {
      return sockets.size;
    },
    get connections() {
      return connections;
    },
    plan(...faults) {
      queue.push(...faults);
    },
    clearPlan() {
      queue.length = 0;
    },
    close() {
      for (const t of timers) clearInterval(t);
      timers.clear();
      // Resolves once every socket has reported its close, so `openSockets` reads 0 afterwards.
      const socketsClosed = [...sockets].map(
        (s) => new Promise<void>((resolve) => (s.closed ? resolve() : s.once('close', () => resolve()))),
      );
      return new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }).then(() => Promise.all(socketsClosed).then(() => undefined));
    },
  };
}
