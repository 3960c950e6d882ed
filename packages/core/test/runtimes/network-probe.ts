// Run by runtimes.test.ts under Bun and Deno (and Node through vitest): classifies a refused
// connection and a socket the server closes, through the real Transport and the runtime's own
// fetch, and prints one JSON line per case.
import { createServer } from 'node:net';
import { ConnectionError, Transport } from '../../src/index.ts';

async function listen(onSocket: (socket: import('node:net').Socket) => void) {
  const server = createServer(onSocket);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function probe(port: number) {
  const transport = new Transport({ baseUrl: `http://127.0.0.1:${port}/`, allowHttp: true, retry: false });
  try {
    await transport.request({
      operation: 'probe',
      idempotent: false,
      method: 'POST',
      path: 'x',
      body: '{}',
      decode: () => null,
    });
    return { ok: true };
  } catch (error) {
    return {
      connectionError: error instanceof ConnectionError,
      requestMayHaveBeenSent: (error as ConnectionError).requestMayHaveBeenSent,
      message: (error as Error).message,
    };
  }
}

// A port that was just free: nothing listens there, so the connection is refused.
const spare = await listen(() => {});
const refusedPort = spare.port;
await spare.close();
const closing = await listen((socket) => {
  // Read the request, then hang up without answering: the request did reach the server.
  socket.once('data', () => socket.destroy());
});
const result = { refused: await probe(refusedPort), closed: await probe(closing.port) };
await closing.close();
console.log(JSON.stringify(result));
