// Test-only: a tiny real HTTP server on 127.0.0.1 standing in for the ingest gateway.
import { type IncomingHttpHeaders, type Server, createServer } from 'node:http';
import { type AddressInfo } from 'node:net';

/** A request as the server saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** An answer, or 'drop' to destroy the socket without one. */
export type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'drop';

/** Chooses the answer to the `index`-th request (0-based). */
export type Responder = (request: SeenRequest, index: number) => Answer;

/** A running fake gateway. */
export interface FakeGateway {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

function answer(server: Server, responder: Responder, requests: SeenRequest[]): void {
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const seen = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(seen);
      const reply = responder(seen, requests.length - 1);
      if (reply === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    });
  });
}

/** Start a server on a random port of 127.0.0.1. */
export async function startFakeGateway(responder: Responder): Promise<FakeGateway> {
  const server = createServer();
  const requests: SeenRequest[] = [];
  answer(server, responder, requests);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Records in a request body: CSV lines after the header, or NDJSON lines. */
export function bodyRecords(request: SeenRequest): string[] {
  const lines = request.body.split('\n').filter((line) => line !== '');
  return request.headers['content-type'] === 'text/csv' ? lines.slice(1) : lines;
}

/** Answers like the real gateway: every record accepted; /complete compares counts per feed date. */
export function acceptingGateway(): Responder {
  const accepted = new Map<string, number>();
  return (request, index) => {
    const match = /^\/v1\/feeds\/(\d{4}-\d{2}-\d{2})\/(records|complete)$/.exec(request.path);
    if (!match) return { status: 404, body: { statusCode: 404, error: 'Not Found', message: request.path } };
    const [, feedDate, action] = match;
    if (action === 'records') {
      const count = bodyRecords(request).length;
      accepted.set(feedDate, (accepted.get(feedDate) ?? 0) + count);
      return { status: 200, body: { batchId: `batch-${index}`, feedDate, accepted: count, rejected: 0, rejections: [] } };
    }
    const { expectedCount } = JSON.parse(request.body) as { expectedCount: number };
    const got = accepted.get(feedDate) ?? 0;
    return { status: 200, body: { feedDate, expectedCount, accepted: got, rejected: 0, countsAgree: got === expectedCount } };
  };
}
