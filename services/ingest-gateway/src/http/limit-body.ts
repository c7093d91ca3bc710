/** Raised while streaming when a body without a declared length grows over the limit. */
export class BodyTooLargeError extends Error {
  constructor(
    readonly maxBytes: number,
    what = 'body',
  ) {
    super(`${what} is over the limit of ${maxBytes} bytes; split the feed into smaller requests`);
  }
}

type Body = AsyncIterable<Buffer> & { iterator?: (options: { destroyOnReturn: boolean }) => AsyncIterable<Buffer> };

/**
 * Passes the body's chunks through, counting bytes, and stops at the limit. A request stream is
 * not destroyed when reading stops early (over the limit, a broker outage): a destroyed socket
 * resets the connection, and the client sees ECONNRESET instead of the 413 or 503 it should act on.
 */
export async function* limitBody(body: Body, maxBytes: number, what = 'body'): AsyncGenerator<Buffer> {
  let total = 0;
  const chunks = body.iterator ? body.iterator({ destroyOnReturn: false }) : body;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) throw new BodyTooLargeError(maxBytes, what);
    yield chunk;
  }
}
