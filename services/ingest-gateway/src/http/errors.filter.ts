import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { type Logger, LOGGER } from '@i94/observability';
import { PlatformError } from '@i94/kafka';
import { UnreadableFeedError } from '@i94/feed-readers';
import { BodyDecodingError } from './decode-body';
import { IdempotencyKeyReusedError, MalformedFeedError } from '../feed-ingest.service';
import { BodyTooLargeError } from './limit-body';

const RETRY_AFTER_SECONDS = 5;
/** At most this much of a refused body is read and dropped before answering (beyond it: answer and close). */
const MAX_DISCARD_BYTES = 64 * 1024 * 1024;
const DISCARD_TIMEOUT_MS = 30_000;

/**
 * Maps failures to HTTP: domain refusals to 4xx, broker or registry trouble to 503 with
 * Retry-After (the client retries; sinks are idempotent by cicid, so a retried batch is safe).
 */
@Catch()
export class ErrorsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, message] = this.classify(error);
    if (status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    if (status >= 500) this.logger.error({ err: error }, message);
    afterRestOfBody(host.switchToHttp().getRequest<Request>(), res, () => {
      if (!res.headersSent) res.status(status).json({ statusCode: status, error: errorName(status), message });
      else res.end();
    });
  }

  private classify(error: unknown): [number, string] {
    if (error instanceof HttpException) {
      const body = error.getResponse();
      return [error.getStatus(), typeof body === 'string' ? body : String((body as { message?: unknown }).message ?? error.message)];
    }
    if (error instanceof MalformedFeedError || error instanceof UnreadableFeedError || error instanceof BodyDecodingError) return [400, error.message];
    if (error instanceof BodyTooLargeError) return [413, error.message];
    if (error instanceof IdempotencyKeyReusedError) return [409, error.message];
    if (isClientHttpError(error)) return [error.status, error.message];
    if (error instanceof PlatformError && error.retriable) return [503, `${error.message}; nothing is lost, retry the request`];
    return [500, 'internal error'];
  }
}

// body-parser (the completion call's JSON) refuses with http-errors: a 4xx status the client may see.
function isClientHttpError(error: unknown): error is { status: number; message: string } {
  const e = error as { status?: unknown; expose?: unknown; message?: unknown } | null;
  return typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose === true && typeof e.message === 'string';
}

// Refused before the whole body was read (a declared or streamed size over the limit, a broker
// outage mid-body): read the rest and drop it, and answer only then, closing the connection.
// Answering while the client still sends lets the close reach it as a reset, which can lose the
// answer (the client sees EPIPE instead of 413 or 503). A body larger than MAX_DISCARD_BYTES, or
// one that does not end within DISCARD_TIMEOUT_MS, gets its answer at that point regardless.
function afterRestOfBody(req: Request, res: Response, answer: () => void) {
  if (req.complete || req.destroyed) return answer();
  if (!res.headersSent) res.setHeader('Connection', 'close');
  let discarded = 0;
  let answered = false;
  const done = () => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    answer();
  };
  const timer = setTimeout(done, DISCARD_TIMEOUT_MS);
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > MAX_DISCARD_BYTES) done();
  });
  req.once('end', done);
  req.once('close', done);
  req.once('error', done);
  req.resume();
}

function errorName(status: number): string {
  const names: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 429: 'Too Many Requests', 503: 'Service Unavailable' };
  return names[status] ?? 'Error';
}
