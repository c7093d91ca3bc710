import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { type GatewayRequest } from './gateway-case';

/** What came back: the status, the headers, and the body parsed as JSON when it is JSON. */
export interface SentResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown> | null;
}

const CHUNK = 256 * 1024;

const parseBody = (text: string): Record<string, unknown> | null => {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
};

/**
 * Sends one corpus request with node:http (or a raw socket for 'raw'). The server may answer
 * 413 before the upload ends; the answer counts, not the broken pipe that follows it.
 */
export async function sendRequest(baseUrl: string, apiKey: string, req: GatewayRequest): Promise<SentResponse> {
  const body = typeof req.body === 'function' ? await req.body() : typeof req.body === 'string' ? Buffer.from(req.body, 'utf8') : req.body;
  return req.via === 'raw' ? sendRaw(baseUrl, apiKey, req, body) : sendHttp(baseUrl, apiKey, req, body);
}

function sendHttp(baseUrl: string, apiKey: string, req: GatewayRequest, body: Buffer): Promise<SentResponse> {
  const headers: Record<string, string> = { 'x-api-key': apiKey, ...req.headers };
  if (req.contentType) headers['content-type'] = req.contentType;
  if (req.via !== 'chunked') headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const client = httpRequest(`${baseUrl}/v1/feeds/${req.feedDate}/records`, { method: 'POST', headers });
    let answered = false;
    client.on('response', (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parseBody(text) }));
    });
    client.on('error', (error) => {
      if (!answered) reject(error);
    });
    const write = async () => {
      for (let at = 0; at < body.length && !answered; at += CHUNK) {
        if (!client.write(body.subarray(at, at + CHUNK))) await new Promise((r) => client.once('drain', r));
      }
      client.end();
    };
    void write().catch(() => undefined);
  });
}

function sendRaw(baseUrl: string, apiKey: string, req: GatewayRequest, body: Buffer): Promise<SentResponse> {
  const { hostname, port } = new URL(baseUrl);
  const lines = [
    `POST ${req.path ?? `/v1/feeds/${req.feedDate}/records`} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    `x-api-key: ${apiKey}`,
    ...(req.contentType ? [`content-type: ${req.contentType}`] : []),
    `content-length: ${body.length}`,
    ...(req.rawHeaderLines ?? []),
    'connection: close',
  ];
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(headerLines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body: parseBody(rest.join('\r\n')) });
    });
    socket.write(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]));
  });
}
