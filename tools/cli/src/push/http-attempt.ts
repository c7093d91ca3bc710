import { parseRetryAfter } from './retry-policy';

/** One HTTP request. */
export interface HttpRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** What one attempt produced: an HTTP answer (any status), or no answer. */
export type AttemptResult =
  | { kind: 'response'; status: number; body: unknown; retryAfterMs: number | null }
  | { kind: 'network'; message: string };

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// fetch hides the reason (ECONNREFUSED, ECONNRESET...) in `cause`.
function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  const detail = cause?.code ?? cause?.message;
  return detail ? `${error.message} (${detail})` : error.message;
}

/** Send `request` once; never throws. */
export async function attemptRequest(request: HttpRequest, timeoutMs: number): Promise<AttemptResult> {
  try {
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = parseBody(await response.text());
    return { kind: 'response', status: response.status, body, retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), Date.now()) };
  } catch (error) {
    return { kind: 'network', message: describe(error, timeoutMs) };
  }
}
