/**
 * The fan-out floor: a bare `ws` server with no protocol at all. `POST /broadcast` sends the
 * request body, as it is, to every connected socket. Run as its own process, so its CPU and
 * memory are measured apart from the clients'. Prints `ready <port>` once listening.
 */
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const httpServer = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const payload = Buffer.concat(chunks).toString('utf8');
    for (const client of webSocketServer.clients) client.send(payload);
    response.end('sent');
  });
});
const webSocketServer = new WebSocketServer({ server: httpServer });
httpServer.listen(0, '127.0.0.1', () => {
  const address = httpServer.address();
  process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => process.exit(0));
