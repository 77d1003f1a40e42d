import { createServer, type IncomingMessage, type Server } from 'node:http';

/**
 * A local HTTP server for a stand-in that answers every request with JSON: `handle` returns the
 * status and body; a handler that throws answers 500. Resolves once it listens on a free port.
 */
export async function startJsonServer(handle: (req: IncomingMessage) => Promise<{ status: number; body: unknown }>): Promise<Server> {
  const server = createServer((req, res) => {
    handle(req).then(
      ({ status, body }) => {
        const json = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
