// Run by runtimes.test.ts under Bun and Deno, and imported by it under Node (vitest): classifies a
// refused connection and a socket the server closes, through the real Transport and the runtime's
// own fetch. Run as a program, it prints the result as one JSON line.
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

/** Probes a refused port and a socket the server closes after reading the request. */
export async function probeConnections() {
  // A port that was just free: nothing listens there, so the connection is refused.
  const spare = await listen(() => {});
  const refusedPort = spare.port;
  await spare.close();
  const closing = await listen((socket) => {
    // Read the request, then hang up without answering: the request did reach the server.
    socket.once('data', () => socket.destroy());
  });
  try {
    return { refused: await probe(refusedPort), closed: await probe(closing.port) };
  } finally {
    await closing.close();
  }
}

// Bun and Deno set `import.meta.main` for the file they were asked to run; Node 20 does not.
if ((import.meta as { main?: boolean }).main) console.log(JSON.stringify(await probeConnections()));
